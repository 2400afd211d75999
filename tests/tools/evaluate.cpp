// evaluate: measures the extractor against the gold sets in tests/data/gold/ and helps to make and review them.
//   evaluate statements GOLD.json [--errors]   statement figures (and every miss, false statement and wrong speaker)
//   evaluate entities GOLD.json [--errors]     entity figures per type (and every miss and false mention)
//   evaluate show GOLD.json                    every gold item with its text, for reviewing a gold set
//   evaluate convert AUTHORED.json OUT.json    an authoring file (spans as text, kept outside the repository) to a gold file
//   evaluate gum-gold OUT.json [--minspan-heads]  the entity gold of the GUM news documents: proper-name mentions
// Texts come from the shared corpus (--corpus DIR, by default ../shared/corpus beside the checkout).
#include "authoring.h"
#include "corpora.h"
#include "evaluation.h"
#include "gold.h"
#include "scoring.h"
#include "testpaths.h"

#include "extract/ruleextractor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace VerbatimEval;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int failure(const QString &message)
{
    out().flush();
    QTextStream(stderr) << "evaluate: " << message << '\n';
    return 1;
}

QString oneLine(QString text)
{
    return text.replace(u"\n\n"_s, u" / "_s).replace(u'\n', u" / "_s);
}

bool loadSet(const QString &path, CorpusReader &corpus, GoldSet *set, QList<DocumentText> *texts, QString *error)
{
    return readGoldSet(path, set, error) && corpus.readSet(*set, texts, error);
}

QString setHeader(const GoldSet &set)
{
    return u"%1 (source %2, %3 documents)"_s.arg(set.name, set.source).arg(set.documents.size());
}

void printErrors(const QList<EvaluationError> &errors)
{
    out() << '\n' << errors.size() << " errors (missed: in the gold set, not found; false: found, not in the gold set; "
          << "boundary: matched with other ends; speaker: matched with another speaker)\n";
    for (const EvaluationError &error : errors)
        out() << errorLine(error) << '\n';
}

int statements(const QString &path, bool errors, CorpusReader &corpus)
{
    GoldSet set;
    QList<DocumentText> texts;
    QString error;
    if (!loadSet(path, corpus, &set, &texts, &error))
        return failure(error);
    if (!hasStatements(set))
        return failure(u"%1 holds no statements (an entity set? try \"evaluate entities\")"_s.arg(path));
    const StatementEvaluation evaluation = evaluateStatements(set, texts, Verbatim::RuleExtractor());
    out() << setHeader(set) << '\n' << statementTable(evaluation.scores);
    if (errors)
        printErrors(evaluation.errors);
    return 0;
}

int entities(const QString &path, bool errors, CorpusReader &corpus)
{
    GoldSet set;
    QList<DocumentText> texts;
    QString error;
    if (!loadSet(path, corpus, &set, &texts, &error))
        return failure(error);
    if (!hasMentions(set))
        return failure(u"%1 holds no entity mentions (a statement set? try \"evaluate statements\")"_s.arg(path));
    const EntityEvaluation evaluation = evaluateEntities(set, texts, Verbatim::RuleExtractor());
    out() << setHeader(set) << '\n' << entityTable(evaluation.scores, evaluation.types);
    if (errors)
        printErrors(evaluation.errors);
    return 0;
}

int show(const QString &path, CorpusReader &corpus)
{
    GoldSet set;
    QList<DocumentText> texts;
    QString error;
    if (!loadSet(path, corpus, &set, &texts, &error))
        return failure(error);
    out() << setHeader(set) << '\n';
    for (qsizetype i = 0; i < set.documents.size(); ++i) {
        const GoldDocument &document = set.documents[i];
        const QString &text = texts[i].text;
        out() << "\n== " << document.key << " (" << texts[i].date.toString(Qt::ISODate) << "; " << document.statements.size() << " statements, "
              << document.mentions.size() << " mentions)\n";
        for (const GoldStatement &s : document.statements) {
            out() << "  " << s.start << '-' << s.end << " [" << Verbatim::statementKindName(s.kind) << "] "
                  << (s.speaker.isEmpty() ? u"(unknown)"_s : s.speaker) << " | " << oneLine(codePointSlice(text, s.start, s.end)) << '\n';
        }
        for (const GoldMention &m : document.mentions) {
            out() << "  " << m.start << '-' << m.end << " [" << Verbatim::entityTypeName(m.type) << "] " << oneLine(codePointSlice(text, m.start, m.end));
            if (m.headStart != m.start || m.headEnd != m.end)
                out() << "  {head: " << codePointSlice(text, m.headStart, m.headEnd) << '}';
            out() << '\n';
        }
    }
    return 0;
}

QString countsByType(const GoldSet &set)
{
    QMap<QString, int> counts;
    int statementCount = 0;
    for (const GoldDocument &document : set.documents) {
        statementCount += int(document.statements.size());
        for (const GoldMention &m : document.mentions)
            ++counts[Verbatim::entityTypeName(m.type)];
    }
    QStringList parts;
    if (statementCount > 0)
        parts.append(u"%1 statements"_s.arg(statementCount));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(u"%1 %2"_s.arg(it.value()).arg(it.key()));
    return parts.join(u", "_s);
}

int convert(const QString &authoredPath, const QString &outPath, CorpusReader &corpus)
{
    QFile file(authoredPath);
    if (!file.open(QIODevice::ReadOnly))
        return failure(u"%1: %2"_s.arg(authoredPath, file.errorString()));
    GoldSet set;
    QString error;
    QStringList warnings;
    if (!convertAuthoring(file.readAll(), corpus, &set, &error, &warnings))
        return failure(u"%1: %2"_s.arg(authoredPath, error));
    for (const QString &warning : std::as_const(warnings))
        QTextStream(stderr) << "evaluate: warning: " << warning << '\n';
    if (!writeGoldSet(outPath, set, &error))
        return failure(error);
    out() << "wrote " << outPath << ": " << set.documents.size() << " documents, " << countsByType(set) << '\n';
    return 0;
}

int gumGold(const QString &outPath, GumHead head, CorpusReader &corpus)
{
    GoldSet set{u"gum-entities"_s, u"gum"_s, {}};
    const QStringList names = corpus.gumDocumentNames();
    if (names.isEmpty())
        return failure(u"no GUM documents in the corpus (gum-wikinews/dep/*.conllu)"_s);
    for (const QString &name : names) {
        GumDocument document;
        QString error;
        if (!corpus.readGum(name, &document, &error))
            return failure(error);
        set.documents.append(gumEntityGold(document, head));
    }
    QString error;
    if (!writeGoldSet(outPath, set, &error))
        return failure(error);
    out() << "wrote " << outPath << ": " << set.documents.size() << " documents, " << countsByType(set) << '\n';
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures Verbatim's extractor against gold sets, and makes and shows gold sets."_s);
    parser.addHelpOption();
    const QString defaultCorpus = QDir::cleanPath(QStringLiteral(VERBATIM_SHARED_DIR "/corpus"));
    const QCommandLineOption corpusOption(u"corpus"_s, u"The shared corpus folder (default: %1)."_s.arg(defaultCorpus), u"DIR"_s, defaultCorpus);
    const QCommandLineOption errorsOption(u"errors"_s, u"With statements and entities: list every error with its context."_s);
    const QCommandLineOption minspanOption(u"minspan-heads"_s, u"With gum-gold: take GUM's minspan as the head, titles and all, instead of the name."_s);
    parser.addOption(corpusOption);
    parser.addOption(errorsOption);
    parser.addOption(minspanOption);
    parser.addPositionalArgument(u"command"_s, u"statements GOLD.json | entities GOLD.json | show GOLD.json | convert AUTHORED.json OUT.json | gum-gold OUT.json"_s);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const bool errors = parser.isSet(errorsOption);
    // Every command reads texts from the shared corpus; without it there is nothing to do.
    const QString corpusDir = parser.value(corpusOption);
    if (!command.isEmpty() && !QFileInfo(corpusDir).isDir())
        return failure(u"the shared corpus is absent: %1 is not a folder (gold files hold positions only; the texts are read from "
                       "../shared/corpus, or from --corpus DIR)"_s.arg(QDir::cleanPath(corpusDir)));
    CorpusReader corpus(corpusDir);
    auto expect = [&](qsizetype count) { return args.size() == count + 1; };

    if (command == u"statements" && expect(1))
        return statements(args[1], errors, corpus);
    if (command == u"entities" && expect(1))
        return entities(args[1], errors, corpus);
    if (command == u"show" && expect(1))
        return show(args[1], corpus);
    if (command == u"convert" && expect(2))
        return convert(args[1], args[2], corpus);
    if (command == u"gum-gold" && expect(1))
        return gumGold(args[1], parser.isSet(minspanOption) ? GumHead::Minspan : GumHead::Name, corpus);
    return failure(u"usage: evaluate [--corpus DIR] statements|entities GOLD.json [--errors] | show GOLD.json | convert AUTHORED.json OUT.json | "
                   "gum-gold OUT.json [--minspan-heads]"_s);
}
