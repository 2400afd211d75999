#include "extract/ruleextractor.h"
#include "io/importer.h"
#include "model/articlelistmodel.h"
#include "search/searchquery.h"
#include "store/project.h"
#include "store/sql.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Verbatim;
using namespace Qt::StringLiterals;

namespace {

/// A hash of every row a query returns, so that "unchanged" means unchanged to the last byte.
QByteArray checksum(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return "query failed: " + sql.toUtf8();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    int rows = 0;
    while (query.next()) {
        ++rows;
        for (int i = 0; i < query.record().count(); ++i) {
            const QVariant value = query.value(i);
            hash.addData(QByteArray::number(value.typeId()));
            hash.addData(value.isNull() ? QByteArrayView("NULL") : QByteArrayView(value.toByteArray()));
            hash.addData(QByteArrayView("\x1f"));
        }
        hash.addData(QByteArrayView("\x1e"));
    }
    return QByteArray::number(rows) + ':' + hash.result().toHex();
}

/// What a project holds, in a form two snapshots can be compared in.
QStringList snapshot(const Project &project)
{
    const QSqlDatabase db = project.database();
    const ProjectCounts counts = project.counts();
    QStringList lines = {
        u"articles %1 statements %2 entities %3 mentions %4 tags %5 annotations %6"_s.arg(counts.articles)
            .arg(counts.statements)
            .arg(counts.entities)
            .arg(counts.mentions)
            .arg(counts.tags)
            .arg(counts.annotations),
    };
    for (const char *sql : { "SELECT * FROM article ORDER BY id", "SELECT * FROM article_text ORDER BY article",
             "SELECT * FROM statement ORDER BY id", "SELECT * FROM entity ORDER BY id",
             "SELECT * FROM mention ORDER BY id",
             "SELECT rowid FROM article_fts WHERE article_fts MATCH 'caldry OR batch' ORDER BY rowid" })
        lines.append(
            QString::fromLatin1(sql) + u" -> "_s + QString::fromLatin1(checksum(db, QString::fromLatin1(sql))));
    return lines;
}

qint64 totalSize(const QStringList &files)
{
    qint64 total = 0;
    for (const QString &file : files)
        total += QFileInfo(file).size();
    return total;
}

const ImportMessage *findMessage(const ImportReport &report, const QString &fileName, int line = -1)
{
    for (const ImportMessage &message : report.messages) {
        if (QFileInfo(message.file.section(u':', 0, 0)).fileName() == fileName && (line < 0 || message.line == line))
            return &message;
    }
    return nullptr;
}

QString describe(const ImportReport &report)
{
    QStringList lines { report.summary() };
    for (const ImportMessage &message : report.messages)
        lines.append(message.toString());
    if (!report.error.isEmpty())
        lines.append(u"error: "_s + report.error);
    return lines.join(u"\n  "_s);
}

} // namespace

class ImporterTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RuleExtractor> m_extractor;

    /// The committed fixture folder plus the files git cannot describe well: an empty file, a binary one, a PDF, a
    /// hidden draft.
    bool makeMixedFolder(const QString &folder)
    {
        const QString fixtures = VerbatimTest::testDataPath(u"import-mixed"_s);
        QDirIterator it(fixtures, QDir::Files);
        int copied = 0;
        while (it.hasNext()) {
            const QFileInfo file = it.nextFileInfo();
            if (!VerbatimTest::writeFile(folder + u'/' + file.fileName(), VerbatimTest::readAll(file.filePath())))
                return false;
            ++copied;
        }
        QByteArray binary("\x89PNG\r\n\x1a\n", 8);
        binary.append(QByteArray(64, '\0')).append("IHDR\x00\x00\x01\x00", 8);
        return copied == 4 && VerbatimTest::writeFile(folder + u"/empty.txt"_s, QByteArray())
            && VerbatimTest::writeFile(folder + u"/garbled.txt"_s, binary)
            && VerbatimTest::writeFile(
                folder + u"/report.pdf"_s, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
            && VerbatimTest::writeFile(folder + u"/.draft.txt"_s, "A hidden draft that must not be imported.");
    }

    /// `count` small plain-text articles, one per file: more than one import batch (512 files) when count > 512.
    static bool makeManyFiles(const QString &folder, int count)
    {
        for (int i = 0; i < count; ++i) {
            const QByteArray text
                = QStringLiteral("Batch article %1 reports that the %2 ward collected %3 kilograms of litter.\n\n"
                                 "Volunteers in ward %2 plan another round next month.")
                      .arg(i)
                      .arg(i % 17)
                      .arg(100 + i * 3)
                      .toUtf8();
            if (!VerbatimTest::writeFile(folder + u"/item-%1.txt"_s.arg(i, 4, 10, QChar(u'0')), text))
                return false;
        }
        return true;
    }

    static std::unique_ptr<Project> newProject(const QTemporaryDir &dir)
    {
        QString error;
        auto project = Project::open(dir.filePath(u"import.verbatim"_s), Project::OpenMode::CreateIfMissing, &error);
        if (!project)
            qWarning() << error;
        return project;
    }

    ImportReport import(const Project &project, const QStringList &paths)
    {
        Importer importer(project.filePath(), *m_extractor);
        return importer.run(paths);
    }

private Q_SLOTS:
    void initTestCase()
    {
        VerbatimTest::enableTestMode();
        m_extractor = std::make_unique<RuleExtractor>();
    }

    void import_mixedFolder_countsArticlesAndNamesSkippedFiles()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"incoming"_s);
        QVERIFY(makeMixedFolder(folder));
        const auto project = newProject(dir);
        QVERIFY(project);

        const ImportReport report = import(*project, { folder });
        QVERIFY2(report.succeeded(), qPrintable(describe(report)));
        QCOMPARE(report.articlesImported, 6); // corpus file 1, plain text 1, JSON Lines 2, CSV 2
        QCOMPARE(report.duplicates, 1); // the CSV repeats a JSON Lines article under another id
        QCOMPARE(report.filesRead, 4); // the empty and the binary file were not read
        QCOMPARE(project->counts().articles, 6);

        struct Expected
        {
            QString file;
            int line;
            QString reason;
        };
        const QList<Expected> expected = {
            { u"report.pdf"_s, 0, u"not an article file"_s },
            { u"empty.txt"_s, 0, u"empty"_s },
            { u"garbled.txt"_s, 0, u"binary"_s },
            { u"feed.jsonl"_s, 2, u"malformed JSON"_s },
        };
        for (const Expected &e : expected) {
            const ImportMessage *message = findMessage(report, e.file, e.line);
            QVERIFY2(message, qPrintable(u"no message about %1:\n  %2"_s.arg(e.file, describe(report))));
            QVERIFY2(message->reason.contains(e.reason), qPrintable(message->toString()));
            QCOMPARE(message->severity, ImportMessage::Severity::Skipped);
        }
        QVERIFY2(report.messages.size() == expected.size(), qPrintable(describe(report)));
        QCOMPARE(report.skippedCount(), 4);
        QVERIFY2(!findMessage(report, u".draft.txt"_s), "hidden files are passed over silently");

        // What was stored for each format.
        const qint64 corpus = project->findArticle(u"5e1f0a2b3c4d5e6f"_s);
        QVERIFY(corpus > 0);
        const std::optional<ArticleContent> corpusContent = project->articleContent(corpus);
        QCOMPARE(corpusContent->summary.date, QDate(2024, 6, 3));
        QCOMPARE(corpusContent->summary.title,
            u"The ferry union in Port Caldry called off Tuesday's strike after overnight talks."_s);
        QVERIFY(corpusContent->text.startsWith(u"The ferry union"_s));
        QVERIFY(corpusContent->text.endsWith(u"normal timetable."_s));
        QVERIFY(corpusContent->origin.endsWith(u"001_5e1f0a2b3c4d5e6f.txt"_s));

        const std::optional<ArticleContent> feed = project->articleContent(project->findArticle(u"feed-1"_s));
        QVERIFY(feed);
        QCOMPARE(feed->summary.title, u"Library extends opening hours"_s);
        QCOMPARE(feed->summary.source, u"Caldry Evening Post"_s);
        QCOMPARE(feed->summary.date, QDate(2024, 6, 10));
        QCOMPARE(feed->url, u"https://post.example/library"_s);
        QVERIFY2(feed->origin.endsWith(u"feed.jsonl:1"_s), qPrintable(feed->origin));
        QCOMPARE(project->articleSummary(project->findArticle(u"feed-3"_s))->date, QDate(2024, 6, 12));
        QCOMPARE(project->findArticle(u"feed-2"_s), 0);

        QCOMPARE(project->articleSummary(project->findArticle(u"wire-2"_s))->title, u"Lighthouse repainted"_s);
        QCOMPARE(project->findArticle(u"wire-3"_s), 0);
        QVERIFY(project->findArticle(u"wire-1"_s) > 0);
        QCOMPARE(Sql::scalar(project->database(),
                     u"SELECT count(*) FROM article_text WHERE text LIKE 'Dredging of the inner harbour%'"_s)
                     .toInt(),
            1);
    }

    void import_sameFolderAgain_importsNothingAndCountsDuplicates()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"incoming"_s);
        QVERIFY(makeMixedFolder(folder));
        const auto project = newProject(dir);
        QVERIFY(project);
        const ImportReport first = import(*project, { folder });
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        const QStringList before = snapshot(*project);

        const ImportReport again = import(*project, { folder });
        QVERIFY2(again.succeeded(), qPrintable(describe(again)));
        QCOMPARE(again.articlesImported, 0);
        QCOMPARE(again.duplicates, first.articlesImported + first.duplicates);
        QCOMPARE(snapshot(*project), before);
    }

    void import_idTakenByOtherText_reportedAndSkipped()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"incoming"_s);
        QVERIFY(makeMixedFolder(folder));
        const auto project = newProject(dir);
        QVERIFY(project);
        QVERIFY(import(*project, { folder }).succeeded());
        const QString storedText = project->articleContent(project->findArticle(u"feed-1"_s))->text;

        const QString later = dir.filePath(u"later.jsonl"_s);
        QVERIFY(VerbatimTest::writeFile(later,
            "{\"id\": \"feed-1\", \"title\": \"Library hours corrected\", \"text\": \"Correction: the library closes "
            "at eight, not nine.\"}\n"
            "{\"id\": \"feed-9\", \"text\": \"The swimming pool reopens after repairs to its roof.\"}\n"
            "{\"id\": \"feed-9\", \"text\": \"A second, different article that reuses the id feed-9.\"}\n"));
        const ImportReport report = import(*project, { later });
        QVERIFY2(report.succeeded(), qPrintable(describe(report)));
        QCOMPARE(report.articlesImported, 1);
        QCOMPARE(report.duplicates, 0);
        QCOMPARE(report.skippedCount(), 2);
        int conflicts = 0;
        for (const ImportMessage &message : report.messages) {
            QVERIFY2(message.file.contains(u"later.jsonl"_s), qPrintable(message.toString()));
            QCOMPARE(message.severity, ImportMessage::Severity::Skipped);
            QVERIFY2(message.reason.contains(u"already in the project"_s), qPrintable(message.toString()));
            if (message.reason.contains(u"\"feed-1\""_s) || message.reason.contains(u"\"feed-9\""_s))
                ++conflicts;
        }
        QCOMPARE(conflicts, 2);
        QCOMPARE(project->articleContent(project->findArticle(u"feed-1"_s))->text, storedText);
        QCOMPARE(project->articleContent(project->findArticle(u"feed-9"_s))->text,
            u"The swimming pool reopens after repairs to its roof."_s);
    }

    void import_idConflict_messageNamesFileAndLine()
    {
        // ImportMessage::line is "1-based line of a multi-article file, 0 for the whole file": a record that is
        // skipped because its id is taken is one line, as a malformed line is.
        QTemporaryDir dir;
        const auto project = newProject(dir);
        QVERIFY(project);
        const QString feed = dir.filePath(u"feed.jsonl"_s);
        QVERIFY(VerbatimTest::writeFile(feed,
            "{\"id\": \"a-1\", \"text\": \"The tram line to the university opens in spring.\"}\n"
            "{\"id\": \"a-1\", \"text\": \"The night bus timetable changes on Sunday.\"}\n"
            "{\"id\": \"a-2\", \"text\": \"Cut off\n"));
        const ImportReport report = import(*project, { feed });
        QVERIFY2(report.succeeded(), qPrintable(describe(report)));
        QCOMPARE(report.articlesImported, 1);
        QCOMPARE(report.messages.size(), 2);
        const ImportMessage *malformed = findMessage(report, u"feed.jsonl"_s, 3);
        QVERIFY2(malformed, qPrintable(describe(report)));
        QCOMPARE(malformed->file, feed);
        const ImportMessage *conflict = nullptr;
        for (const ImportMessage &message : report.messages) {
            if (message.reason.contains(u"\"a-1\""_s))
                conflict = &message;
        }
        QVERIFY2(conflict, qPrintable(describe(report)));
        QCOMPARE(conflict->severity, ImportMessage::Severity::Skipped);
        QCOMPARE(conflict->file, feed);
        QCOMPARE(conflict->line, 2);
        QCOMPARE(conflict->toString(), feed + u":2: "_s + conflict->reason);
    }

    void import_dateWarnings_onlyForImportedArticles()
    {
        QTemporaryDir dir;
        const auto project = newProject(dir);
        QVERIFY(project);
        const QString feed = dir.filePath(u"incoming/feed.jsonl"_s);
        const QString array = dir.filePath(u"incoming/array.json"_s);
        const QString corpus = dir.filePath(u"incoming/003_00000000000000dd.txt"_s);
        // Line 2 repeats the text of line 1: left out as a duplicate, so its date does not matter.
        QVERIFY(VerbatimTest::writeFile(feed,
            "{\"id\": \"d-1\", \"date\": \"someday\", \"text\": \"The ferry timetable changes in May.\"}\n"
            "{\"id\": \"d-2\", \"date\": \"soon\", \"text\": \"The ferry timetable changes in May.\"}\n"));
        QVERIFY(VerbatimTest::writeFile(array,
            "[{\"id\": \"d-3\", \"date\": \"next week\", \"text\": \"The pier reopens after repairs.\"}]"));
        QVERIFY(VerbatimTest::writeFile(corpus, " date 2025-02-30 The lighthouse on the point was repainted white.\n"));

        const ImportReport first = import(*project, { dir.filePath(u"incoming"_s) });
        QVERIFY2(first.succeeded(), qPrintable(describe(first)));
        QCOMPARE(first.articlesImported, 3);
        QCOMPARE(first.duplicates, 1);
        QStringList warned;
        for (const ImportMessage &message : first.messages) {
            QCOMPARE(message.severity, ImportMessage::Severity::Warning);
            QVERIFY2(message.reason.contains(u"without a date"_s), qPrintable(message.toString()));
            warned.append(QFileInfo(message.file).fileName() + u':' + QString::number(message.line));
        }
        QCOMPARE(warned, (QStringList { u"003_00000000000000dd.txt:1"_s, u"array.json:0"_s, u"feed.jsonl:1"_s }));

        // Every article is in the project now: nothing is imported, so nothing is imported without a date.
        const ImportReport again = import(*project, { dir.filePath(u"incoming"_s) });
        QVERIFY2(again.succeeded(), qPrintable(describe(again)));
        QCOMPARE(again.articlesImported, 0);
        QCOMPARE(again.duplicates, 4);
        QVERIFY2(again.messages.isEmpty(), qPrintable(describe(again)));
    }

    void import_folderHoldingTheProject_passesOverTheProjectsOwnFiles()
    {
        // A project kept beside its articles, with the files SQLite keeps next to it while it is open.
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"incoming"_s);
        QVERIFY(VerbatimTest::writeFile(folder + u"/ferry.txt"_s, "The ferry to Port Caldry runs every hour from June."));
        QString error;
        const auto project = Project::open(folder + u"/project.verbatim"_s, Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        QVERIFY(VerbatimTest::writeFile(folder + u"/project.verbatim-journal"_s, QByteArray()));
        QVERIFY(QFileInfo::exists(folder + u"/project.verbatim-wal"_s));
        // Another project in the folder is no article either, and is reported.
        QVERIFY(VerbatimTest::writeFile(folder + u"/other.verbatim"_s, "not this project"));

        const ImportReport report = import(*project, { folder });
        QVERIFY2(report.succeeded(), qPrintable(describe(report)));
        QCOMPARE(report.articlesImported, 1);
        QCOMPARE(report.messages.size(), 1);
        QCOMPARE(QFileInfo(report.messages.constFirst().file).fileName(), u"other.verbatim"_s);
    }

    void cancel_leavesProjectAsBefore_data()
    {
        QTest::addColumn<int>("cancelAtCheck"); ///< the cancel check returns true from this call on (1-based), or 0
        QTest::addColumn<int>("cancelAfterReport"); ///< cancel once this many progress reports were made, or 0
        QTest::newRow("immediately") << 1 << 0;
        QTest::newRow("after a few articles") << 4 << 0;
        QTest::newRow("after the first progress report") << 0 << 1;
        QTest::newRow("after the first batch was written") << 0 << 2;
    }
    void cancel_leavesProjectAsBefore()
    {
        QFETCH(int, cancelAtCheck);
        QFETCH(int, cancelAfterReport);
        QTemporaryDir dir;
        const QString mixed = dir.filePath(u"mixed"_s);
        QVERIFY(makeMixedFolder(mixed));
        const QString many = dir.filePath(u"many"_s);
        QVERIFY(makeManyFiles(many, 530));
        const auto project = newProject(dir);
        QVERIFY(project);
        QVERIFY(import(*project, { mixed }).succeeded()); // something to keep
        const QStringList before = snapshot(*project);

        Importer importer(project->filePath(), *m_extractor);
        int checks = 0;
        int reports = 0;
        bool cancelRequested = false;
        ImportProgress lastProgress;
        importer.setProgressCallback([&](const ImportProgress &progress) {
            lastProgress = progress;
            ++reports;
            if (cancelAfterReport > 0 && reports >= cancelAfterReport)
                cancelRequested = true;
        });
        importer.setCancelCheck([&] {
            ++checks;
            if (cancelAtCheck > 0 && checks >= cancelAtCheck)
                cancelRequested = true;
            return cancelRequested;
        });
        const ImportReport report = importer.run({ many });
        QVERIFY(cancelRequested);
        if (cancelAfterReport == 2)
            QVERIFY2(lastProgress.articlesImported >= 512, "the first batch was not written before the cancel");
        QVERIFY2(report.cancelled, qPrintable(describe(report)));
        QVERIFY(!report.succeeded());
        QCOMPARE(report.articlesImported, 0);
        QCOMPARE(report.summary(), u"The import was cancelled; the project is as it was before."_s);
        QCOMPARE(snapshot(*project), before);

        // The project is still usable, and the same files import in full afterwards.
        const ImportReport retry = import(*project, { many });
        QVERIFY2(retry.succeeded(), qPrintable(describe(retry)));
        QCOMPARE(retry.articlesImported, 530);
    }

    void progress_bytesDoneNonDecreasing_endsAtTotal_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("mixed folder, one batch") << u"mixed"_s;
        QTest::newRow("530 files, two batches") << u"many"_s;
    }
    void progress_bytesDoneNonDecreasing_endsAtTotal()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString folder = dir.filePath(kind);
        QVERIFY(kind == u"mixed" ? makeMixedFolder(folder) : makeManyFiles(folder, 530));
        const auto project = newProject(dir);
        QVERIFY(project);

        QList<ImportMessage> ignored;
        const QStringList files = ArticleFileReader::collectFiles({ folder }, &ignored);
        const qint64 expectedTotal = totalSize(files);
        QVERIFY(expectedTotal > 0);

        QList<ImportProgress> reports;
        Importer importer(project->filePath(), *m_extractor);
        importer.setProgressCallback([&](const ImportProgress &progress) { reports.append(progress); });
        const ImportReport report = importer.run({ folder });
        QVERIFY2(report.succeeded(), qPrintable(describe(report)));

        QVERIFY(reports.size() >= (kind == u"many" ? 3 : 2));
        qint64 previous = -1;
        for (const ImportProgress &progress : std::as_const(reports)) {
            QCOMPARE(progress.bytesTotal, expectedTotal);
            QCOMPARE(progress.filesTotal, int(files.size()));
            QVERIFY2(progress.bytesDone >= previous,
                qPrintable(u"bytesDone went from %1 to %2"_s.arg(previous).arg(progress.bytesDone)));
            QVERIFY(progress.bytesDone <= progress.bytesTotal);
            QVERIFY(progress.filesDone <= progress.filesTotal);
            previous = progress.bytesDone;
        }
        QCOMPARE(reports.constFirst().bytesDone, 0);
        QCOMPARE(reports.constLast().bytesDone, expectedTotal);
        QCOMPARE(reports.constLast().filesDone, int(files.size()));
        QCOMPARE(reports.constLast().articlesImported, report.articlesImported);
        QCOMPARE(reports.constLast().duplicates, report.duplicates);
        if (kind == u"many") {
            QCOMPARE(report.articlesImported, 530);
            // Some report falls strictly between the start and the end.
            QVERIFY(std::any_of(reports.cbegin(), reports.cend(),
                [&](const ImportProgress &p) { return p.bytesDone > 0 && p.bytesDone < expectedTotal; }));
        }
    }

    void import_extractionStoredAndSearchable()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"incoming"_s);
        QVERIFY(makeMixedFolder(folder));
        const auto project = newProject(dir);
        QVERIFY(project);
        QVERIFY(import(*project, { folder }).succeeded());

        const qint64 corpus = project->findArticle(u"5e1f0a2b3c4d5e6f"_s);
        const std::optional<ArticleContent> content = project->articleContent(corpus);
        QVERIFY(content);
        QVERIFY2(content->summary.statementCount > 0, "the quotation in the corpus article was not extracted");
        QCOMPARE(content->summary.statementCount, int(content->statements.size()));
        QCOMPARE(
            Sql::scalar(project->database(), u"SELECT statement_count FROM article WHERE id = ?"_s, { corpus }).toInt(),
            content->summary.statementCount);
        const bool quoteFound
            = std::any_of(content->statements.cbegin(), content->statements.cend(), [&](const Statement &s) {
                  return s.text.contains(u"We have a deal that protects every crew member"_s)
                      && content->text.mid(s.start, s.end - s.start) == s.text;
              });
        QVERIFY2(quoteFound, "the statement does not hold the quotation");
        QCOMPARE(Sql::scalar(project->database(), u"SELECT extraction_version FROM article WHERE id = ?"_s, { corpus })
                     .toInt(),
            m_extractor->version());

        // Full-text search, through SQL and through the article list.
        QCOMPARE(
            Sql::scalar(project->database(), u"SELECT rowid FROM article_fts WHERE article_fts MATCH 'lighthouse'"_s)
                .toLongLong(),
            project->findArticle(u"wire-2"_s));
        ArticleListModel model(project.get());
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), 6);
        model.setSearch(SearchQuery(u"lighthouse"));
        VERBATIM_WAIT_LOADED(model);
        QVERIFY2(model.searchError().isEmpty(), qPrintable(model.searchError()));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.articleAt(0), project->findArticle(u"wire-2"_s));
        model.setSearch(SearchQuery(u"\"crew member\""));
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.articleAt(0), corpus);
        model.setSearch(SearchQuery(u"librar*"));
        VERBATIM_WAIT_LOADED(model);
        QCOMPARE(model.rowCount(), 1); // the wire copy was a duplicate
    }

    void summary_data()
    {
        QTest::addColumn<qint64>("articles");
        QTest::addColumn<int>("files");
        QTest::addColumn<qint64>("duplicates");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("header example") << qint64(291) << 1 << qint64(3) << 0 << qint64(2100)
                                        << u"Imported 291 articles from 1 file in 2.1 s (3 duplicates left out)."_s;
        QTest::newRow("one of each") << qint64(1) << 1 << qint64(1) << 0 << qint64(400)
                                     << u"Imported 1 article from 1 file in 0.4 s (1 duplicate left out)."_s;
        QTest::newRow("several files, skipped") << qint64(6) << 4 << qint64(0) << 2 << qint64(60)
                                                << u"Imported 6 articles from 4 files in 0.1 s (2 skipped)."_s;
        QTest::newRow("nothing") << qint64(0) << 0 << qint64(0) << 0 << qint64(0)
                                 << u"Imported 0 articles from 0 files in 0.0 s."_s;
    }
    void summary()
    {
        QFETCH(qint64, articles);
        QFETCH(int, files);
        QFETCH(qint64, duplicates);
        QFETCH(int, skipped);
        QFETCH(qint64, elapsedMs);
        QFETCH(QString, expected);
        ImportReport report;
        report.articlesImported = articles;
        report.filesRead = files;
        report.duplicates = duplicates;
        report.elapsedMs = elapsedMs;
        for (int i = 0; i < skipped; ++i)
            report.messages.append(
                { u"f%1.txt"_s.arg(i), 0, u"the file is empty"_s, ImportMessage::Severity::Skipped });
        report.messages.append({ u"dated.jsonl"_s, 3, u"imported without a date"_s, ImportMessage::Severity::Warning });
        QCOMPARE(report.skippedCount(), qsizetype(skipped));
        QCOMPARE(report.summary(), expected);
    }

    void summary_failedOrCancelled()
    {
        ImportReport failed;
        failed.articlesImported = 12;
        failed.error = u"database or disk is full"_s;
        QVERIFY(!failed.succeeded());
        QCOMPARE(failed.summary(), u"The import failed and nothing was imported: database or disk is full"_s);
        ImportReport cancelled;
        cancelled.cancelled = true;
        QVERIFY(!cancelled.succeeded());
        QCOMPARE(cancelled.summary(), u"The import was cancelled; the project is as it was before."_s);
    }

    void import_missingPath_reportedNotFatal()
    {
        QTemporaryDir dir;
        const auto project = newProject(dir);
        QVERIFY(project);
        const QString missing = dir.filePath(u"nowhere/feed.jsonl"_s);
        const ImportReport report = import(*project, { missing });
        QVERIFY2(report.succeeded(), qPrintable(describe(report)));
        QCOMPARE(report.articlesImported, 0);
        QCOMPARE(report.messages.size(), 1);
        QCOMPARE(report.messages.constFirst().file, missing);
        QVERIFY(report.messages.constFirst().reason.contains(u"does not exist"_s));
    }

    void realData_usgovJsonl_everyLineImported()
    {
        VERBATIM_REQUIRE_SHARED_CORPUS(corpus);
        const QString path = corpus + u"/usgov-ukraine-2022/articles.jsonl"_s;
        if (!QFileInfo::exists(path))
            QSKIP("usgov-ukraine-2022/articles.jsonl is absent from the shared corpus");
        const QByteArray data = VerbatimTest::readAll(path);
        qint64 lines = 0;
        for (const QByteArray &line : data.split('\n')) {
            if (!line.trimmed().isEmpty())
                ++lines;
        }
        QVERIFY(lines > 0);

        QTemporaryDir dir;
        const auto project = newProject(dir);
        QVERIFY(project);
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = import(*project, { path });
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(report.succeeded(), qPrintable(describe(report)));
        QVERIFY2(report.skippedCount() == 0, qPrintable(describe(report)));
        QCOMPARE(report.articlesImported + report.duplicates, lines);
        QCOMPARE(project->counts().articles, report.articlesImported);
        QCOMPARE(report.filesRead, 1);
        QVERIFY(project->counts().statements > 0);
        qInfo("imported %lld articles (%lld duplicates) from %lld lines, %lld statements, in %lld ms",
            report.articlesImported, report.duplicates, lines, project->counts().statements, elapsed);
    }
};

QTEST_GUILESS_MAIN(ImporterTest)
#include "importer_test.moc"
