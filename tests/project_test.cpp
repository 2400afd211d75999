#include "store/articlewriter.h"
#include "store/project.h"
#include "store/projectfile.h"
#include "store/schema.h"
#include "store/sql.h"

#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Verbatim;
using namespace Qt::StringLiterals;
using VerbatimTest::PlainDatabase;

namespace {

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QVariant pragma(const Project &project, const char *name)
{
    return Sql::scalar(project.database(), u"PRAGMA "_s + QLatin1StringView(name));
}

ExtractedStatement statementOn(const QString &text, const QString &said, const QString &speaker)
{
    ExtractedStatement statement;
    statement.start = text.indexOf(said);
    statement.end = statement.start + said.size();
    statement.speaker = speaker;
    const qsizetype speakerAt = speaker.isEmpty() ? -1 : text.indexOf(speaker);
    if (speakerAt >= 0) {
        statement.speakerStart = speakerAt;
        statement.speakerEnd = speakerAt + speaker.size();
    }
    statement.cue = u"said"_s;
    return statement;
}

/// Adds one article through ArticleWriter (as an import does) and returns its row id, or 0.
qint64 addArticle(Project &project, const Article &article, const Extraction &extraction = {})
{
    ArticleWriter writer(project.filePath());
    if (!writer.isOpen() || !writer.begin())
        return 0;
    if (writer.insert(article, extraction, 1) != ArticleWriter::Outcome::Inserted || !writer.commit())
        return 0;
    project.notifyArticlesChanged();
    return project.findArticle(article.articleId);
}

Article makeArticle(const QString &id, const QString &text)
{
    Article article;
    article.articleId = id;
    article.date = QDate(2024, 5, 14);
    article.title = text.section(u'.', 0, 0);
    article.source = u"Test Gazette"_s;
    article.text = text;
    article.origin = u"generated"_s;
    return article;
}

const QString riverText = u"The river authority of Norhaven closed the east lock on Monday. "
                          u"\u201CThe repairs cannot wait another winter,\u201D said director Ida Brandt. "
                          u"Barge owners called the decision hasty. "
                          u"\u201CWe were told nothing,\u201D said skipper Tomas Ek."_s;

Extraction riverExtraction()
{
    Extraction extraction;
    extraction.statements.append(statementOn(riverText, u"The repairs cannot wait another winter,"_s, u"Ida Brandt"_s));
    extraction.statements.append(statementOn(riverText, u"We were told nothing,"_s, u"Tomas Ek"_s));
    return extraction;
}

QSet<qint64> toSet(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

void compareTags(const QList<Tag> &actual, const QList<Tag> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].id, expected[i].id);
        QCOMPARE(actual[i].name, expected[i].name);
        QCOMPARE(actual[i].colour, expected[i].colour);
        QCOMPARE(actual[i].description, expected[i].description);
        QCOMPARE(actual[i].position, expected[i].position);
    }
}

void compareAnnotation(const Annotation &actual, const Annotation &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.article, expected.article);
    QCOMPARE(actual.statement, expected.statement);
    QCOMPARE(actual.start, expected.start);
    QCOMPARE(actual.end, expected.end);
    QCOMPARE(actual.text, expected.text);
    QCOMPARE(actual.note, expected.note);
    QCOMPARE(toSet(actual.tagIds), toSet(expected.tagIds));
    QCOMPARE(actual.created, expected.created);
    QCOMPARE(actual.modified, expected.modified);
}

} // namespace

class ProjectTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        VerbatimTest::enableTestMode();
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s));
    }

    void create_newProject_hasSchemaPragmas()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const auto project = Project::open(dir.filePath(u"new.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(pragma(*project, "user_version").toInt(), Schema::currentVersion);
        QCOMPARE(pragma(*project, "application_id").toInt(), Schema::applicationId);
        QCOMPARE(pragma(*project, "journal_mode").toString().toLower(), u"wal"_s);
        QCOMPARE(pragma(*project, "foreign_keys").toInt(), 1);
        QCOMPARE(project->filePath(), QFileInfo(dir.filePath(u"new.verbatim"_s)).absoluteFilePath());
        const ProjectCounts counts = project->counts();
        QCOMPARE(counts.articles, 0);
        QCOMPARE(counts.annotations, 0);
    }

    void create_newProject_hasStarterCodebook()
    {
        QTemporaryDir dir;
        QString error;
        const auto project = Project::open(dir.filePath(u"new.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        const QList<Tag> tags = project->tags();
        QCOMPARE(tags.size(), 5);
        QCOMPARE(project->counts().tags, 5);
        QSet<QString> names;
        for (qsizetype i = 0; i < tags.size(); ++i) {
            QVERIFY(tags[i].id > 0);
            QVERIFY(!tags[i].name.trimmed().isEmpty());
            QVERIFY2(tags[i].colour.isValid(), qPrintable(tags[i].name));
            QCOMPARE(tags[i].position, int(i));
            names.insert(tags[i].name.toLower());
        }
        QCOMPARE(names.size(), 5);
        QVERIFY(names.contains(u"threat"_s));
    }

    void open_refusedFile_unchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedPhrase");
        QTest::newRow("text file") << u"text"_s << u"not a Verbatim project"_s;
        QTest::newRow("other program's database") << u"foreign"_s << u"belongs to another program"_s;
        QTest::newRow("other program's database, write-ahead log")
            << u"foreign-wal"_s << u"belongs to another program"_s;
        QTest::newRow("newer project, rollback journal") << u"newer-rollback"_s << u"newer version of Verbatim"_s;
        // Every Verbatim project is in WAL mode, so this is what a project from a newer Verbatim looks like.
        QTest::newRow("newer project, write-ahead log") << u"newer-wal"_s << u"newer version of Verbatim"_s;
    }
    void open_refusedFile_unchanged()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expectedPhrase);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"subject.verbatim"_s);

        if (kind == u"text") {
            QVERIFY(VerbatimTest::writeFile(path, "Minutes of the allotment society, 12 May.\nNothing to report.\n"));
        } else if (kind.startsWith(u"foreign")) {
            PlainDatabase other(path);
            QVERIFY2(other.errorString().isEmpty(), qPrintable(other.errorString()));
            if (kind == u"foreign-wal")
                QVERIFY2(other.exec(u"PRAGMA journal_mode=WAL"_s), qPrintable(other.errorString()));
            QVERIFY2(other.exec(u"CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT, minutes INTEGER)"_s),
                qPrintable(other.errorString()));
            QVERIFY2(other.exec(u"INSERT INTO recipe (name, minutes) VALUES ('Barley soup', 40), ('Rye bread', 180)"_s),
                qPrintable(other.errorString()));
        } else {
            {
                QString error;
                const auto project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
                QVERIFY2(project, qPrintable(error));
            }
            PlainDatabase older(path);
            QVERIFY2(older.errorString().isEmpty(), qPrintable(older.errorString()));
            if (kind == u"newer-rollback")
                QVERIFY2(older.exec(u"PRAGMA journal_mode=DELETE"_s), qPrintable(older.errorString()));
            QVERIFY2(older.exec(u"PRAGMA user_version=%1"_s.arg(Schema::currentVersion + 1)),
                qPrintable(older.errorString()));
        }
        // Precondition: the subject is one file with nothing beside it.
        QCOMPARE(filesIn(dir.path()), QStringList { u"subject.verbatim"_s });

        const QDateTime longAgo(QDate(2001, 1, 1), QTime(12, 0), QTimeZone::UTC);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(longAgo, QFileDevice::FileModificationTime));
        }
        const QByteArray bytes = VerbatimTest::readAll(path);
        QVERIFY(!bytes.isEmpty());

        for (const Project::OpenMode mode : { Project::OpenMode::OpenExisting, Project::OpenMode::CreateIfMissing }) {
            QString error;
            const auto project = Project::open(path, mode, &error);
            QVERIFY(!project);
            QVERIFY2(error.contains(expectedPhrase), qPrintable(error));
            QVERIFY2(error.contains(QFileInfo(path).absoluteFilePath()), qPrintable(error));
            QVERIFY2(VerbatimTest::readAll(path) == bytes, "the refused file was modified");
            QCOMPARE(QFileInfo(path).lastModified(QTimeZone::UTC), longAgo);
            const QStringList after = filesIn(dir.path());
            QVERIFY2(after == QStringList { u"subject.verbatim"_s },
                qPrintable(u"files left beside the refused file: "_s + after.join(u", "_s)));
        }
    }

    void open_folder_refused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"folder.verbatim"_s);
        QVERIFY(QDir().mkpath(path));
        QString error;
        const auto project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
        QVERIFY(!project);
        QVERIFY2(error.contains(u"not a Verbatim project"_s), qPrintable(error));
        QVERIFY(QDir(path).isEmpty());
    }

    void open_emptyFile_withOpenExisting_isRefusedAndLeftEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.verbatim"_s);
        QVERIFY(VerbatimTest::writeFile(path, QByteArray()));
        QString error;
        QVERIFY(!Project::open(path, Project::OpenMode::OpenExisting, &error));
        QVERIFY2(error.contains(u"is empty"_s), qPrintable(error));
        QCOMPARE(QFileInfo(path).size(), 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"empty.verbatim"_s});
    }

    void open_emptyFile_withCreateIfMissing_becomesProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.verbatim"_s);
        QVERIFY(VerbatimTest::writeFile(path, QByteArray()));
        QString error;
        const auto project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(pragma(*project, "user_version").toInt(), Schema::currentVersion);
        QCOMPARE(pragma(*project, "application_id").toInt(), Schema::applicationId);
        QCOMPARE(project->tags().size(), 5);
    }

    void open_missingWithOpenExisting_failsAndCreatesNothing_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::newRow("in an existing folder") << u"missing.verbatim"_s;
        QTest::newRow("in a missing folder") << u"not/there/missing.verbatim"_s;
    }
    void open_missingWithOpenExisting_failsAndCreatesNothing()
    {
        QFETCH(QString, relativePath);
        QTemporaryDir dir;
        const QString path = dir.filePath(relativePath);
        QString error;
        const auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
        QVERIFY(!project);
        QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void open_missingWithCreateIfMissing_createsFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a/b/new.verbatim"_s);
        QString error;
        const auto project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        QVERIFY(QFileInfo(path).isFile());
    }

    void open_version1Fixture_dataSurvives()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.verbatim"_s);
        {
            const QByteArray script = VerbatimTest::readAll(VerbatimTest::testDataPath(u"project-v1.sql"_s));
            QVERIFY(!script.isEmpty());
            PlainDatabase older(path);
            QVERIFY2(older.execScript(QString::fromUtf8(script)), qPrintable(older.errorString()));
        }

        QString error;
        const auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(pragma(*project, "user_version").toInt(), Schema::currentVersion);
        QCOMPARE(pragma(*project, "application_id").toInt(), Schema::applicationId);
        QCOMPARE(pragma(*project, "foreign_keys").toInt(), 1);

        // A copy of the old format is kept exactly when the file had to be migrated.
        const QString backup = path + u".format1.bak"_s;
        QCOMPARE(QFileInfo::exists(backup), Schema::currentVersion > 1);
        if (Schema::currentVersion > 1) {
            PlainDatabase copy(backup);
            QCOMPARE(Sql::scalar(copy.db(), u"PRAGMA user_version"_s).toInt(), 1);
            QCOMPARE(Sql::scalar(copy.db(), u"SELECT count(*) FROM annotation_tag"_s).toInt(), 3);
        } else {
            QCOMPARE(filesIn(dir.path()).filter(u".bak"_s), QStringList());
        }

        const QString text
            = u"The harbour council of Eastwick approved a new ferry timetable on Tuesday \U0001F6A2 after months of "
              u"complaints.\n\n"
              u"\u201CWe finally have boats that leave when people need them,\u201D said councillor Maren Holt.\n\n"
              u"The first crossings start at six in the morning."_s;
        const QString quote = u"We finally have boats that leave when people need them"_s;
        const qsizetype quoteStart = text.indexOf(quote);
        QCOMPARE(quoteStart, 107); // code point 106 + the emoji's second UTF-16 unit

        const ProjectCounts counts = project->counts();
        QCOMPARE(counts.articles, 1);
        QCOMPARE(counts.statements, 1);
        QCOMPARE(counts.entities, 2);
        QCOMPARE(counts.mentions, 2);
        QCOMPARE(counts.tags, 2);
        QCOMPARE(counts.annotations, 2);
        QCOMPARE(project->findArticle(u"eastwick-ferry-0001"_s), 7);

        const std::optional<ArticleContent> content = project->articleContent(7);
        QVERIFY(content);
        QCOMPARE(content->text, text);
        QCOMPARE(content->summary.title, u"Harbour council approves new ferry timetable"_s);
        QCOMPARE(content->summary.source, u"Lakeside Courier"_s);
        QCOMPARE(content->summary.date, QDate(2024, 3, 5));
        QCOMPARE(content->summary.statementCount, 1);
        QCOMPARE(content->summary.tagCount, 3);
        QCOMPARE(content->url, u"https://courier.example/eastwick-ferry"_s);
        QCOMPARE(content->origin, u"feeds/lakeside.jsonl:3"_s);

        QCOMPARE(content->statements.size(), 1);
        const Statement &statement = content->statements.constFirst();
        QCOMPARE(statement.id, 3);
        QCOMPARE(statement.kind, StatementKind::Direct);
        QCOMPARE(statement.start, quoteStart);
        QCOMPARE(statement.end, quoteStart + quote.size());
        QCOMPARE(statement.text, quote);
        QCOMPARE(statement.speaker, u"Maren Holt"_s);
        QCOMPARE(text.mid(statement.speakerStart, statement.speakerEnd - statement.speakerStart), u"Maren Holt"_s);
        QCOMPARE(statement.cue, u"said"_s);

        QCOMPARE(content->mentions.size(), 2);
        QCOMPARE(
            text.mid(content->mentions[0].start, content->mentions[0].end - content->mentions[0].start), u"Eastwick"_s);
        QCOMPARE(text.mid(content->mentions[1].start, content->mentions[1].end - content->mentions[1].start),
            u"Maren Holt"_s);

        const QList<Tag> tags = project->tags();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags[0].id, 1);
        QCOMPARE(tags[0].name, u"Praise"_s);
        QCOMPARE(tags[0].colour, QColor(u"#2ca02c"_s));
        QCOMPARE(tags[0].description, u"Speaks well of a decision"_s);
        QCOMPARE(tags[1].name, u"Local politics"_s);

        QCOMPARE(content->annotations.size(), 2);
        const Annotation &span = content->annotations[0]; // ordered by start
        QCOMPARE(span.id, 12);
        QCOMPARE(span.statement, 0);
        QCOMPARE(text.mid(span.start, span.end - span.start), u"new ferry timetable"_s);
        QCOMPARE(span.text, u"new ferry timetable"_s);
        QCOMPARE(span.tagIds, QList<qint64> { 2 });
        const Annotation &onStatement = content->annotations[1];
        QCOMPARE(onStatement.id, 11);
        QCOMPARE(onStatement.statement, 3);
        QCOMPARE(onStatement.start, quoteStart);
        QCOMPARE(onStatement.end, quoteStart + quote.size());
        QCOMPARE(onStatement.note, u"Clear endorsement; check the council minutes."_s);
        QCOMPARE(onStatement.tagIds, (QList<qint64> { 1, 2 }));
        QCOMPARE(onStatement.created, QDateTime(QDate(2024, 3, 6), QTime(10, 15, 0, 250), QTimeZone::UTC));
        QCOMPARE(onStatement.modified, QDateTime(QDate(2024, 3, 7), QTime(8, 0), QTimeZone::UTC));
        const std::optional<Annotation> viaStatement = project->annotationForStatement(3);
        QVERIFY(viaStatement);
        compareAnnotation(*viaStatement, onStatement);

        // The full-text index and the duplicate key still work.
        QCOMPARE(Sql::scalar(project->database(), u"SELECT rowid FROM article_fts WHERE article_fts MATCH 'ferry'"_s)
                     .toLongLong(),
            7);
        Article again = makeArticle(u"another-id"_s, text);
        ArticleWriter writer(path);
        QVERIFY2(writer.isOpen() && writer.begin(), qPrintable(writer.errorString()));
        QCOMPARE(writer.insert(again, {}, 1), ArticleWriter::Outcome::Duplicate);
        writer.rollback();

        // And the migrated project can be edited.
        Annotation added;
        added.article = 7;
        added.start = text.indexOf(u"six in the morning"_s);
        added.end = added.start + 18;
        added.tagIds = { 1 };
        QVERIFY2(project->insertAnnotation(&added), qPrintable(project->errorString()));
        QCOMPARE(project->articleSummary(7)->tagCount, 4);
    }

    void reopen_tagsAndAnnotations_survive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keep.verbatim"_s);
        QList<Tag> tagsBefore;
        QList<Annotation> inserted;
        std::optional<ArticleContent> contentBefore;
        qint64 article = 0;
        {
            QString error;
            auto project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
            QVERIFY2(project, qPrintable(error));
            article = addArticle(*project, makeArticle(u"river-1"_s, riverText), riverExtraction());
            QVERIFY(article > 0);
            const std::optional<ArticleContent> content = project->articleContent(article);
            QVERIFY(content);
            QCOMPARE(content->statements.size(), 2);

            Tag denial;
            denial.name = u"Denial"_s;
            denial.colour = QColor(u"#112233"_s);
            denial.description = u"Rejects a claim"_s;
            QVERIFY2(project->insertTag(&denial), qPrintable(project->errorString()));
            Tag urgency;
            urgency.name = u"Urgency"_s;
            urgency.colour = QColor(u"#aa0000"_s);
            QVERIFY2(project->insertTag(&urgency), qPrintable(project->errorString()));
            const qint64 threat = project->tags().constFirst().id;

            Annotation onStatement;
            onStatement.article = article;
            onStatement.statement = content->statements[0].id;
            onStatement.start = content->statements[0].start;
            onStatement.end = content->statements[0].end;
            onStatement.tagIds = { urgency.id, threat };
            onStatement.note = u"Says the same in the spring report."_s;
            QVERIFY2(project->insertAnnotation(&onStatement), qPrintable(project->errorString()));

            Annotation span;
            span.article = article;
            span.start = riverText.indexOf(u"called the decision hasty"_s);
            span.end = span.start + 25;
            span.tagIds = { denial.id };
            QVERIFY2(project->insertAnnotation(&span), qPrintable(project->errorString()));

            Annotation noteOnly;
            noteOnly.article = article;
            noteOnly.statement = content->statements[1].id;
            noteOnly.start = content->statements[1].start;
            noteOnly.end = content->statements[1].end;
            noteOnly.note = u"Ask the harbour office whether notices went out."_s;
            noteOnly.created = QDateTime(QDate(2023, 11, 2), QTime(9, 30, 15, 500), QTimeZone::UTC);
            noteOnly.modified = QDateTime(QDate(2023, 11, 3), QTime(10, 0), QTimeZone::UTC);
            QVERIFY2(project->insertAnnotation(&noteOnly), qPrintable(project->errorString()));

            // An edit after the insert: its modification time must survive too.
            span.note = u"Owners, not crews."_s;
            span.tagIds.append(threat);
            QVERIFY2(project->updateAnnotation(span), qPrintable(project->errorString()));
            const std::optional<Annotation> updated = project->annotation(span.id);
            QVERIFY(updated);
            QCOMPARE(updated->note, u"Owners, not crews."_s);
            QCOMPARE(updated->created, span.created);
            QVERIFY(updated->modified >= span.created);
            span = *updated;

            inserted = { onStatement, span, noteOnly };
            tagsBefore = project->tags();
            QCOMPARE(tagsBefore.size(), 7);
            contentBefore = project->articleContent(article);
            QVERIFY(contentBefore);
            QCOMPARE(contentBefore->summary.tagCount, 4);
        }

        QString error;
        const auto project = Project::open(path, Project::OpenMode::OpenExisting, &error);
        QVERIFY2(project, qPrintable(error));
        compareTags(project->tags(), tagsBefore);
        if (QTest::currentTestFailed())
            return;
        const std::optional<ArticleContent> content = project->articleContent(article);
        QVERIFY(content);
        QCOMPARE(content->summary.tagCount, 4);
        QCOMPARE(content->annotations.size(), 3);
        for (const Annotation &expected : std::as_const(inserted)) {
            const std::optional<Annotation> found = project->annotation(expected.id);
            QVERIFY2(found, qPrintable(u"annotation %1 is gone"_s.arg(expected.id)));
            compareAnnotation(*found, expected);
            if (QTest::currentTestFailed())
                return;
            const auto inContent = std::find_if(content->annotations.cbegin(), content->annotations.cend(),
                [&](const Annotation &a) { return a.id == expected.id; });
            QVERIFY(inContent != content->annotations.cend());
            compareAnnotation(*inContent, expected);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(inserted[1].text, u"called the decision hasty"_s);
        QCOMPARE(inserted[0].text, contentBefore->statements[0].text);
    }

    void close_foldsWriteAheadLogIntoTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"one-file.verbatim"_s);
        {
            QString error;
            const auto project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
            QVERIFY2(project, qPrintable(error));
            QVERIFY(addArticle(*project, makeArticle(u"river-1"_s, riverText), riverExtraction()) > 0);
            Tag tag;
            tag.name = u"Logistics"_s;
            QVERIFY(project->insertTag(&tag));
        }
        QCOMPARE(filesIn(dir.path()), QStringList { u"one-file.verbatim"_s });
        // Everything is in the main file: a plain read-only copy sees it.
        const QString copyPath = dir.filePath(u"copy.sqlite"_s);
        QVERIFY(QFile::copy(path, copyPath));
        PlainDatabase copy(copyPath);
        QCOMPARE(Sql::scalar(copy.db(), u"SELECT count(*) FROM tag WHERE name = 'Logistics'"_s).toInt(), 1);
        QCOMPARE(Sql::scalar(copy.db(), u"SELECT count(*) FROM statement"_s).toInt(), 2);
    }

    void insertAnnotation_fillsTextAndTimes()
    {
        QTemporaryDir dir;
        QString error;
        const auto project = Project::open(dir.filePath(u"p.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        const qint64 article = addArticle(*project, makeArticle(u"river-1"_s, riverText), riverExtraction());
        QVERIFY(article > 0);
        QSignalSpy changed(project.get(), &Project::annotationsChanged);

        Annotation annotation;
        annotation.article = article;
        annotation.start = riverText.indexOf(u"east lock"_s);
        annotation.end = annotation.start + 9;
        annotation.text = u"something else entirely"_s;
        annotation.tagIds = { project->tags().constFirst().id };
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QVERIFY2(project->insertAnnotation(&annotation), qPrintable(project->errorString()));
        QVERIFY(annotation.id > 0);
        QCOMPARE(annotation.text, u"east lock"_s);
        QVERIFY(annotation.created >= before);
        QCOMPARE(annotation.modified, annotation.created);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().toLongLong(), article);
        QCOMPARE(project->annotation(annotation.id)->text, u"east lock"_s);
        QCOMPARE(Sql::scalar(project->database(), u"SELECT text FROM annotation WHERE id = ?"_s, { annotation.id })
                     .toString(),
            u"east lock"_s);
        QCOMPARE(project->articleSummary(article)->tagCount, 1);
    }

    void insertAnnotation_spanOutsideArticle_refused_data()
    {
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");
        const qsizetype size = riverText.size();
        QTest::newRow("negative start") << qsizetype(-1) << qsizetype(4);
        QTest::newRow("end before start") << qsizetype(10) << qsizetype(5);
        QTest::newRow("end past the text") << qsizetype(5) << size + 1;
        QTest::newRow("wholly past the text") << size + 3 << size + 8;
    }
    void insertAnnotation_spanOutsideArticle_refused()
    {
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        QTemporaryDir dir;
        QString error;
        const auto project = Project::open(dir.filePath(u"p.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        const qint64 article = addArticle(*project, makeArticle(u"river-1"_s, riverText));
        QVERIFY(article > 0);
        QSignalSpy changed(project.get(), &Project::annotationsChanged);

        Annotation annotation;
        annotation.article = article;
        annotation.start = start;
        annotation.end = end;
        annotation.tagIds = { project->tags().constFirst().id };
        QVERIFY(!project->insertAnnotation(&annotation));
        QVERIFY2(project->errorString().contains(u"outside the article"_s), qPrintable(project->errorString()));
        QCOMPARE(annotation.id, 0);
        QCOMPARE(project->counts().annotations, 0);
        QCOMPARE(project->articleSummary(article)->tagCount, 0);
        QCOMPARE(changed.count(), 0);
    }

    void insertAnnotation_missingArticle_refused()
    {
        QTemporaryDir dir;
        QString error;
        const auto project = Project::open(dir.filePath(u"p.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        Annotation annotation;
        annotation.article = 4242;
        annotation.start = 0;
        annotation.end = 3;
        annotation.note = u"orphan"_s;
        QVERIFY(!project->insertAnnotation(&annotation));
        QVERIFY2(project->errorString().contains(u"no longer in the project"_s), qPrintable(project->errorString()));
        QCOMPARE(project->counts().annotations, 0);
    }

    void updateAnnotation_replacesTagsAndNote_andRecountsTags()
    {
        QTemporaryDir dir;
        QString error;
        const auto project = Project::open(dir.filePath(u"p.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        const qint64 article = addArticle(*project, makeArticle(u"river-1"_s, riverText), riverExtraction());
        const QList<Tag> tags = project->tags();
        const Statement statement = project->articleContent(article)->statements.constFirst();

        Annotation annotation;
        annotation.article = article;
        annotation.statement = statement.id;
        annotation.start = statement.start;
        annotation.end = statement.end;
        annotation.tagIds = { tags[0].id };
        annotation.created = QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::UTC);
        QVERIFY(project->insertAnnotation(&annotation));
        QCOMPARE(project->articleSummary(article)->tagCount, 1);

        annotation.tagIds = { tags[1].id, tags[2].id, tags[3].id };
        annotation.note = u"Three tags now."_s;
        QSignalSpy changed(project.get(), &Project::annotationsChanged);
        QVERIFY2(project->updateAnnotation(annotation), qPrintable(project->errorString()));
        QCOMPARE(changed.count(), 1);
        const std::optional<Annotation> stored = project->annotation(annotation.id);
        QVERIFY(stored);
        QCOMPARE(toSet(stored->tagIds), toSet(annotation.tagIds));
        QCOMPARE(stored->note, u"Three tags now."_s);
        QCOMPARE(stored->created, annotation.created);
        QVERIFY(stored->modified > annotation.created);
        QCOMPARE(project->articleSummary(article)->tagCount, 3);

        annotation.tagIds.clear();
        QVERIFY(project->updateAnnotation(annotation));
        QCOMPARE(project->articleSummary(article)->tagCount, 0);
        QVERIFY(project->annotation(annotation.id)->tagIds.isEmpty());

        QVERIFY(project->deleteAnnotation(annotation.id));
        QVERIFY(!project->annotation(annotation.id));
        QVERIFY(!project->annotationForStatement(statement.id));
        QCOMPARE(project->counts().annotations, 0);
    }

    void updateAnnotation_missing_refused()
    {
        QTemporaryDir dir;
        QString error;
        const auto project = Project::open(dir.filePath(u"p.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        const qint64 article = addArticle(*project, makeArticle(u"river-1"_s, riverText));
        Annotation ghost;
        ghost.id = 99;
        ghost.article = article;
        ghost.tagIds = { project->tags().constFirst().id };
        QVERIFY(!project->updateAnnotation(ghost));
        QVERIFY2(project->errorString().contains(u"no longer exists"_s), qPrintable(project->errorString()));
        QVERIFY(!project->deleteAnnotation(99));
        QVERIFY2(project->errorString().contains(u"no longer exists"_s), qPrintable(project->errorString()));
        QCOMPARE(Sql::scalar(project->database(), u"SELECT count(*) FROM annotation_tag"_s).toInt(), 0);
    }

    void tagCount_followsAnnotationsAcrossArticles()
    {
        QTemporaryDir dir;
        QString error;
        const auto project = Project::open(dir.filePath(u"p.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        const qint64 first = addArticle(*project, makeArticle(u"river-1"_s, riverText));
        const qint64 second
            = addArticle(*project, makeArticle(u"mill-1"_s, u"The old mill reopened as a museum. Visitors queued."_s));
        QVERIFY(first > 0 && second > 0);
        const QList<Tag> tags = project->tags();
        Annotation a;
        a.article = first;
        a.start = 0;
        a.end = 9;
        a.tagIds = { tags[0].id, tags[1].id };
        QVERIFY(project->insertAnnotation(&a));
        Annotation b;
        b.article = second;
        b.start = 4;
        b.end = 12;
        b.tagIds = { tags[0].id };
        QVERIFY(project->insertAnnotation(&b));
        QCOMPARE(project->articleSummary(first)->tagCount, 2);
        QCOMPARE(project->articleSummary(second)->tagCount, 1);
        QVERIFY(project->deleteAnnotation(a.id));
        QCOMPARE(project->articleSummary(first)->tagCount, 0);
        QCOMPARE(project->articleSummary(second)->tagCount, 1);
    }

    void insertTag_invalidName_refused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expectedPhrase");
        QTest::newRow("empty") << QString() << u"needs a name"_s;
        QTest::newRow("only spaces") << u"   \t "_s << u"needs a name"_s;
        QTest::newRow("same name") << u"Threat"_s << u"already has a tag"_s;
        QTest::newRow("lower case") << u"threat"_s << u"already has a tag"_s;
        QTest::newRow("upper case") << u"THREAT"_s << u"already has a tag"_s;
        QTest::newRow("outer spaces") << u"  Threat "_s << u"already has a tag"_s;
        QTest::newRow("inner spaces") << u"To   verify"_s << u"already has a tag"_s;
        QTest::newRow("non-ASCII case variant")
            << u"\u00E9conomie"_s << u"already has a tag"_s; // "économie" beside "Économie"
        QTest::newRow("upper case after an accented capital") << u"\u00C9CONOMIE"_s << u"already has a tag"_s;
        // The exports join tag names with "; ": a name with ";" in it would make the tags cell ambiguous.
        QTest::newRow("semicolon") << u"Said \"no\"; then left"_s << u"cannot contain \";\""_s;
        QTest::newRow("semicolon alone") << u";"_s << u"cannot contain \";\""_s;
    }
    void insertTag_invalidName_refused()
    {
        QFETCH(QString, name);
        QFETCH(QString, expectedPhrase);
        QTemporaryDir dir;
        QString error;
        const auto project = Project::open(dir.filePath(u"p.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        Tag existing;
        existing.name = u"\u00C9conomie"_s; // "Économie"
        QVERIFY2(project->insertTag(&existing), qPrintable(project->errorString()));
        const QList<Tag> before = project->tags();

        QSignalSpy changed(project.get(), &Project::tagsChanged);
        Tag tag;
        tag.name = name;
        QVERIFY2(
            !project->insertTag(&tag), qPrintable(u"\"%1\" was accepted beside \"%2\""_s.arg(tag.name, existing.name)));
        QVERIFY2(project->errorString().contains(expectedPhrase), qPrintable(project->errorString()));
        QCOMPARE(tag.id, 0);
        QCOMPARE(changed.count(), 0);
        compareTags(project->tags(), before);
    }

    void insertTag_newName_appendedAndSimplified()
    {
        QTemporaryDir dir;
        QString error;
        const auto project = Project::open(dir.filePath(u"p.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        QSignalSpy changed(project.get(), &Project::tagsChanged);
        Tag tag;
        tag.name = u"  Water   rights "_s;
        tag.description = u"Claims on river water"_s;
        QVERIFY2(project->insertTag(&tag), qPrintable(project->errorString()));
        QVERIFY(tag.id > 0);
        QCOMPARE(tag.name, u"Water rights"_s);
        QCOMPARE(changed.count(), 1);
        const std::optional<Tag> stored = project->tag(tag.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, u"Water rights"_s);
        QCOMPARE(stored->description, u"Claims on river water"_s);
        QVERIFY(stored->colour.isValid());
        QCOMPARE(project->tags().constLast().id, tag.id);
        QCOMPARE(stored->position, 5);
    }

    void updateTag_renameToExistingName_refused()
    {
        QTemporaryDir dir;
        QString error;
        const auto project = Project::open(dir.filePath(u"p.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        const QList<Tag> before = project->tags();
        Tag renamed = before[0];
        renamed.name = before[1].name.toUpper();
        QVERIFY(!project->updateTag(renamed));
        QVERIFY2(project->errorString().contains(u"already has a tag"_s), qPrintable(project->errorString()));
        compareTags(project->tags(), before);

        renamed.name = u"Stance"_s;
        renamed.colour = QColor(u"#445566"_s);
        QVERIFY2(project->updateTag(renamed), qPrintable(project->errorString()));
        QCOMPARE(project->tag(renamed.id)->name, u"Stance"_s);
        QCOMPARE(project->tag(renamed.id)->colour, QColor(u"#445566"_s));
    }

    void updateTag_renameWithSemicolon_refused()
    {
        QTemporaryDir dir;
        QString error;
        const auto project = Project::open(dir.filePath(u"p.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        const QList<Tag> before = project->tags();
        QSignalSpy changed(project.get(), &Project::tagsChanged);
        Tag renamed = before[0];
        renamed.name = u"Said \"no\"; then left"_s;
        QVERIFY(!project->updateTag(renamed));
        QVERIFY2(project->errorString().contains(u"cannot contain \";\""_s), qPrintable(project->errorString()));
        QCOMPARE(changed.count(), 0);
        compareTags(project->tags(), before);
    }

    void deleteTag_thenInsertWithTaggedAnnotations_restoresSameTag()
    {
        QTemporaryDir dir;
        QString error;
        const auto project = Project::open(dir.filePath(u"p.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        const qint64 first = addArticle(*project, makeArticle(u"river-1"_s, riverText), riverExtraction());
        const qint64 second
            = addArticle(*project, makeArticle(u"mill-1"_s, u"The old mill reopened as a museum. Visitors queued."_s));
        const QList<Tag> tags = project->tags();
        const Tag doomed = tags[2];

        Annotation a;
        a.article = first;
        a.start = 4;
        a.end = 9;
        a.tagIds = { tags[0].id, doomed.id };
        QVERIFY(project->insertAnnotation(&a));
        Annotation b;
        b.article = second;
        b.start = 8;
        b.end = 12;
        b.tagIds = { doomed.id };
        QVERIFY(project->insertAnnotation(&b));
        Annotation untouched;
        untouched.article = second;
        untouched.start = 0;
        untouched.end = 3;
        untouched.tagIds = { tags[1].id };
        QVERIFY(project->insertAnnotation(&untouched));

        QList<qint64> tagged;
        QVERIFY2(project->deleteTag(doomed.id, &tagged), qPrintable(project->errorString()));
        QCOMPARE(toSet(tagged), (QSet<qint64> { a.id, b.id }));
        QVERIFY(!project->tag(doomed.id));
        QCOMPARE(project->annotation(a.id)->tagIds, QList<qint64> { tags[0].id });
        QVERIFY(project->annotation(b.id)->tagIds.isEmpty());
        QCOMPARE(project->articleSummary(first)->tagCount, 1);
        QCOMPARE(project->articleSummary(second)->tagCount, 1);
        QVERIFY(!project->deleteTag(doomed.id));
        QVERIFY2(project->errorString().contains(u"no longer exists"_s), qPrintable(project->errorString()));

        Tag restored = doomed;
        QVERIFY2(project->insertTag(&restored, tagged), qPrintable(project->errorString()));
        QCOMPARE(restored.id, doomed.id);
        compareTags(project->tags(), tags);
        QCOMPARE(toSet(project->annotation(a.id)->tagIds), (QSet<qint64> { tags[0].id, doomed.id }));
        QCOMPARE(project->annotation(b.id)->tagIds, QList<qint64> { doomed.id });
        QCOMPARE(project->annotation(untouched.id)->tagIds, QList<qint64> { tags[1].id });
        QCOMPARE(project->articleSummary(first)->tagCount, 2);
        QCOMPARE(project->articleSummary(second)->tagCount, 2);
    }

    void offsets_astralText_utf16OutsideCodePointsInside()
    {
        // 🎉 and 🌉 are outside the Basic Multilingual Plane: two UTF-16 units, one code point each.
        const QString text
            = u"Fans cheered \U0001F389\U0001F389 on the quay. \u201CThe bridge \U0001F309 opens in May,\u201D said engineer Lea Stott."_s;
        QTemporaryDir dir;
        QString error;
        const auto project = Project::open(dir.filePath(u"p.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        Extraction extraction;
        extraction.statements.append(statementOn(text, u"The bridge \U0001F309 opens in May,"_s, u"Lea Stott"_s));
        EntityMention mention;
        mention.start = text.indexOf(u"Lea Stott"_s);
        mention.end = mention.start + 9;
        mention.name = u"Lea Stott"_s;
        extraction.mentions.append(mention);
        const qint64 article = addArticle(*project, makeArticle(u"quay-1"_s, text), extraction);
        QVERIFY(article > 0);

        const std::optional<ArticleContent> content = project->articleContent(article);
        QVERIFY(content);
        QCOMPARE(content->text, text);
        QCOMPARE(content->statements.size(), 1);
        const Statement statement = content->statements.constFirst();
        QCOMPARE(statement.start, extraction.statements[0].start);
        QCOMPARE(statement.end, extraction.statements[0].end);
        QCOMPARE(statement.text, u"The bridge \U0001F309 opens in May,"_s);
        QCOMPARE(statement.speakerStart, mention.start);
        QCOMPARE(content->mentions.constFirst().start, mention.start);
        QCOMPARE(content->mentions.constFirst().end, mention.end);
        QSqlQuery query(project->database());
        QVERIFY(Sql::exec(query, u"SELECT start, end, speaker_start FROM statement WHERE id = ?"_s, { statement.id }));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), statement.start - 2); // after 🎉🎉
        QCOMPARE(query.value(1).toLongLong(), statement.end - 3); // and 🌉
        QCOMPARE(query.value(2).toLongLong(), mention.start - 3);

        Annotation span; // "opens in May", after all three emoji
        span.article = article;
        span.start = text.indexOf(u"opens in May"_s);
        span.end = span.start + 12;
        span.tagIds = { project->tags().constFirst().id };
        QVERIFY2(project->insertAnnotation(&span), qPrintable(project->errorString()));
        QCOMPARE(span.text, u"opens in May"_s);
        Annotation across; // "bridge 🌉 opens", across an emoji
        across.article = article;
        across.start = text.indexOf(u"bridge"_s);
        across.end = text.indexOf(u" in May"_s);
        across.note = u"Across the emoji"_s;
        QVERIFY2(project->insertAnnotation(&across), qPrintable(project->errorString()));
        QCOMPARE(across.text, u"bridge \U0001F309 opens"_s);

        for (const Annotation &expected : { span, across }) {
            const std::optional<Annotation> stored = project->annotation(expected.id);
            QVERIFY(stored);
            QCOMPARE(stored->start, expected.start);
            QCOMPARE(stored->end, expected.end);
            QCOMPARE(stored->text, expected.text);
        }
        QVERIFY(Sql::exec(query, u"SELECT start, end, text FROM annotation WHERE id = ?"_s, { span.id }));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), span.start - 3);
        QCOMPARE(query.value(1).toLongLong(), span.end - 3);
        QVERIFY(Sql::exec(query, u"SELECT start, end, text FROM annotation WHERE id = ?"_s, { across.id }));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), across.start - 2);
        QCOMPARE(query.value(1).toLongLong(), across.end - 3);
        // Code points are what other tools slice with: SQLite's substr() counts characters, not UTF-16 units.
        QVERIFY(Sql::exec(query,
            u"SELECT substr(t.text, a.start + 1, a.end - a.start) FROM annotation a JOIN article_text t ON t.article = a.article WHERE a.id = ?"_s,
            { across.id }));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), across.text);

        const QList<Annotation> annotations = project->articleContent(article)->annotations;
        QCOMPARE(annotations.size(), 2);
        QCOMPARE(annotations[0].id, across.id); // ordered by start
        QCOMPARE(annotations[0].start, across.start);
        QCOMPARE(annotations[1].end, span.end);
    }
};

QTEST_GUILESS_MAIN(ProjectTest)
#include "project_test.moc"
