#include "evaluation.h"

using namespace Qt::StringLiterals;
using Verbatim::EntityType;

namespace VerbatimEval {

namespace {

QString figure(double value)
{
    return QString::number(value, 'f', 3);
}

QString number(int value, int width)
{
    return QString::number(value).rightJustified(width);
}

// "  TP   FP   FN      P      R     F1"
QString countsColumns(const Counts &counts)
{
    return number(counts.truePositives, 5) + number(counts.falsePositives, 5) + number(counts.falseNegatives, 5) + u"  "_s
        + figure(counts.precision()) + u"  "_s + figure(counts.recall()) + u"  "_s + figure(counts.f1());
}

const QString countsHeader = u"   TP   FP   FN      P      R     F1"_s;

} // namespace

StatementEvaluation evaluateStatements(const GoldSet &set, const QList<DocumentText> &texts, const Verbatim::Extractor &extractor)
{
    StatementEvaluation evaluation;
    for (qsizetype i = 0; i < set.documents.size() && i < texts.size(); ++i) {
        const GoldDocument &gold = set.documents[i];
        const DocumentText &text = texts[i];
        const QList<PredictedStatement> predicted = predictedStatements(extractor.extract({text.text, text.date, text.title}), text.text);
        evaluation.scores += scoreStatements(gold.statements, predicted);
        for (EvaluationError error : statementErrors(text.text, gold.statements, predicted)) {
            error.document = gold.key;
            evaluation.errors.append(error);
        }
    }
    return evaluation;
}

EntityEvaluation evaluateEntities(const GoldSet &set, const QList<DocumentText> &texts, const Verbatim::Extractor &extractor)
{
    EntityEvaluation evaluation;
    evaluation.types = scoredEntityTypes(set);
    for (qsizetype i = 0; i < set.documents.size() && i < texts.size(); ++i) {
        const GoldDocument &gold = set.documents[i];
        const DocumentText &text = texts[i];
        const QList<PredictedMention> predicted = predictedMentions(extractor.extract({text.text, text.date, text.title}), text.text);
        evaluation.scores += scoreEntities(gold.mentions, predicted, evaluation.types);
        for (EvaluationError error : entityErrors(text.text, gold.mentions, predicted, evaluation.types)) {
            error.document = gold.key;
            evaluation.errors.append(error);
        }
    }
    return evaluation;
}

QString statementTable(const StatementScores &scores)
{
    QString table = u"statements        gold found | exact"_s + countsHeader + u" | overlap"_s + countsHeader + u'\n';
    const std::pair<QString, const SpanFigures *> rows[] = {
        {u"quotations"_s, &scores.quotations},
        {u"indirect"_s, &scores.indirect},
        {u"all statements"_s, &scores.all},
    };
    for (const auto &[name, figures] : rows) {
        table += name.leftJustified(16) + number(figures->overlap.gold(), 6) + number(figures->overlap.found(), 6) + u" |      "_s
            + countsColumns(figures->exact) + u" |        "_s + countsColumns(figures->overlap) + u'\n';
    }
    table += u"speaker accuracy %1 (%2 of %3 overlapping statements whose gold speaker is known; %4 gold statements with an unknown speaker)\n"_s
                 .arg(scores.speakerPairs == 0 ? u"n/a"_s : figure(scores.speakerAccuracy()))
                 .arg(scores.speakerCorrect)
                 .arg(scores.speakerPairs)
                 .arg(scores.goldUnknownSpeaker);
    return table;
}

QString entityTable(const EntityScores &scores, const QList<EntityType> &types)
{
    QString table = u"entities          gold found | head "_s + countsHeader + u" | exact  "_s + countsHeader + u'\n';
    auto row = [&](const QString &name, const Counts &head, const Counts &exact) {
        table += name.leftJustified(16) + number(head.gold(), 6) + number(head.found(), 6) + u" |      "_s + countsColumns(head) + u" |        "_s
            + countsColumns(exact) + u'\n';
    };
    for (EntityType type : types)
        row(Verbatim::entityTypeName(type), scores.head.value(type), scores.exact.value(type));
    row(u"micro p/p/o"_s, scores.microHead(), scores.microExact());
    return table;
}

QString errorLine(const EvaluationError &error)
{
    return u"%1  %2  %3  %4-%5  %6  (%7)"_s.arg(error.document, EvaluationError::kindName(error.kind).leftJustified(8), error.category.leftJustified(12))
        .arg(error.start)
        .arg(error.end)
        .arg(error.context, error.detail);
}

} // namespace VerbatimEval
