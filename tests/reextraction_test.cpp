// Re-extraction: running a changed extractor over a project's articles replaces what the extractor found and keeps
// everything of the user's: annotations (attached again where their statement is found again), corrected, added
// and rejected statements, and the curation of entities. A scripted extractor changes its output between version
// 1 and version 2, so that every case is exact; the real extractor runs on the shared seeds and in the command line.

#include "curationsupport.h"
#include "io/reextractor.h"
#include "store/project.h"
#include "store/projectextractor.h"
#include "store/schema.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Verbatim;
using namespace VerbatimTest;
using namespace Qt::StringLiterals;

namespace {

// r1: a quotation that the second version finds at its second occurrence, and one it no longer finds.
// r2: a statement found again with the same span; "Brandt" alone is a separate person for the extractor.
// r3: the user's statements: one corrected, one rejected, one added.
const FixtureArticle r1 { u"r1"_s, u"2024-07-01"_s, u"Library opens"_s,
    u"Anna Weber opened the new library in Tallow Bay on Monday.\n\n"
    u"\"Books are the best investment a town can make,\" said Anna Weber.\n\n"
    u"\"We kept the old reading room,\" she added.\n\n"
    u"Later she said it again: \"Books are the best investment a town can make.\""_s };
const FixtureArticle r2 { u"r2"_s, u"2024-07-02"_s, u"Ferry fares"_s,
    u"Jonas Brandt, head of the ferry board, said on Tuesday that fares would rise.\n\n"
    u"\"We cannot run the boats at a loss,\" Brandt said.\n\n"
    u"Anna Weber did not comment, Northern Wire reported."_s };
const FixtureArticle r3 { u"r3"_s, u"2024-07-03"_s, u"Harbour plan"_s,
    u"The council debated the harbour plan for three hours.\n\n"
    u"\"This plan will ruin the beach,\" said Lena Ostrova, a resident.\n\n"
    u"Another resident, Piet Kamp, said the harbour needed the money.\n\n"
    u"The vote is due next week."_s };
// r4: the same words quoted twice; the second version finds only the second.
const FixtureArticle r4 { u"r4"_s, u"2024-07-04"_s, u"Prices"_s,
    u"\"Prices will fall,\" the minister said in March.\n\n"
    u"In April she repeated it: \"Prices will fall.\""_s };

const QString books = u"Books are the best investment a town can make"_s;
const QString readingRoom = u"We kept the old reading room"_s;
const QString boats = u"We cannot run the boats at a loss"_s;
const QString fares = u"fares would rise"_s;
const QString debated = u"The council debated the harbour plan"_s;
const QString beach = u"This plan will ruin the beach"_s;
const QString money = u"the harbour needed the money"_s;
const QString vote = u"The vote is due next week"_s;
const QString prices = u"Prices will fall"_s;

const QList<NameRule> namesV1 = {
    { u"Anna Weber"_s, EntityType::Person, {} },
    { u"Jonas Brandt"_s, EntityType::Person, {} },
    { u"Brandt"_s, EntityType::Person, {} },
    { u"Lena Ostrova"_s, EntityType::Person, {} },
    { u"Piet Kamp"_s, EntityType::Person, {} },
    { u"Northern Wire"_s, EntityType::Organisation, {} },
    { u"Tallow Bay"_s, EntityType::Place, {} },
};
const QList<NameRule> namesV2 = namesV1 + QList<NameRule> { { u"ferry board"_s, EntityType::Organisation, {} } };

const QList<QuoteRule> quotesV1 = {
    { books, u"Anna Weber"_s, u"Anna Weber"_s, StatementKind::Direct, 0 },
    { readingRoom, u"Anna Weber"_s, u"she"_s, StatementKind::Direct },
    { fares, u"Jonas Brandt"_s, u"Jonas Brandt"_s, StatementKind::Indirect },
    { boats, u"Brandt"_s, u"Brandt"_s, StatementKind::Direct },
    { debated, QString(), QString(), StatementKind::Indirect },
    { beach, u"Lena Ostrova"_s, u"Lena Ostrova"_s, StatementKind::Direct },
    { money, u"Piet Kamp"_s, u"Piet Kamp"_s, StatementKind::Indirect },
    { prices, QString(), QString(), StatementKind::Direct, 0 },
    { prices, QString(), u"she"_s, StatementKind::Direct, 1 },
};
const QList<QuoteRule> quotesV2 = {
    { books, u"Anna Weber"_s, u"she"_s, StatementKind::Direct, 1 }, // moved to the second occurrence
    { fares, u"Jonas Brandt"_s, u"Jonas Brandt"_s, StatementKind::Indirect },
    { boats, u"Brandt"_s, u"Brandt"_s, StatementKind::Direct },
    { debated, QString(), QString(), StatementKind::Indirect }, // rejected by the user
    { u"ruin the beach"_s, u"Lena Ostrova"_s, u"Lena Ostrova"_s, StatementKind::Direct }, // inside the corrected one
    { money, u"Piet Kamp"_s, u"Piet Kamp"_s, StatementKind::Indirect },
    { u"vote is due"_s, QString(), QString(), StatementKind::Indirect }, // inside the user's own
    { prices, QString(), u"she"_s, StatementKind::Direct, 1 },
};

const ScriptedExtractor extractorV1(
    1, [](QStringView text, QDate) { return scriptedExtraction(text, namesV1, quotesV1); });
const ScriptedExtractor extractorV2(
    2, [](QStringView text, QDate) { return scriptedExtraction(text, namesV2, quotesV2); });

struct RunResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

} // namespace

class ReextractionTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    int m_projectNumber = 0;

    // A new project (closed) with `articles` imported by `extractor`.
    QString makeProject(const QList<FixtureArticle> &articles, const Extractor &extractor)
    {
        const QString path = m_dir.filePath(u"p%1/project.verbatim"_s.arg(++m_projectNumber));
        {
            QString error;
            if (!Project::open(path, Project::OpenMode::CreateIfMissing, &error)) {
                qWarning() << "cannot create" << path << error;
                return {};
            }
        }
        const ImportReport report = importArticles(path, articles, extractor);
        if (!report.succeeded() || report.articlesImported != articles.size()) {
            qWarning() << "import failed:" << report.summary() << report.error;
            return {};
        }
        return path;
    }

    static std::unique_ptr<Project> open(const QString &path)
    {
        QString error;
        std::unique_ptr<Project> project = Project::open(path, Project::OpenMode::OpenExisting, &error);
        if (!project)
            qWarning() << "cannot open" << path << error;
        return project;
    }

    static ArticleContent content(const Project &project, const QString &articleId)
    {
        return project.articleContent(project.findArticle(articleId)).value_or(ArticleContent());
    }

    // Tags the statement of `articleId` whose text is `text` (the first such) with the first tag and `note`.
    static qint64 annotate(Project &project, const QString &articleId, const QString &text, const QString &note)
    {
        const ArticleContent read = content(project, articleId);
        const std::optional<Statement> statement = statementWithText(read, text);
        if (!statement)
            return 0;
        Annotation annotation;
        annotation.article = read.summary.id;
        annotation.statement = statement->id;
        annotation.start = statement->start;
        annotation.end = statement->end;
        annotation.tagIds = { project.tags().first().id };
        annotation.note = note;
        return project.insertAnnotation(&annotation) ? annotation.id : 0;
    }

    static QString status(const Project &project, qint64 statement)
    {
        return Sql::scalar(project.database(), u"SELECT status FROM statement WHERE id = ?"_s, { statement })
            .toString();
    }

    // The user's coding: every annotation apart from the statement it hangs on, and every tag on it.
    static QStringList usersCoding(const QSqlDatabase &db)
    {
        return queryRows(
                   db, u"SELECT id, article, start, end, text, note, created, modified FROM annotation ORDER BY id"_s)
            + queryRows(db, u"SELECT annotation, tag FROM annotation_tag ORDER BY annotation, tag"_s);
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u".config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u".local/share"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u".cache"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        return env;
    }

    RunResult run(const QStringList &arguments) const
    {
        RunResult result;
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(VERBATIM_BINARY), arguments);
        if (!process.waitForStarted(30000)) {
            qWarning() << "cannot start" << VERBATIM_BINARY << process.errorString();
            return result;
        }
        result.finished = process.waitForFinished(300000);
        if (!result.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // The three articles, curated: annotations on r1's two statements, r2's quotation and r3's corrected
    // statement, and on a passage of r3; in r3 one statement corrected, one rejected and one added.
    struct Curated
    {
        QString path;
        qint64 onBooks = 0, onReadingRoom = 0, onBoats = 0, onBeach = 0, onPassage = 0;
        qint64 beach = 0, debated = 0, vote = 0;
    };
    Curated makeCuratedProject()
    {
        Curated curated;
        curated.path = makeProject({ r1, r2, r3 }, extractorV1);
        if (curated.path.isEmpty())
            return {};
        const std::unique_ptr<Project> project = open(curated.path);
        if (!project)
            return {};
        curated.onBooks = annotate(*project, u"r1"_s, books, u"repeated later"_s);
        curated.onReadingRoom = annotate(*project, u"r1"_s, readingRoom, u"heritage"_s);
        curated.onBoats = annotate(*project, u"r2"_s, boats, u"money argument"_s);
        curated.onBeach = annotate(*project, u"r3"_s, beach, u"environment"_s);
        const ArticleContent third = content(*project, u"r3"_s);
        const std::optional<Statement> beachStatement = statementWithText(third, beach);
        const std::optional<Statement> debatedStatement = statementWithText(third, debated);
        if (!beachStatement || !debatedStatement)
            return {};
        curated.beach = beachStatement->id;
        curated.debated = debatedStatement->id;
        Annotation passage;
        passage.article = third.summary.id;
        passage.start = third.text.indexOf(u"three hours"_s);
        passage.end = passage.start + 11;
        passage.note = u"long meeting"_s;
        if (!project->insertAnnotation(&passage))
            return {};
        curated.onPassage = passage.id;
        if (!project->updateStatement(
                curated.beach, project->findEntity(u"Lena Ostrova"_s, EntityType::Person), StatementKind::Mixed)
            || !project->rejectStatement(curated.debated, nullptr))
            return {};
        Statement manual;
        manual.article = third.summary.id;
        manual.kind = StatementKind::Manual;
        manual.start = third.text.indexOf(vote);
        manual.end = manual.start + vote.size();
        if (!project->insertStatement(&manual))
            return {};
        curated.vote = manual.id;
        if (!curated.onBooks || !curated.onReadingRoom || !curated.onBoats || !curated.onBeach)
            return {};
        return curated;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_home.isValid());
        VerbatimTest::enableTestMode();
    }

    // --- which articles -----------------------------------------------------------------------------------------

    void runOutdated_reextractsOnlyArticlesOfAnotherVersion()
    {
        const QString path = makeProject({ r1, r2 }, extractorV1);
        QVERIFY(!path.isEmpty());
        QVERIFY(importArticles(path, { r3 }, extractorV2).succeeded());
        const std::unique_ptr<Project> project = open(path);
        QVERIFY(project);
        QCOMPARE(
            queryRows(project->database(), u"SELECT article_id, extraction_version FROM article ORDER BY article_id"_s),
            (QStringList { u"r1|1"_s, u"r2|1"_s, u"r3|2"_s }));
        QCOMPARE(Reextractor::outdatedCount(project->database(), extractorV2), 2);
        QCOMPARE(Reextractor::outdatedCount(project->database(), extractorV1), 1);
        const QStringList r3Rows = queryRows(project->database(),
            u"SELECT * FROM statement WHERE article = ? ORDER BY id"_s, { project->findArticle(u"r3"_s) });

        Reextractor reextractor(path, extractorV2);
        QList<std::pair<qint64, qint64>> progress;
        reextractor.setProgressCallback([&progress](qint64 done, qint64 total) { progress.append({ done, total }); });
        const ReextractionReport report = reextractor.run(Reextractor::Scope::Outdated);
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QCOMPARE(report.counts.articles, 2);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), (std::pair<qint64, qint64>(2, 2)));
        QCOMPARE(queryRows(project->database(), u"SELECT extraction_version FROM article ORDER BY article_id"_s),
            (QStringList { u"2"_s, u"2"_s, u"2"_s }));
        // r3 was left alone: the same rows, with the same ids.
        QCOMPARE(queryRows(project->database(), u"SELECT * FROM statement WHERE article = ? ORDER BY id"_s,
                     { project->findArticle(u"r3"_s) }),
            r3Rows);
        // What version 2 finds is there: the "ferry board" in r2.
        QVERIFY(project->findEntity(u"ferry board"_s, EntityType::Organisation) != 0);
        QCOMPARE(Reextractor::outdatedCount(project->database(), extractorV2), 0);

        const ReextractionReport again = Reextractor(path, extractorV2).run(Reextractor::Scope::Outdated);
        QVERIFY(again.succeeded());
        QCOMPARE(again.counts.articles, 0);
        QVERIFY2(again.summary().startsWith(u"Re-extracted 0 articles in "_s), qPrintable(again.summary()));
    }

    void runAll_reextractsEveryArticle()
    {
        const QString path = makeProject({ r1, r2, r3 }, extractorV2);
        QVERIFY(!path.isEmpty());
        const ReextractionReport report = Reextractor(path, extractorV2).run(Reextractor::Scope::All);
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QCOMPARE(report.counts.articles, 3);
        QCOMPARE(report.counts.statementsBefore, report.counts.statementsAfter);
        const std::unique_ptr<Project> project = open(path);
        QCOMPARE(entityCountMismatches(project->database()), QStringList());
    }

    // --- annotations ------------------------------------------------------------------------------------------

    void annotations_areAttachedAgainBySpanOrTextOrKeptOnTheirPassage()
    {
        const Curated curated = makeCuratedProject();
        QVERIFY(!curated.path.isEmpty());
        QStringList codingBefore;
        {
            const std::unique_ptr<Project> project = open(curated.path);
            codingBefore = usersCoding(project->database());
        }

        const ReextractionReport report = Reextractor(curated.path, extractorV2).run(Reextractor::Scope::All);
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QCOMPARE(report.counts.articles, 3);
        QCOMPARE(report.counts.reattachedBySpan, 1); // r2's quotation
        QCOMPARE(report.counts.reattachedByText, 1); // r1's repeated quotation
        QCOMPARE(report.counts.detached.size(), 1); // r1's reading room
        QCOMPARE(report.counts.detached.first().annotation, curated.onReadingRoom);
        QCOMPARE(report.counts.detached.first().text, readingRoom);

        const std::unique_ptr<Project> project = open(curated.path);
        QVERIFY(project);
        QCOMPARE(report.counts.detached.first().article, project->findArticle(u"r1"_s));
        // Nothing of the user's is lost: the same annotations, spans, notes, times and tags.
        QCOMPARE(usersCoding(project->database()), codingBefore);

        const ArticleContent first = content(*project, u"r1"_s);
        QCOMPARE(first.statements.size(), 1);
        const Statement &moved = first.statements.first();
        QCOMPARE(moved.text, books);
        QCOMPARE(moved.start, first.text.lastIndexOf(books));
        QCOMPARE(project->annotation(curated.onBooks)->statement, moved.id);
        QCOMPARE(project->annotation(curated.onReadingRoom)->statement, 0);
        QCOMPARE(project->annotation(curated.onReadingRoom)->note, u"heritage"_s);
        QCOMPARE(project->annotation(curated.onReadingRoom)->tagIds.size(), 1);

        const ArticleContent second = content(*project, u"r2"_s);
        const std::optional<Statement> boatsStatement = statementWithText(second, boats);
        QVERIFY(boatsStatement);
        QCOMPARE(project->annotation(curated.onBoats)->statement, boatsStatement->id);
        // The user's statement keeps its annotation, untouched; the passage annotation stays a passage annotation.
        QCOMPARE(project->annotation(curated.onBeach)->statement, curated.beach);
        QCOMPARE(project->annotation(curated.onPassage)->statement, 0);

        // The detached one is exported as a passage annotation with its tags and note.
        const Csv annotations = exportCsv(project->database(), Exporter::What::Annotations);
        const qsizetype row = annotations.find(u"annotation_id"_s, QString::number(curated.onReadingRoom));
        QVERIFY(row >= 0);
        QCOMPARE(annotations.value(row, u"statement_id"_s), QString());
        QCOMPARE(annotations.value(row, u"kind"_s), u"manual"_s);
        QCOMPARE(annotations.value(row, u"text"_s), readingRoom);
        QCOMPARE(annotations.value(row, u"note"_s), u"heritage"_s);
        QCOMPARE(annotations.value(row, u"tags"_s), project->tags().first().name);
    }

    void summary_countsArticlesStatementsAndAnnotations()
    {
        const Curated curated = makeCuratedProject();
        QVERIFY(!curated.path.isEmpty());
        const ReextractionReport report = Reextractor(curated.path, extractorV2).run(Reextractor::Scope::All);
        QVERIFY(report.succeeded());
        QCOMPARE(report.counts.statementsBefore, 7); // r1 2, r2 2, r3 3 (the rejected one is not counted)
        QCOMPARE(report.counts.statementsAfter, 6); // r1 1, r2 2, r3 3
        static const QRegularExpression expected(
            u"^Re-extracted 3 articles in \\d+\\.\\d s: 6 statements \\(was 7\\); 2 annotations attached again, 1 kept on their passage\\.$"_s);
        QVERIFY2(expected.match(report.summary()).hasMatch(), qPrintable(report.summary()));

        ReextractionReport one;
        one.counts.articles = 1;
        one.counts.statementsAfter = 1;
        one.counts.statementsBefore = 2;
        one.elapsedMs = 1500;
        QCOMPARE(one.summary(), u"Re-extracted 1 article in 1.5 s: 1 statement (was 2)."_s);
        ReextractionReport cancelled;
        cancelled.cancelled = true;
        QCOMPARE(cancelled.summary(), u"Re-extraction was cancelled; nothing changed."_s);
        ReextractionReport failed;
        failed.error = u"disk full"_s;
        QCOMPARE(failed.summary(), u"Re-extraction failed and nothing changed: disk full"_s);
    }

    // An annotation whose statement is found again with the same span keeps it, even when another annotation,
    // whose statement disappeared, has the same text and comes first in the article.
    void annotations_aSpanMatchWinsOverAnEarlierTextMatch()
    {
        const QString path = makeProject({ r4 }, extractorV1);
        QVERIFY(!path.isEmpty());
        qint64 onFirst = 0, onSecond = 0;
        {
            const std::unique_ptr<Project> project = open(path);
            const ArticleContent read = content(*project, u"r4"_s);
            QCOMPARE(read.statements.size(), 2);
            // The first quotation's annotation is made first, so it comes first by id and by position.
            for (const Statement &statement : read.statements) {
                Annotation annotation;
                annotation.article = read.summary.id;
                annotation.statement = statement.id;
                annotation.start = statement.start;
                annotation.end = statement.end;
                annotation.note = statement.start == 1 ? u"March"_s : u"April"_s;
                QVERIFY(project->insertAnnotation(&annotation));
                (statement.start == 1 ? onFirst : onSecond) = annotation.id;
            }
            QVERIFY(onFirst && onSecond);
        }
        const ReextractionReport report = Reextractor(path, extractorV2).run(Reextractor::Scope::All);
        QVERIFY(report.succeeded());
        const std::unique_ptr<Project> project = open(path);
        const ArticleContent read = content(*project, u"r4"_s);
        QCOMPARE(read.statements.size(), 1);
        QCOMPARE(project->annotation(onSecond)->statement, read.statements.first().id);
        QCOMPARE(project->annotation(onFirst)->statement, 0);
        QCOMPARE(report.counts.reattachedBySpan, 1);
        QCOMPARE(report.counts.reattachedByText, 0);
        QCOMPARE(report.counts.detached.size(), 1);
        QCOMPARE(report.counts.detached.first().annotation, onFirst);
    }

    // --- the user's statements --------------------------------------------------------------------------------

    void usersStatements_surviveAndOverlappingNewOnesAreLeftOut()
    {
        const Curated curated = makeCuratedProject();
        QVERIFY(!curated.path.isEmpty());
        QStringList userRowsBefore;
        {
            const std::unique_ptr<Project> project = open(curated.path);
            userRowsBefore
                = queryRows(project->database(), u"SELECT * FROM statement WHERE status <> 'auto' ORDER BY id"_s);
            QCOMPARE(userRowsBefore.size(), 3);
        }
        const ReextractionReport report = Reextractor(curated.path, extractorV2).run(Reextractor::Scope::All);
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));

        const std::unique_ptr<Project> project = open(curated.path);
        QCOMPARE(queryRows(project->database(), u"SELECT * FROM statement WHERE status <> 'auto' ORDER BY id"_s),
            userRowsBefore);
        QCOMPARE(status(*project, curated.beach), u"edited"_s);
        QCOMPARE(status(*project, curated.debated), u"rejected"_s);
        QCOMPARE(status(*project, curated.vote), u"manual"_s);

        const ArticleContent third = content(*project, u"r3"_s);
        QStringList texts;
        for (const Statement &statement : third.statements)
            texts.append(statement.text);
        QCOMPARE(texts, (QStringList { beach, money, vote }));
        QCOMPARE(statementWithText(third, beach)->kind, StatementKind::Mixed);
        QCOMPARE(third.summary.statementCount, 3);
        // The rejected statement is not brought back, and nothing overlapping the user's is added.
        const qint64 article = third.summary.id;
        QCOMPARE(Sql::scalar(project->database(), u"SELECT count(*) FROM statement WHERE article = ? AND text = ?"_s,
                     { article, debated })
                     .toInt(),
            1);
        QCOMPARE(Sql::scalar(project->database(), u"SELECT count(*) FROM statement WHERE article = ?"_s, { article })
                     .toInt(),
            4);
        const Csv statements = exportCsv(project->database(), Exporter::What::Statements);
        QVERIFY(!statements.column(u"text"_s).contains(debated));
        QVERIFY(!statements.column(u"text"_s).contains(u"ruin the beach"_s));
        QVERIFY(!statements.column(u"text"_s).contains(u"vote is due"_s));
    }

    // --- the curation of entities -----------------------------------------------------------------------------

    void renamedEntity_receivesTheMentionsOfItsOldName()
    {
        const QString path = makeProject({ r1, r2, r3 }, extractorV1);
        QVERIFY(!path.isEmpty());
        qint64 jonas = 0;
        {
            const std::unique_ptr<Project> project = open(path);
            jonas = project->findEntity(u"Jonas Brandt"_s, EntityType::Person);
            QVERIFY(project->renameEntity(jonas, u"Jonas Brandt-Meyer"_s));
        }
        QVERIFY(Reextractor(path, extractorV2).run(Reextractor::Scope::All).succeeded());
        const std::unique_ptr<Project> project = open(path);
        QCOMPARE(project->findEntity(u"Jonas Brandt"_s, EntityType::Person), 0);
        QCOMPARE(project->entity(jonas)->name, u"Jonas Brandt-Meyer"_s);
        QCOMPARE(project->entity(jonas)->mentionCount, 1);
        const ArticleContent second = content(*project, u"r2"_s);
        QCOMPARE(statementWithText(second, fares)->speakerEntity, jonas);
        QCOMPARE(statementWithText(second, fares)->speaker, u"Jonas Brandt-Meyer"_s);
        const auto mention = std::find_if(
            second.mentions.cbegin(), second.mentions.cend(), [&](const Mention &m) { return m.start == 0; });
        QVERIFY(mention != second.mentions.cend());
        QCOMPARE(mention->entity, jonas);
        QCOMPARE(entityCountMismatches(project->database()), QStringList());
    }

    void retypedEntity_keepsItsTypeAfterReextraction()
    {
        const QString path = makeProject({ r2 }, extractorV1);
        QVERIFY(!path.isEmpty());
        qint64 wire = 0;
        {
            const std::unique_ptr<Project> project = open(path);
            wire = project->findEntity(u"Northern Wire"_s, EntityType::Organisation);
            QVERIFY(project->setEntityType(wire, EntityType::Group));
        }
        QVERIFY(Reextractor(path, extractorV2).run(Reextractor::Scope::All).succeeded());
        const std::unique_ptr<Project> project = open(path);
        QCOMPARE(project->findEntity(u"Northern Wire"_s, EntityType::Organisation), 0);
        QCOMPARE(project->entity(wire)->type, EntityType::Group);
        QCOMPARE(project->entity(wire)->mentionCount, 1);
        QCOMPARE(entityCountMismatches(project->database()), QStringList());
    }

    void ignoredEntity_staysIgnored()
    {
        const QString path = makeProject({ r1, r2 }, extractorV1);
        QVERIFY(!path.isEmpty());
        qint64 wire = 0;
        {
            const std::unique_ptr<Project> project = open(path);
            wire = project->findEntity(u"Northern Wire"_s, EntityType::Organisation);
            QVERIFY(project->setEntityIgnored(wire, true));
        }
        QVERIFY(Reextractor(path, extractorV2).run(Reextractor::Scope::All).succeeded());
        const std::unique_ptr<Project> project = open(path);
        QCOMPARE(project->findEntity(u"Northern Wire"_s, EntityType::Organisation), wire);
        QVERIFY(project->entity(wire)->ignored);
        const ArticleContent second = content(*project, u"r2"_s);
        QVERIFY(std::none_of(
            second.mentions.cbegin(), second.mentions.cend(), [&](const Mention &m) { return m.entity == wire; }));
        QVERIFY(
            !exportCsv(project->database(), Exporter::What::Mentions).column(u"name"_s).contains(u"Northern Wire"_s));
        QCOMPARE(entityCountMismatches(project->database()), QStringList());
    }

    void mergedEntity_receivesTheMentionsAndQuotesOfTheOtherName()
    {
        const QString path = makeProject({ r1, r2 }, extractorV1);
        QVERIFY(!path.isEmpty());
        qint64 jonas = 0;
        {
            const std::unique_ptr<Project> project = open(path);
            jonas = project->findEntity(u"Jonas Brandt"_s, EntityType::Person);
            const qint64 brandt = project->findEntity(u"Brandt"_s, EntityType::Person);
            QVERIFY(brandt != 0);
            QVERIFY2(project->mergeEntities(brandt, jonas, nullptr), qPrintable(project->errorString()));
        }
        QVERIFY(Reextractor(path, extractorV2).run(Reextractor::Scope::All).succeeded());
        const std::unique_ptr<Project> project = open(path);
        QCOMPARE(project->findEntity(u"Brandt"_s, EntityType::Person), 0);
        QCOMPARE(project->entity(jonas)->mentionCount, 2);
        QCOMPARE(statementWithText(content(*project, u"r2"_s), boats)->speakerEntity, jonas);
        QCOMPARE(statementWithText(content(*project, u"r2"_s), boats)->speaker, u"Jonas Brandt"_s);
        QCOMPARE(entityCountMismatches(project->database()), QStringList());
    }

    void splitEntity_stillAppliesToItsArticle()
    {
        const QString path = makeProject({ r1, r2 }, extractorV1);
        QVERIFY(!path.isEmpty());
        qint64 anna = 0, other = 0;
        {
            const std::unique_ptr<Project> project = open(path);
            anna = project->findEntity(u"Anna Weber"_s, EntityType::Person);
            EntitySplit split;
            QVERIFY2(project->splitEntity(anna, project->findArticle(u"r2"_s), u"Anna Weber (ferry)"_s, &split),
                qPrintable(project->errorString()));
            other = split.into;
        }
        QVERIFY(Reextractor(path, extractorV2).run(Reextractor::Scope::All).succeeded());
        const std::unique_ptr<Project> project = open(path);
        for (const Mention &mention : content(*project, u"r2"_s).mentions) {
            if (mention.name.startsWith(u"Anna"_s))
                QCOMPARE(mention.entity, other);
        }
        const ArticleContent first = content(*project, u"r1"_s);
        QCOMPARE(std::count_if(first.mentions.cbegin(), first.mentions.cend(),
                     [&](const Mention &m) { return m.entity == anna; }),
            2);
        QCOMPARE(statementWithText(first, books)->speakerEntity, anna);
        QCOMPARE(project->entity(anna)->articleCount, 1);
        QCOMPARE(project->entity(other)->mentionCount, 1);
        QCOMPARE(project->findEntity(u"Anna Weber"_s, EntityType::Person), anna);
        QCOMPARE(entityCountMismatches(project->database()), QStringList());
    }

    void entityCounts_equalTheMentionTableAfterReextraction()
    {
        const Curated curated = makeCuratedProject();
        QVERIFY(!curated.path.isEmpty());
        {
            const std::unique_ptr<Project> project = open(curated.path);
            QVERIFY(project->setEntityIgnored(project->findEntity(u"Tallow Bay"_s, EntityType::Place), true));
            QVERIFY(project->renameEntity(project->findEntity(u"Piet Kamp"_s, EntityType::Person), u"Pieter Kamp"_s));
        }
        QVERIFY(Reextractor(curated.path, extractorV2).run(Reextractor::Scope::All).succeeded());
        QVERIFY(Reextractor(curated.path, extractorV1).run(Reextractor::Scope::Outdated).succeeded());
        const std::unique_ptr<Project> project = open(curated.path);
        QCOMPARE(entityCountMismatches(project->database()), QStringList());
        for (const EntitySummary &entity : project->entities()) {
            QCOMPARE(qint64(entity.mentionCount),
                Sql::scalar(project->database(), u"SELECT count(*) FROM mention WHERE entity = ?"_s, { entity.id })
                    .toLongLong());
        }
    }

    // --- nothing changes unless everything does ---------------------------------------------------------------

    void cancel_leavesTheProjectAsItWas_data()
    {
        QTest::addColumn<int>("cancelAfter");
        QTest::newRow("at once") << 0;
        QTest::newRow("after two articles were written") << 2;
    }
    void cancel_leavesTheProjectAsItWas()
    {
        QFETCH(int, cancelAfter);
        const Curated curated = makeCuratedProject();
        QVERIFY(!curated.path.isEmpty());
        QStringList before;
        {
            const std::unique_ptr<Project> project = open(curated.path);
            before = fullDump(project->database());
        }
        Reextractor reextractor(curated.path, extractorV2);
        int calls = 0;
        reextractor.setCancelCheck([&calls, cancelAfter] { return calls++ >= cancelAfter; });
        const ReextractionReport report = reextractor.run(Reextractor::Scope::All);
        QVERIFY(report.cancelled);
        QVERIFY(!report.succeeded());
        QCOMPARE(report.counts.articles, 0);
        QCOMPARE(report.summary(), u"Re-extraction was cancelled; nothing changed."_s);
        QVERIFY(calls > cancelAfter);

        const std::unique_ptr<Project> project = open(curated.path);
        const QStringList after = fullDump(project->database());
        QVERIFY2(after == before, qPrintable(dumpDifference(before, after)));
    }

    void writeError_isReportedAndChangesNothing_data()
    {
        // Each step of replacing an article's extraction, refused by the project: the reason must reach the report.
        QTest::addColumn<QString>("event");
        QTest::newRow("inserting a statement") << u"INSERT ON statement"_s;
        QTest::newRow("removing the old mentions") << u"DELETE ON mention"_s;
        QTest::newRow("recording the new version") << u"UPDATE ON article"_s;
    }
    void writeError_isReportedAndChangesNothing()
    {
        QFETCH(QString, event);
        const Curated curated = makeCuratedProject();
        QVERIFY(!curated.path.isEmpty());
        {
            // The re-extraction writes through a connection of its own; the trigger is in the file for it to meet.
            PlainDatabase plain(curated.path);
            QVERIFY2(plain.exec(u"CREATE TRIGGER test_statements_read_only BEFORE %1 "
                                u"BEGIN SELECT RAISE(ABORT, 'statements are read-only'); END"_s.arg(event)),
                qPrintable(plain.errorString()));
        }
        QStringList before;
        {
            const std::unique_ptr<Project> project = open(curated.path);
            before = fullDump(project->database());
        }
        const ReextractionReport report = Reextractor(curated.path, extractorV2).run(Reextractor::Scope::All);
        QVERIFY(!report.succeeded());
        QVERIFY(!report.cancelled);
        QVERIFY2(report.error.contains(u"statements are read-only"_s), qPrintable(report.error));
        QVERIFY2(
            report.summary().startsWith(u"Re-extraction failed and nothing changed: "_s), qPrintable(report.summary()));
        QCOMPARE(report.counts.articles, 0);
        QVERIFY(report.counts.detached.isEmpty());
        {
            const std::unique_ptr<Project> project = open(curated.path);
            const QStringList after = fullDump(project->database());
            QVERIFY2(after == before, qPrintable(dumpDifference(before, after)));
        }
        PlainDatabase plain(curated.path);
        QVERIFY(plain.exec(u"DROP TRIGGER test_statements_read_only"_s));
    }

    void writeError_onTheProjectsConnection_changesNothing()
    {
        const Curated curated = makeCuratedProject();
        QVERIFY(!curated.path.isEmpty());
        const std::unique_ptr<Project> project = open(curated.path);
        QSqlQuery query(project->database());
        for (const QString &table : { u"statement"_s, u"mention"_s }) {
            QVERIFY2(query.exec(u"CREATE TEMP TRIGGER test_%1_read_only BEFORE INSERT ON main.%1 "
                                u"BEGIN SELECT RAISE(ABORT, '%1s are read-only'); END"_s.arg(table)),
                qPrintable(query.lastError().text()));
        }
        const QStringList before = fullDump(project->database());

        QList<qint64> articles;
        for (const QString &id : { u"r1"_s, u"r2"_s, u"r3"_s })
            articles.append(project->findArticle(id));
        ReextractionCounts counts;
        QString error;
        QVERIFY(!Reextractor::reextractArticles(project->database(), articles, extractorV2, &counts, &error));
        QVERIFY2(error.contains(u"s are read-only"_s), qPrintable(error));
        const QStringList afterReextract = fullDump(project->database());
        QVERIFY2(afterReextract == before, qPrintable(dumpDifference(before, afterReextract)));

        // Adding a name re-extracts the articles that contain it, inside one transaction with the new entity.
        QVERIFY(!project->addEntity(u"harbour plan"_s, EntityType::Organisation, nullptr));
        QVERIFY2(project->errorString().contains(u"s are read-only"_s), qPrintable(project->errorString()));
        const QStringList afterAdd = fullDump(project->database());
        QVERIFY2(afterAdd == before, qPrintable(dumpDifference(before, afterAdd)));
        QVERIFY(query.exec(u"DROP TRIGGER temp.test_statement_read_only"_s));
        QVERIFY(query.exec(u"DROP TRIGGER temp.test_mention_read_only"_s));
    }

    // --- real data ----------------------------------------------------------------------------------------------

    void realData_seeds_annotationsStayAttachedBySpan()
    {
        VERBATIM_REQUIRE_SHARED_CORPUS(corpus);
        const QString path = m_dir.filePath(u"seeds/project.verbatim"_s);
        {
            QString error;
            QVERIFY2(Project::open(path, Project::OpenMode::CreateIfMissing, &error), qPrintable(error));
        }
        {
            const ProjectExtractor extractor(path);
            const ImportReport report = Importer(path, extractor).run({ corpus + u"/seeds"_s });
            QVERIFY2(report.succeeded() && report.articlesImported == 2, qPrintable(report.summary()));
        }
        QHash<qint64, std::pair<qsizetype, qsizetype>> spans; // annotation -> span of its statement
        {
            const std::unique_ptr<Project> project = open(path);
            const QStringList ids = queryRows(project->database(), u"SELECT id FROM article ORDER BY id"_s);
            QCOMPARE(ids.size(), 2);
            for (const QString &id : ids) {
                const ArticleContent read = project->articleContent(id.toLongLong()).value_or(ArticleContent());
                QVERIFY2(!read.statements.isEmpty(), qPrintable(read.summary.articleId));
                const Statement &statement = read.statements.first();
                Annotation annotation;
                annotation.article = read.summary.id;
                annotation.statement = statement.id;
                annotation.start = statement.start;
                annotation.end = statement.end;
                annotation.tagIds = { project->tags().first().id };
                QVERIFY(project->insertAnnotation(&annotation));
                spans.insert(annotation.id, { statement.start, statement.end });
            }
        }
        const ProjectExtractor extractor(path);
        const ReextractionReport report = Reextractor(path, extractor).run(Reextractor::Scope::All);
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QCOMPARE(report.counts.articles, 2);
        QCOMPARE(report.counts.reattachedBySpan, 2);
        QCOMPARE(report.counts.detached.size(), 0);
        const std::unique_ptr<Project> project = open(path);
        for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
            const std::optional<Annotation> annotation = project->annotation(it.key());
            QVERIFY(annotation && annotation->statement != 0);
            const ArticleContent read = project->articleContent(annotation->article).value_or(ArticleContent());
            const auto statement = std::find_if(read.statements.cbegin(), read.statements.cend(),
                [&](const Statement &s) { return s.id == annotation->statement; });
            QVERIFY(statement != read.statements.cend());
            QCOMPARE(std::pair(statement->start, statement->end), it.value());
        }
    }

    // --- the command line ---------------------------------------------------------------------------------------

    void commandLine_reextractsOutdatedOrAllArticles()
    {
        const QString folder = m_dir.filePath(u"cli"_s);
        const QString input = folder + u"/articles.jsonl"_s;
        QVERIFY(writeFile(input,
            QByteArrayLiteral(
                "{\"id\": \"k1\", \"date\": \"2024-08-01\", \"title\": \"Quay repairs\", \"text\": \"The quay at "
                "Tallow Bay "
                "will be repaired in September.\\n\\n\\\"The stones are loose,\\\" said harbour master Ida "
                "Pellworm.\"}\n"
                "{\"id\": \"k2\", \"date\": \"2024-08-02\", \"title\": \"Market day\", \"text\": \"The Saturday market "
                "moves to the square.\\n\\n\\\"There is more shade there,\\\" said trader Olaf Brink.\"}\n")));
        const QString project = folder + u"/project.verbatim"_s;
        const RunResult imported = run({ u"import"_s, u"--project"_s, project, input });
        QCOMPARE(imported.exitCode, 0);

        RunResult result = run({ u"reextract"_s, u"--project"_s, project });
        QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.errText()));
        QVERIFY2(result.outText().startsWith(u"Re-extracted 0 articles in "_s), qPrintable(result.outText()));
        {
            PlainDatabase plain(project);
            QVERIFY(plain.exec(u"UPDATE article SET extraction_version = 0 WHERE article_id = 'k2'"_s));
        }
        qint64 statementsOfK2 = 0, statements = 0;
        {
            PlainDatabase plain(project);
            statementsOfK2 = Sql::scalar(plain.db(), u"SELECT statement_count FROM article WHERE article_id = 'k2'"_s)
                                 .toLongLong();
            statements = Sql::scalar(plain.db(), u"SELECT count(*) FROM statement"_s).toLongLong();
        }
        static const QRegularExpression statementCounts(u": (\\d+) statements? \\(was (\\d+)\\)\\.\n$"_s);
        result = run({ u"reextract"_s, u"--project"_s, project });
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        QVERIFY2(result.outText().startsWith(u"Re-extracted 1 article in "_s), qPrintable(result.outText()));
        QRegularExpressionMatch match = statementCounts.match(result.outText());
        QVERIFY2(match.hasMatch(), qPrintable(result.outText()));
        QCOMPARE(match.captured(1).toLongLong(), statementsOfK2);
        QCOMPARE(match.captured(2).toLongLong(), statementsOfK2);

        result = run({ u"reextract"_s, u"--project"_s, project, u"--all"_s, u"--timing"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        QVERIFY2(result.outText().startsWith(u"Re-extracted 2 articles in "_s), qPrintable(result.outText()));
        match = statementCounts.match(result.outText());
        QVERIFY2(match.hasMatch(), qPrintable(result.outText()));
        QCOMPARE(match.captured(1).toLongLong(), statements);
        QCOMPARE(match.captured(2).toLongLong(), statements);
        QVERIFY2(!result.errText().isEmpty(), "--timing printed nothing on standard error");
    }

    void commandLine_missingProject_failsWithAMessage()
    {
        const QString missing = m_dir.filePath(u"nowhere/missing.verbatim"_s);
        const RunResult result = run({ u"reextract"_s, u"--project"_s, missing });
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.errText().startsWith(u"verbatim: "_s) && result.errText().contains(u"does not exist"_s),
            qPrintable(result.errText()));
        QCOMPARE(result.outText(), QString());
        QVERIFY(!QFileInfo::exists(missing));

        const RunResult noProject = run({ u"reextract"_s });
        QCOMPARE(noProject.exitCode, 1);
        QVERIFY2(noProject.errText().contains(u"--project"_s), qPrintable(noProject.errText()));
    }

    void commandLine_extractionVersionIsTheSameInEveryProcess()
    {
        const QString folder = m_dir.filePath(u"versions"_s);
        const QString input = folder + u"/one.jsonl"_s;
        QVERIFY(writeFile(input,
            QByteArrayLiteral("{\"id\": \"v1\", \"date\": \"2024-08-03\", \"title\": \"Lighthouse\", \"text\": "
                              "\"The lighthouse reopens on Sunday, said keeper Runa Halvorsen.\"}\n")));
        QStringList versions;
        for (const QString &name : { u"first"_s, u"second"_s }) {
            const QString project = folder + u"/"_s + name + u".verbatim"_s;
            const RunResult result = run({ u"import"_s, u"--project"_s, project, input });
            QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
            PlainDatabase plain(project);
            versions += queryRows(plain.db(), u"SELECT extraction_version FROM article"_s);
        }
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0], versions[1]);
        // And the same as this process's extractor, so that a project imported by the command line is up to date
        // in the window.
        QCOMPARE(versions[0], QString::number(ProjectExtractor(folder + u"/first.verbatim"_s).version()));
    }

    // --- an older project ---------------------------------------------------------------------------------------

    void version1Project_opensWithEntityCountsAndCanBeCurated()
    {
        const QString path = m_dir.filePath(u"old/old.verbatim"_s);
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            const QByteArray script = readAll(testDataPath(u"project-v1.sql"_s));
            QVERIFY(!script.isEmpty());
            PlainDatabase older(path);
            QVERIFY2(older.execScript(QString::fromUtf8(script)), qPrintable(older.errorString()));
        }
        std::unique_ptr<Project> project = open(path);
        QVERIFY(project);
        QCOMPARE(Sql::scalar(project->database(), u"PRAGMA user_version"_s).toInt(), Schema::currentVersion);
        QCOMPARE(Schema::currentVersion, 3);
        QCOMPARE(entityCountMismatches(project->database()), QStringList());
        QCOMPARE(queryRows(project->database(),
                     u"SELECT name, mention_count, article_count, origin, ignored FROM entity ORDER BY id"_s),
            (QStringList { u"Maren Holt|1|1|auto|0"_s, u"Eastwick|1|1|auto|0"_s }));
        QCOMPARE(queryRows(project->database(), u"SELECT DISTINCT status FROM statement"_s), QStringList { u"auto"_s });
        QCOMPARE(project->entities().size(), 2);

        // Curated: renamed, and re-extracted by an extractor that still says "Maren Holt".
        QVERIFY(project->renameEntity(1, u"Maren Holt-Berg"_s));
        QCOMPARE(project->articleContent(7)->statements.first().speaker, u"Maren Holt-Berg"_s);
        QVERIFY(project->setEntityIgnored(2, true));
        project.reset();

        const QString quote = u"We finally have boats that leave when people need them"_s;
        const ScriptedExtractor extractor(2, [quote](QStringView text, QDate) {
            return scriptedExtraction(text,
                { { u"Maren Holt"_s, EntityType::Person, {} }, { u"Eastwick"_s, EntityType::Place, {} } },
                { { quote, u"Maren Holt"_s, u"Maren Holt"_s, StatementKind::Direct } });
        });
        const ReextractionReport report = Reextractor(path, extractor).run(Reextractor::Scope::Outdated);
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QCOMPARE(report.counts.articles, 1);
        QCOMPARE(report.counts.reattachedBySpan, 1); // code points in the file, UTF-16 in the extractor: the same span
        project = open(path);
        const ArticleContent read = *project->articleContent(7);
        QCOMPARE(read.statements.size(), 1);
        QCOMPARE(read.statements.first().speaker, u"Maren Holt-Berg"_s);
        QCOMPARE(read.statements.first().speakerEntity, 1);
        QCOMPARE(project->annotation(11)->statement, read.statements.first().id);
        QCOMPARE(project->annotation(11)->note, u"Clear endorsement; check the council minutes."_s);
        QVERIFY(
            std::none_of(read.mentions.cbegin(), read.mentions.cend(), [](const Mention &m) { return m.entity == 2; }));
        QCOMPARE(queryRows(project->database(), u"SELECT id, name FROM entity ORDER BY id"_s),
            (QStringList { u"1|Maren Holt-Berg"_s, u"2|Eastwick"_s }));
        QCOMPARE(entityCountMismatches(project->database()), QStringList());
    }
};

QTEST_MAIN(ReextractionTest)
#include "reextraction_test.moc"
