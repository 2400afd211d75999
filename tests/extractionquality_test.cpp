// Extraction quality: the extractor's figures on every gold set in tests/data/gold/ must reach the floors below
// (the issue "Statements and entities: extraction an analyst can trust"). The texts come from ../shared/corpus.
// Below them, the scoring itself is checked on short texts written for this test.
#include "authoring.h"
#include "corpora.h"
#include "evaluation.h"
#include "gold.h"
#include "scoring.h"
#include "testsupport.h"

#include "corpus/textoffsets.h"
#include "extract/ruleextractor.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Verbatim;
using namespace VerbatimEval;
using namespace Qt::StringLiterals;

namespace {

// The floors. A figure applies to a gold set that has something to measure it on (a set without indirect
// statements has no indirect F1).
const QList<std::pair<QString, double>> floors{
    {u"quotations overlap F1"_s, 0.95},
    {u"speaker accuracy"_s, 0.90},
    {u"indirect overlap F1"_s, 0.70},
    {u"person head F1"_s, 0.85},
    {u"place head F1"_s, 0.85},
    {u"organisation head F1"_s, 0.85},
};

// The figures of one gold set that have a floor.
QMap<QString, double> statementFigures(const StatementScores &scores)
{
    QMap<QString, double> figures;
    if (scores.quotations.overlap.gold() > 0)
        figures.insert(u"quotations overlap F1"_s, scores.quotations.overlap.f1());
    if (scores.indirect.overlap.gold() > 0)
        figures.insert(u"indirect overlap F1"_s, scores.indirect.overlap.f1());
    if (scores.speakerPairs > 0)
        figures.insert(u"speaker accuracy"_s, scores.speakerAccuracy());
    return figures;
}

QMap<QString, double> entityFigures(const EntityScores &scores)
{
    QMap<QString, double> figures;
    for (EntityType type : {EntityType::Person, EntityType::Place, EntityType::Organisation}) {
        if (scores.head.value(type).gold() > 0)
            figures.insert(entityTypeName(type) + u" head F1"_s, scores.head.value(type).f1());
    }
    return figures;
}

// The code point span of the n-th occurrence of `needle` in `text`, as gold files count.
std::pair<qsizetype, qsizetype> span(const QString &text, const QString &needle, int occurrence = 1)
{
    qsizetype position = -1;
    for (int i = 0; i < occurrence; ++i)
        position = text.indexOf(needle, position + 1);
    Q_ASSERT(position >= 0);
    const TextOffsets offsets(text);
    return {offsets.toCodePoint(position), offsets.toCodePoint(position + needle.size())};
}

GoldStatement goldStatement(const QString &text, const QString &needle, StatementKind kind, const QString &speaker = {})
{
    const auto [start, end] = span(text, needle);
    return {start, end, kind, speaker, spanHash(needle)};
}

PredictedStatement predictedStatement(const QString &text, const QString &needle, StatementKind kind, const QString &speaker = {})
{
    const auto [start, end] = span(text, needle);
    return {start, end, kind, speaker};
}

GoldMention goldMention(const QString &text, const QString &needle, EntityType type, const QString &head, int occurrence = 1)
{
    const auto [start, end] = span(text, needle, occurrence);
    const qsizetype headOffset = TextOffsets(needle).toCodePoint(needle.indexOf(head));
    return {start, end, type, start + headOffset, start + headOffset + TextOffsets(head).toCodePoint(head.size()), spanHash(needle)};
}

PredictedMention predictedMention(const QString &text, const QString &needle, EntityType type, int occurrence = 1)
{
    const auto [start, end] = span(text, needle, occurrence);
    return {start, end, type, needle};
}

// A GUM-style CoNLL-U document written for this test: a paragraph per "# newpar", a multi-word token, an empty
// node, SpaceAfter=No, nested mentions, single-token mentions, two closings on one token, a character outside
// the Basic Multilingual Plane.
const QString inventedConllu = u"# newdoc id = GUM_news_invented\n"
                               "# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity\n"
                               "# meta::dateCreated = 2024-03-05\n"
                               "# newpar\n"
                               "# sent_id = invented-1\n"
                               "# text = \U0001F30A Harbour opens\n"
                               "1\t\U0001F30A\t\U0001F30A\tSYM\tNFP\t_\t3\tdep\t_\t_\n"
                               "2\tHarbour\tharbour\tNOUN\tNN\t_\t3\tnsubj\t_\tEntity=(1-place-new-sssss-cf1-1-sgl)\n"
                               "3\topens\topen\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
                               "\n"
                               "# newpar\n"
                               "# sent_id = invented-2\n"
                               "# text = Mayor Ana Ruiz's office said: \"We are ready.\"\n"
                               "1\tMayor\tMayor\tPROPN\tNNP\t_\t2\tnmod:desc\t_\tEntity=(2-organization-new-sssss-cf1-5-coref(3-person-new-sssss-cf2-1,2,3-coref-Ana_Ruiz\n"
                               "2\tAna\tAna\tPROPN\tNNP\t_\t5\tnmod:poss\t_\t_\n"
                               "3-4\tRuiz's\t_\t_\t_\t_\t_\t_\t_\t_\n"
                               "3\tRuiz\tRuiz\tPROPN\tNNP\t_\t2\tflat\t_\t_\n"
                               "4\t's\t's\tPART\tPOS\t_\t2\tcase\t_\tEntity=3)\n"
                               "5\toffice\toffice\tNOUN\tNN\t_\t6\tnsubj\t_\tEntity=2)\n"
                               "6\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
                               "7\t:\t:\tPUNCT\t:\t_\t6\tpunct\t_\t_\n"
                               "8\t\"\t\"\tPUNCT\t``\t_\t11\tpunct\t_\tSpaceAfter=No\n"
                               "9\tWe\twe\tPRON\tPRP\t_\t11\tnsubj\t_\tEntity=(4-person-new-sssss-cf3-1-coref)\n"
                               "10\tare\tbe\tAUX\tVBP\t_\t11\tcop\t_\t_\n"
                               "11\tready\tready\tADJ\tJJ\t_\t6\tccomp\t_\tSpaceAfter=No\n"
                               "12\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\tSpaceAfter=No\n"
                               "13\t\"\t\"\tPUNCT\t''\t_\t6\tpunct\t_\t_\n"
                               "\n"
                               "# sent_id = invented-3\n"
                               "# text = Port Vale waits until 2024.\n"
                               "1\tPort\tPort\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(5-place-new-sssss-cf1-1,2-coref-Port_Vale(6-organization-new-nnnnn-cf2-1-sgl)\n"
                               "2\tVale\tvale\tADJ\tNNP\t_\t1\tflat\t_\tEntity=5)\n"
                               "2.1\twaits\twait\tVERB\tVBZ\t_\t_\t_\t1:conj\tCopyOf=3\n"
                               "3\twaits\twait\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
                               "4\tuntil\tuntil\tADP\tIN\t_\t5\tcase\t_\tEntity=(8-time-new-nnnnn-cf3-2-sgl\n"
                               "5\t2024\t2024\tNUM\tCD\t_\t3\tobl\t_\tEntity=(9-time-new-nnnnn-cf4-1-sgl)8)|SpaceAfter=No\n"
                               "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
                               "\n"
                               "# sent_id = invented-4\n"
                               "1\tBen\tBen\tPROPN\tNNP\t_\t8\tnsubj\t_\tEntity=(10-person-new-sssss-cf1-1,2,4,6,7-coref-Ben_Ode-li\n"
                               "2\tOde\tOde\tPROPN\tNNP\t_\t1\tflat\t_\tSpaceAfter=No\n"
                               "3\t-\t-\tPUNCT\tHYPH\t_\t4\tpunct\t_\tSpaceAfter=No\n"
                               "4\tli\tli\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
                               "5\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
                               "6\tVale\tVale\tPROPN\tNNP\t_\t7\tcompound\t_\tEntity=(11-organization-new-sssss-cf2-1,2-sgl\n"
                               "7\tParty\tParty\tPROPN\tNNP\t_\t1\tnmod\t_\tEntity=11)10)\n"
                               "8\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "9\tBelgians\tBelgian\tPROPN\tNNPS\t_\t8\tobj\t_\tEntity=(12-person-new-sssss-cf3-1-sgl)|SpaceAfter=No\n"
                               "10\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n"
                               "\n"
                               "# sent_id = invented-5\n"
                               "1\tAl\tAl\tPROPN\tNNP\t_\t6\tnsubj\t_\tEntity=(13-person-new-sssss-cf1-1,2,4,5-coref(14-person-new-sssss-cf2-1,2-coref\n"
                               "2\tBo\tBo\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=14)\n"
                               "3\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
                               "4\tCy\tCy\tPROPN\tNNP\t_\t1\tconj\t_\tEntity=(15-person-new-sssss-cf3-1,2-coref\n"
                               "5\tDo\tDo\tPROPN\tNNP\t_\t4\tflat\t_\tEntity=15)13)\n"
                               "6\twon\twin\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
                               "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n"
                               "\n"_s;

const QString inventedText =
    u"\U0001F30A Harbour opens\n\nMayor Ana Ruiz's office said: \"We are ready.\" Port Vale waits until 2024. Ben Ode-li of Vale Party met Belgians. Al Bo and Cy Do won."_s;

struct ExpectedGumMention {
    QString whole;
    QString head;
    QString name;
    QString type;
    bool properName = false;
    bool plural = false;
    QString identity;
    bool nameless = false;
};

GumMention gumMention(const ExpectedGumMention &e)
{
    const auto [start, end] = span(inventedText, e.whole);
    const qsizetype headOffset = e.whole.indexOf(e.head);
    const qsizetype nameOffset = e.whole.indexOf(e.name);
    return {start, end, e.type, start + headOffset, start + headOffset + e.head.size(), start + nameOffset, start + nameOffset + e.name.size(),
            e.nameless, e.properName, e.plural, e.identity};
}

} // namespace

class ExtractionQualityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Real data: every gold set, against the floors.

    void goldSets_reachTheFloors()
    {
        VERBATIM_REQUIRE_SHARED_CORPUS(corpus);
        const QDir goldDir(VerbatimTest::testDataPath(u"gold"_s));
        const QStringList files = goldDir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(u"no gold sets in "_s + goldDir.path()));

        CorpusReader reader(corpus);
        const RuleExtractor extractor;
        QStringList belowFloor;
        for (const QString &file : files) {
            GoldSet set;
            QList<DocumentText> texts;
            QString error;
            QVERIFY2(readGoldSet(goldDir.filePath(file), &set, &error), qPrintable(error));
            QVERIFY2(reader.readSet(set, &texts, &error), qPrintable(error));
            QVERIFY2(hasStatements(set) || hasMentions(set), qPrintable(file + u" holds neither statements nor mentions"_s));

            QMap<QString, double> figures;
            if (hasStatements(set)) {
                const StatementEvaluation evaluation = evaluateStatements(set, texts, extractor);
                qInfo().noquote() << u"\n%1 (%2, %3 documents)\n"_s.arg(set.name, file).arg(set.documents.size()) + statementTable(evaluation.scores);
                figures.insert(statementFigures(evaluation.scores));
            }
            if (hasMentions(set)) {
                const EntityEvaluation evaluation = evaluateEntities(set, texts, extractor);
                qInfo().noquote() << u"\n%1 (%2, %3 documents)\n"_s.arg(set.name, file).arg(set.documents.size())
                        + entityTable(evaluation.scores, evaluation.types);
                figures.insert(entityFigures(evaluation.scores));
            }
            for (const auto &[name, floor] : floors) {
                if (figures.contains(name) && figures.value(name) < floor)
                    belowFloor.append(u"%1: %2 %3 < %4"_s.arg(set.name, name, QString::number(figures.value(name), 'f', 3), QString::number(floor, 'f', 2)));
            }
        }
        // Every set is measured and printed before the verdict, so one run shows all that is missing.
        QVERIFY2(belowFloor.isEmpty(), qPrintable(u"figures below their floors:\n  "_s + belowFloor.join(u"\n  "_s)));
    }

    // Scoring, on texts written for this test.

    void counts_figures()
    {
        const Counts counts{3, 1, 2};
        QCOMPARE(counts.precision(), 0.75);
        QCOMPARE(counts.recall(), 0.6);
        QCOMPARE(counts.f1(), 2 * 0.75 * 0.6 / 1.35);
        QCOMPARE((Counts{0, 0, 4}).precision(), 1.0); // nothing found: nothing found wrongly
        QCOMPARE((Counts{0, 0, 4}).f1(), 0.0);
        QCOMPARE((Counts{0, 0, 0}).f1(), 1.0);
        QCOMPARE((Counts{0, 2, 0}).f1(), 0.0);
    }

    void spansOverlap_atLeastHalfOfTheShorter_data()
    {
        QTest::addColumn<qsizetype>("start1");
        QTest::addColumn<qsizetype>("end1");
        QTest::addColumn<qsizetype>("start2");
        QTest::addColumn<qsizetype>("end2");
        QTest::addColumn<bool>("overlap");
        QTest::newRow("same") << qsizetype(0) << qsizetype(10) << qsizetype(0) << qsizetype(10) << true;
        QTest::newRow("inside") << qsizetype(0) << qsizetype(100) << qsizetype(40) << qsizetype(45) << true;
        QTest::newRow("half of the shorter") << qsizetype(0) << qsizetype(10) << qsizetype(5) << qsizetype(30) << true;
        QTest::newRow("less than half") << qsizetype(0) << qsizetype(10) << qsizetype(6) << qsizetype(30) << false;
        QTest::newRow("touching") << qsizetype(0) << qsizetype(10) << qsizetype(10) << qsizetype(20) << false;
        QTest::newRow("apart") << qsizetype(0) << qsizetype(10) << qsizetype(20) << qsizetype(30) << false;
    }
    void spansOverlap_atLeastHalfOfTheShorter()
    {
        QFETCH(qsizetype, start1);
        QFETCH(qsizetype, end1);
        QFETCH(qsizetype, start2);
        QFETCH(qsizetype, end2);
        QFETCH(bool, overlap);
        QCOMPARE(spansOverlap(start1, end1, start2, end2), overlap);
        QCOMPARE(spansOverlap(start2, end2, start1, end1), overlap);
    }

    void statements_exactAndOverlapping()
    {
        const QString text = u"Anna Weber said: \u201CThe border stays closed until spring.\u201D Later she said the talks would resume."_s;
        const QList<GoldStatement> gold{goldStatement(text, u"The border stays closed until spring."_s, StatementKind::Direct, u"Anna Weber"_s),
                                        goldStatement(text, u"the talks would resume"_s, StatementKind::Indirect, u"Anna Weber"_s)};
        // The quotation found without its full stop: overlapping, not exact. The indirect statement found exactly.
        const QList<PredictedStatement> predicted{
            predictedStatement(text, u"The border stays closed until spring"_s, StatementKind::Direct, u"Anna Weber"_s),
            predictedStatement(text, u"the talks would resume"_s, StatementKind::Indirect, u"Anna Weber"_s)};
        const StatementScores scores = scoreStatements(gold, predicted);
        QCOMPARE(scores.quotations.exact, (Counts{0, 1, 1}));
        QCOMPARE(scores.quotations.overlap, (Counts{1, 0, 0}));
        QCOMPARE(scores.indirect.exact, (Counts{1, 0, 0}));
        QCOMPARE(scores.indirect.overlap, (Counts{1, 0, 0}));
        QCOMPARE(scores.all.exact, (Counts{1, 1, 1}));
        QCOMPARE(scores.all.overlap, (Counts{2, 0, 0}));
        QCOMPARE(scores.speakerPairs, 2);
        QCOMPARE(scores.speakerAccuracy(), 1.0);
    }

    void statements_matchOneToOne()
    {
        const QString text = u"\u201CWe will not sign this text, not today and not next week,\u201D the minister said."_s;
        const QList<GoldStatement> gold{goldStatement(text, u"We will not sign this text, not today and not next week,"_s, StatementKind::Direct)};
        // Two found statements overlap the one gold statement: the one that overlaps most is its match, the other is
        // a false statement, however much it overlaps too.
        const QList<PredictedStatement> predicted{
            predictedStatement(text, u"We will not sign this text"_s, StatementKind::Direct),
            predictedStatement(text, u"We will not sign this text, not today and not next week"_s, StatementKind::Direct)};
        const StatementScores scores = scoreStatements(gold, predicted);
        QCOMPARE(scores.quotations.overlap, (Counts{1, 1, 0}));
        QCOMPARE(scores.quotations.exact, (Counts{0, 2, 1}));
        const QList<EvaluationError> errors = statementErrors(text, gold, predicted);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].kind, EvaluationError::Kind::Boundary);
        QCOMPARE(errors[0].text, u"We will not sign this text, not today and not next week"_s);
        QCOMPARE(errors[1].kind, EvaluationError::Kind::False);
        QCOMPARE(errors[1].text, u"We will not sign this text"_s);

        // One found statement over two gold ones matches only one of them.
        const QString two = u"He said: \u201CFirst part. Second part.\u201D"_s;
        const QList<GoldStatement> goldTwo{goldStatement(two, u"First part."_s, StatementKind::Direct),
                                           goldStatement(two, u"Second part."_s, StatementKind::Direct)};
        const QList<PredictedStatement> predictedOne{predictedStatement(two, u"First part. Second part."_s, StatementKind::Direct)};
        QCOMPARE(scoreStatements(goldTwo, predictedOne).quotations.overlap, (Counts{1, 0, 1}));
    }

    void statements_familiesAndKinds()
    {
        const QString text = u"Weber called the plan \u201Ca total defeat\u201D and said that talks would go on."_s;
        // Gold mixed against found direct: both are quotations. Gold indirect against found direct: a miss and a
        // false quotation, but still a pair of "all statements" (and its speaker counts).
        const QList<GoldStatement> gold{goldStatement(text, u"the plan \u201Ca total defeat\u201D"_s, StatementKind::Mixed, u"Anna Weber"_s),
                                        goldStatement(text, u"talks would go on"_s, StatementKind::Indirect, u"Anna Weber"_s)};
        const QList<PredictedStatement> predicted{predictedStatement(text, u"the plan \u201Ca total defeat\u201D"_s, StatementKind::Direct, u"Anna Weber"_s),
                                                  predictedStatement(text, u"talks would go on"_s, StatementKind::Direct, u"Weber"_s)};
        const StatementScores scores = scoreStatements(gold, predicted);
        QCOMPARE(scores.quotations.overlap, (Counts{1, 1, 0}));
        QCOMPARE(scores.indirect.overlap, (Counts{0, 0, 1}));
        QCOMPARE(scores.all.exact, (Counts{2, 0, 0}));
        QCOMPARE(scores.speakerPairs, 2);
        QCOMPARE(scores.speakerCorrect, 1);

        const QList<EvaluationError> errors = statementErrors(text, gold, predicted);
        QStringList described;
        for (const EvaluationError &error : errors)
            described.append(EvaluationError::kindName(error.kind) + u' ' + error.category + u' ' + error.text);
        QCOMPARE(described,
                 (QStringList{u"false quotation talks would go on"_s, u"missed indirect talks would go on"_s, u"speaker indirect talks would go on"_s}));
        QVERIFY2(errors[0].detail.contains(u"the gold set has it as indirect"_s), qPrintable(errors[0].detail));
        QVERIFY2(errors[1].detail.contains(u"found as direct"_s), qPrintable(errors[1].detail));
        QVERIFY(errors[2].detail.contains(u"gold speaker Anna Weber, found Weber"_s));
        QVERIFY(errors[0].context.contains(u"[[talks would go on]]"_s));
    }

    void speakers_normalised_data()
    {
        QTest::addColumn<QString>("gold");
        QTest::addColumn<QString>("predicted");
        QTest::addColumn<bool>("same");
        QTest::newRow("identical") << u"Anna Weber"_s << u"Anna Weber"_s << true;
        QTest::newRow("case") << u"Anna Weber"_s << u"anna WEBER"_s << true;
        QTest::newRow("leading the") << u"Kremlin"_s << u"the Kremlin"_s << true;
        QTest::newRow("leading The") << u"The Kremlin"_s << u"Kremlin"_s << true;
        QTest::newRow("middle initial") << u"Donald Trump"_s << u"Donald J. Trump"_s << true;
        QTest::newRow("patronymic") << u"Vladimir Putin"_s << u"Vladimir Vladimirovich Putin"_s << true;
        QTest::newRow("spacing") << u"Anna  Weber "_s << u"Anna Weber"_s << true;
        QTest::newRow("surname only") << u"Vladimir Putin"_s << u"Putin"_s << false;
        QTest::newRow("none found") << u"Anna Weber"_s << QString() << false;
        QTest::newRow("the inside") << u"Office of the President"_s << u"Office of President"_s << false;
        QTest::newRow("U.S. before an agency") << u"Department of Energy"_s << u"U.S. Department of Energy"_s << true;
        QTest::newRow("U.S. alone") << u"U.S."_s << QString() << false;
        QTest::newRow("U.S. is not another country") << u"Department of Energy"_s << u"UK Department of Energy"_s << false;
    }
    void speakers_normalised()
    {
        QFETCH(QString, gold);
        QFETCH(QString, predicted);
        QFETCH(bool, same);
        QCOMPARE(sameSpeaker(gold, predicted), same);
    }

    void speakerAccuracy_leavesOutUnknownGoldSpeakers()
    {
        const QString text = u"\u201COne.\u201D \u201CTwo.\u201D \u201CThree.\u201D"_s;
        const QList<GoldStatement> gold{goldStatement(text, u"One."_s, StatementKind::Direct, u"Anna Weber"_s),
                                        goldStatement(text, u"Two."_s, StatementKind::Direct),
                                        goldStatement(text, u"Three."_s, StatementKind::Direct, u"Marek Nowak"_s)};
        const QList<PredictedStatement> predicted{predictedStatement(text, u"One."_s, StatementKind::Direct, u"Anna Weber"_s),
                                                  predictedStatement(text, u"Two."_s, StatementKind::Direct, u"Anna Weber"_s),
                                                  predictedStatement(text, u"Three."_s, StatementKind::Direct, u"Anna Weber"_s)};
        const StatementScores scores = scoreStatements(gold, predicted);
        QCOMPARE(scores.speakerPairs, 2);
        QCOMPARE(scores.speakerCorrect, 1);
        QCOMPARE(scores.speakerAccuracy(), 0.5);
        QCOMPARE(scores.goldUnknownSpeaker, 1);
        QCOMPARE(StatementScores().speakerAccuracy(), 1.0);
    }

    void predictions_countCodePoints()
    {
        // An emoji is two UTF-16 units and one code point: gold positions count code points.
        const QString text = u"\U0001F30A Anna Weber said: \u201CReady.\u201D"_s;
        Extraction extraction;
        const qsizetype quote = text.indexOf(u"Ready."_s);
        ExtractedStatement statement;
        statement.start = quote;
        statement.end = quote + 6;
        statement.speaker = u"Anna Weber"_s;
        extraction.statements.append(statement);
        extraction.mentions.append({text.indexOf(u"Anna"_s), text.indexOf(u" said"_s), EntityType::Person, u"Anna Weber"_s});
        const QList<PredictedStatement> statements = predictedStatements(extraction, text);
        QCOMPARE(statements.size(), 1);
        QCOMPARE(statements[0].start, quote - 1);
        QCOMPARE(codePointSlice(text, statements[0].start, statements[0].end), u"Ready."_s);
        const QList<PredictedMention> mentions = predictedMentions(extraction, text);
        QCOMPARE(codePointSlice(text, mentions[0].start, mentions[0].end), u"Anna Weber"_s);
        QCOMPARE(scoreStatements({goldStatement(text, u"Ready."_s, StatementKind::Direct, u"Anna Weber"_s)}, statements).all.exact, (Counts{1, 0, 0}));
    }

    void entities_matchByHead()
    {
        const QString text = u"US President Donald Trump's aides met the Lisbon city council in Lisbon."_s;
        const QList<GoldMention> gold{goldMention(text, u"US President Donald Trump's"_s, EntityType::Person, u"Donald Trump"_s),
                                      goldMention(text, u"the Lisbon city council"_s, EntityType::Organisation, u"Lisbon city council"_s),
                                      goldMention(text, u"Lisbon"_s, EntityType::Place, u"Lisbon"_s, 2)};
        const QList<EntityType> types{EntityType::Person, EntityType::Place, EntityType::Organisation};

        // "Donald Trump" holds the head and lies within the mention; "Trump" lacks part of the head; "Lisbon" inside
        // the council is a place where the gold set has an organisation; the second "Lisbon" is exact.
        const QList<PredictedMention> predicted{predictedMention(text, u"Donald Trump"_s, EntityType::Person),
                                                predictedMention(text, u"Lisbon"_s, EntityType::Place, 1),
                                                predictedMention(text, u"Lisbon"_s, EntityType::Place, 2)};
        const EntityScores scores = scoreEntities(gold, predicted, types);
        QCOMPARE(scores.head.value(EntityType::Person), (Counts{1, 0, 0}));
        QCOMPARE(scores.exact.value(EntityType::Person), (Counts{0, 1, 1}));
        QCOMPARE(scores.head.value(EntityType::Place), (Counts{1, 1, 0}));
        QCOMPARE(scores.exact.value(EntityType::Place), (Counts{1, 1, 0}));
        QCOMPARE(scores.head.value(EntityType::Organisation), (Counts{0, 0, 1}));
        QCOMPARE(scores.microHead(), (Counts{2, 1, 1}));
        QCOMPARE(scores.microExact(), (Counts{1, 2, 2}));

        QVERIFY(!headMatches(gold[0], predictedMention(text, u"Trump"_s, EntityType::Person)));
        QVERIFY(!headMatches(gold[0], predictedMention(text, u"Donald Trump"_s, EntityType::Organisation)));
        QVERIFY(headMatches(gold[0], predictedMention(text, u"President Donald Trump"_s, EntityType::Person)));
        QVERIFY(!headMatches(gold[0], predictedMention(text, u"Donald Trump's aides"_s, EntityType::Person))); // beyond the mention

        const QList<EvaluationError> errors = entityErrors(text, gold, predicted, types);
        QStringList described;
        for (const EvaluationError &error : errors)
            described.append(EvaluationError::kindName(error.kind) + u' ' + error.category + u' ' + error.text);
        QCOMPARE(described, (QStringList{u"boundary person Donald Trump"_s, u"missed organisation the Lisbon city council"_s,
                                         u"false place Lisbon"_s}));
    }

    void entities_matchOneToOne()
    {
        // Two found mentions within one gold mention: one match, one false mention.
        const QString text = u"Anna Weber met Weber's staff."_s;
        const QList<GoldMention> gold{goldMention(text, u"Anna Weber"_s, EntityType::Person, u"Anna Weber"_s)};
        const QList<PredictedMention> predicted{predictedMention(text, u"Anna Weber"_s, EntityType::Person),
                                                predictedMention(text, u"Anna Weber"_s, EntityType::Person)};
        QCOMPARE(scoreEntities(gold, predicted, {EntityType::Person}).head.value(EntityType::Person), (Counts{1, 1, 0}));
    }

    void scoredEntityTypes_addDatesAndGroupsOnlyWhenGoldHasThem()
    {
        GoldSet set{u"s"_s, u"gum"_s, {GoldDocument{u"a"_s, {}, {}, {GoldMention{0, 1, EntityType::Person, 0, 1, {}}}}}};
        QCOMPARE(scoredEntityTypes(set), (QList<EntityType>{EntityType::Person, EntityType::Place, EntityType::Organisation}));
        set.documents[0].mentions.append(GoldMention{2, 3, EntityType::Date, 2, 3, {}});
        QCOMPARE(scoredEntityTypes(set), (QList<EntityType>{EntityType::Person, EntityType::Place, EntityType::Organisation, EntityType::Date}));
    }

    // GUM's CoNLL-U.

    void gum_reconstructsTextAndMentions()
    {
        GumDocument document;
        QString error;
        QVERIFY2(parseGumConllu(inventedConllu, &document, &error), qPrintable(error));
        QCOMPARE(document.name, u"GUM_news_invented"_s);
        QCOMPARE(document.date, QDate(2024, 3, 5));
        QCOMPARE(document.text, inventedText);

        // In the order they open: whole mention, minspan, name, type, proper name, plural, link.
        const QList<ExpectedGumMention> expected{
            {u"Harbour"_s, u"Harbour"_s, u"Harbour"_s, u"place"_s, false, false, {}},
            {u"Mayor Ana Ruiz's office"_s, u"office"_s, u"office"_s, u"organization"_s, false, false, {}},
            // The title under nmod:desc is part of the minspan, not of the name.
            {u"Mayor Ana Ruiz's"_s, u"Mayor Ana Ruiz"_s, u"Ana Ruiz"_s, u"person"_s, true, false, u"Ana_Ruiz"_s},
            {u"We"_s, u"We"_s, u"We"_s, u"person"_s, false, false, {}},
            // "Vale" is an ADJ tagged NNP, as GUM tags "United" in "United States": still a proper name.
            {u"Port Vale"_s, u"Port Vale"_s, u"Port Vale"_s, u"place"_s, true, false, u"Port_Vale"_s},
            {u"Port"_s, u"Port"_s, u"Port"_s, u"organization"_s, true, false, {}},
            {u"until 2024"_s, u"2024"_s, u"2024"_s, u"time"_s, false, false, {}},
            {u"2024"_s, u"2024"_s, u"2024"_s, u"time"_s, false, false, {}},
            // A minspan with gaps: the person's name is its first run of words, the hyphen GUM leaves out included.
            {u"Ben Ode-li of Vale Party"_s, u"Ben Ode-li of Vale Party"_s, u"Ben Ode-li"_s, u"person"_s, true, false, u"Ben_Ode-li"_s},
            {u"Vale Party"_s, u"Vale Party"_s, u"Vale Party"_s, u"organization"_s, true, false, {}},
            {u"Belgians"_s, u"Belgians"_s, u"Belgians"_s, u"person"_s, true, true, {}},
            // Two people, each a mention of its own: the whole names no one itself.
            {u"Al Bo and Cy Do"_s, u"Al Bo and Cy Do"_s, u"Al Bo"_s, u"person"_s, true, false, {}, true},
            {u"Al Bo"_s, u"Al Bo"_s, u"Al Bo"_s, u"person"_s, true, false, {}},
            {u"Cy Do"_s, u"Cy Do"_s, u"Cy Do"_s, u"person"_s, true, false, {}},
        };
        QCOMPARE(document.mentions.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const GumMention &m = document.mentions[i];
            QVERIFY2(m == gumMention(expected[i]),
                     qPrintable(u"mention %1: %2 \"%3\" minspan \"%4\" name \"%5\" nameless %6 proper %7 plural %8 link %9"_s.arg(i)
                                    .arg(m.entityType, codePointSlice(inventedText, m.start, m.end), codePointSlice(inventedText, m.headStart, m.headEnd),
                                         codePointSlice(inventedText, m.nameStart, m.nameEnd))
                                    .arg(m.nameless)
                                    .arg(m.properName)
                                    .arg(m.plural)
                                    .arg(m.identity)));
        }
        // Positions count code points: the emoji before "Harbour" is one.
        QCOMPARE(document.mentions[0].start, 2);
    }

    void gum_goldKeepsProperNamesOfThreeTypes()
    {
        GumDocument document;
        QVERIFY(parseGumConllu(inventedConllu, &document, nullptr));
        auto describe = [](const GoldDocument &gold) {
            QStringList described;
            for (const GoldMention &m : gold.mentions)
                described.append(entityTypeName(m.type) + u' ' + codePointSlice(inventedText, m.start, m.end) + u'/'
                                 + codePointSlice(inventedText, m.headStart, m.headEnd));
            return described;
        };
        // Not "We" (a pronoun), "Harbour" (a common noun), times, "Belgians" (a group of people), or "Al Bo and Cy Do".
        const GoldDocument gold = gumEntityGold(document);
        QCOMPARE(gold.key, u"GUM_news_invented"_s);
        QCOMPARE(gold.textHash, textHash(inventedText));
        QCOMPARE(describe(gold), (QStringList{u"person Mayor Ana Ruiz's/Ana Ruiz"_s, u"organisation Port/Port"_s, u"place Port Vale/Port Vale"_s,
                                             u"person Ben Ode-li of Vale Party/Ben Ode-li"_s, u"organisation Vale Party/Vale Party"_s,
                                             u"person Al Bo/Al Bo"_s, u"person Cy Do/Cy Do"_s}));
        QVERIFY(verifySpans(gold, inventedText, nullptr));
        QCOMPARE(describe(gumEntityGold(document, GumHead::Minspan)),
                 (QStringList{u"person Mayor Ana Ruiz's/Mayor Ana Ruiz"_s, u"organisation Port/Port"_s, u"place Port Vale/Port Vale"_s,
                              u"person Ben Ode-li of Vale Party/Ben Ode-li of Vale Party"_s, u"organisation Vale Party/Vale Party"_s,
                              u"person Al Bo/Al Bo"_s, u"person Al Bo and Cy Do/Al Bo and Cy Do"_s, u"person Cy Do/Cy Do"_s}));
    }

    void gum_goldKeepsTheShortestOfMentionsWithOneHead()
    {
        // "Al Bo of X and Cy Do of Y" names two people; as a whole its name is that of its first part.
        GumDocument document{u"d"_s, u"Al Bo of X and Cy Do of Y"_s, {}, {}};
        document.mentions = {GumMention{0, 25, u"person"_s, 0, 25, 0, 5, false, true, false, {}},
                             GumMention{0, 10, u"person"_s, 0, 10, 0, 5, false, true, false, {}},
                             GumMention{15, 25, u"person"_s, 15, 25, 15, 20, false, true, false, {}}};
        const GoldDocument gold = gumEntityGold(document);
        QCOMPARE(gold.mentions.size(), 2);
        QCOMPARE(gold.mentions[0].end, 10);
        QCOMPARE(gold.mentions[1].start, 15);
    }

    void gum_refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("conllu");
        QTest::addColumn<QString>("message");
        const QString header = u"# newdoc id = x\n# newpar\n# text = A b\n"_s;
        QTest::newRow("text differs") << header + u"1\tA\ta\tX\tX\t_\t0\troot\t_\tSpaceAfter=No\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n\n"_s << u"# text is"_s;
        QTest::newRow("never closed") << header + u"1\tA\ta\tX\tX\t_\t0\troot\t_\tEntity=(1-person-new-s-cf1-1-sgl\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n\n"_s
                                      << u"never closed"_s;
        QTest::newRow("closed, not open") << header + u"1\tA\ta\tX\tX\t_\t0\troot\t_\tEntity=4)\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n\n"_s << u"not open"_s;
        QTest::newRow("minspan beyond") << header + u"1\tA\ta\tX\tX\t_\t0\troot\t_\tEntity=(1-person-new-s-cf1-3-sgl\n2\tb\tb\tX\tX\t_\t1\tdep\t_\tEntity=1)\n\n"_s
                                        << u"beyond"_s;
        QTest::newRow("columns") << header + u"1\tA\ta\n\n"_s << u"10 tab-separated columns"_s;
    }
    void gum_refusesWhatItCannotRead()
    {
        QFETCH(QString, conllu);
        QFETCH(QString, message);
        GumDocument document;
        QString error;
        QVERIFY(!parseGumConllu(conllu, &document, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // Gold files and the authoring format.

    void goldJson_roundTripsInKeyOrder()
    {
        GoldSet set{u"demo"_s, u"usgov"_s, {}};
        set.documents.append({u"17"_s, u"0123456789ab"_s, {GoldStatement{5, 9, StatementKind::Mixed, u"Anna \"Ann\" Weber"_s, u"aaaaaaaaaa"_s}}, {}});
        set.documents.append({u"2"_s, u"ba9876543210"_s,
                              {GoldStatement{30, 40, StatementKind::Indirect, {}, u"bbbbbbbbbb"_s}, GoldStatement{3, 8, StatementKind::Direct, u"X"_s, u"cccccccccc"_s}},
                              {}});
        const QByteArray json = goldSetToJson(set);
        QVERIFY(json.indexOf("\"key\": \"2\"") < json.indexOf("\"key\": \"17\""));
        QVERIFY(json.contains("{\"start\": 3, \"end\": 8, \"kind\": \"direct\", \"speaker\": \"X\", \"spanHash\": \"cccccccccc\"}"));
        GoldSet read;
        QString error;
        QVERIFY2(goldSetFromJson(json, &read, &error), qPrintable(error));
        GoldSet sorted = set;
        sortGoldSet(sorted);
        QCOMPARE(read, sorted);
        QCOMPARE(goldSetToJson(read), json);

        GoldSet entities{u"e"_s, u"gum"_s, {{u"GUM_news_x"_s, u"0123456789ab"_s, {}, {GoldMention{0, 27, EntityType::Person, 13, 25, u"dddddddddd"_s}}}}};
        QVERIFY(goldSetFromJson(goldSetToJson(entities), &read, &error));
        QCOMPARE(read, entities);
    }

    void goldJson_refusesBadItems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray start = R"({"name": "n", "source": "gum", "documents": [{"key": "k", "textHash": "h", )";
        QTest::newRow("malformed") << QByteArray("{") << u"malformed JSON"_s;
        QTest::newRow("kind") << start + R"("statements": [{"start": 1, "end": 2, "kind": "manual", "spanHash": "x"}]}]})" << u"not direct, indirect or mixed"_s;
        QTest::newRow("reversed") << start + R"("statements": [{"start": 3, "end": 2, "kind": "direct", "spanHash": "x"}]}]})" << u"after end"_s;
        QTest::newRow("type") << start + R"("mentions": [{"start": 1, "end": 2, "type": "time", "headStart": 1, "headEnd": 2, "spanHash": "x"}]}]})"
                              << u"type \"time\""_s;
        QTest::newRow("head outside") << start + R"("mentions": [{"start": 1, "end": 2, "type": "place", "headStart": 1, "headEnd": 3, "spanHash": "x"}]}]})"
                                      << u"head span lies outside"_s;
        QTest::newRow("negative") << start + R"("statements": [{"start": -1, "end": 2, "kind": "direct", "spanHash": "x"}]}]})" << u"non-negative integer"_s;
    }
    void goldJson_refusesBadItems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        GoldSet set;
        QString error;
        QVERIFY(!goldSetFromJson(json, &set, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void hashes_areShortSha1()
    {
        // printf 'abc' | sha1sum: a9993e364706816aba3e25717850c26c9cd0d89d
        QCOMPARE(spanHash(u"abc"_s), u"a9993e3647"_s);
        QCOMPARE(textHash(u"abc"_s), u"a9993e364706"_s);
    }

    void verifySpans_noticesAChangedText()
    {
        const QString text = u"Anna Weber said: \u201CReady.\u201D"_s;
        GoldDocument document{u"k"_s, textHash(text), {goldStatement(text, u"Ready."_s, StatementKind::Direct)}, {}};
        QVERIFY(verifySpans(document, text, nullptr));
        QString error;
        QVERIFY(!verifySpans(document, u"Anna Weber said: \u201CSteady.\u201D"_s, &error));
        QVERIFY2(error.contains(u"document k, statement 1"_s), qPrintable(error));
        QVERIFY(!verifySpans(document, u"Anna"_s, &error));
    }

    void authoring_locatesSnippets()
    {
        const QString text = u"\U0001F30A Anna Weber said: \u201CNo.\u201D Then she said: \u201CNo.\u201D President Marek Nowak agreed."_s;
        const QJsonObject authored = QJsonDocument::fromJson(R"({"key": "7", "statements": [
            {"text": "No.", "occurrence": 2, "kind": "direct", "speaker": "Anna Weber"},
            {"text": "No.", "kind": "direct", "speaker": "Anna Weber"}],
            "mentions": [{"text": "President Marek Nowak", "type": "person", "head": "Marek Nowak"}, {"text": "Anna Weber", "type": "person"}]})")
                                         .object();
        GoldDocument document;
        QString error;
        QStringList warnings;
        QVERIFY2(locateSnippets(authored, {u"7"_s, text, {}, {}}, &document, &error, &warnings), qPrintable(error));
        // The second "No." names its occurrence, the first does not: the author is warned about that one.
        QCOMPARE(warnings, QStringList{u"document 7, statement 2: \"No.\" occurs 2 times; the first is taken"_s});
        QCOMPARE(document.key, u"7"_s);
        QCOMPARE(document.textHash, textHash(text));
        QCOMPARE(document.statements.size(), 2);
        QCOMPARE(document.statements[0].start, span(text, u"No."_s, 2).first);
        QCOMPARE(document.statements[1].start, span(text, u"No."_s, 1).first);
        QCOMPARE(document.statements[1].speaker, u"Anna Weber"_s);
        QCOMPARE(document.statements[1].spanHash, spanHash(u"No."_s));
        QCOMPARE(document.mentions[0], goldMention(text, u"President Marek Nowak"_s, EntityType::Person, u"Marek Nowak"_s));
        QCOMPARE(document.mentions[1], goldMention(text, u"Anna Weber"_s, EntityType::Person, u"Anna Weber"_s));
        QVERIFY(verifySpans(document, text, nullptr));

        const QJsonObject missing = QJsonDocument::fromJson(R"({"key": "7", "statements": [{"text": "Yes.", "kind": "direct"}]})").object();
        QVERIFY(!locateSnippets(missing, {u"7"_s, text, {}, {}}, &document, &error));
        QVERIFY2(error.contains(u"document 7"_s) && error.contains(u"\"Yes.\""_s), qPrintable(error));
        const QJsonObject third = QJsonDocument::fromJson(R"({"key": "7", "statements": [{"text": "No.", "occurrence": 3, "kind": "direct"}]})").object();
        QVERIFY(!locateSnippets(third, {u"7"_s, text, {}, {}}, &document, &error));
        QVERIFY2(error.contains(u"occurs 2 times, not 3"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(ExtractionQualityTest)
#include "extractionquality_test.moc"
