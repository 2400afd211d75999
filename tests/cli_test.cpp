// The command line as a user meets it: the real `verbatim` executable run with QProcess, on temporary projects.

#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Verbatim;
using namespace Qt::StringLiterals;
using VerbatimTest::Csv;
using VerbatimTest::parseCsv;
using VerbatimTest::sampleCorpusDir;

namespace {

struct RunResult {
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QStringList outLines() const { return outText().split(u'\n', Qt::SkipEmptyParts); }
    QStringList errLines() const { return errText().split(u'\n', Qt::SkipEmptyParts); }
};

// A file of the sample corpus: "NNN_<id>.txt" whose first line starts " date YYYY-MM-DD ".
struct SampleFile {
    QString number;
    QString id;
    QString date;
};

QList<SampleFile> sampleFiles()
{
    static const QRegularExpression name(u"^(\\d{3})_([0-9a-f]{16})\\.txt$"_s);
    static const QRegularExpression header(u"^ date (\\d{4}-\\d{2}-\\d{2}) "_s);
    QList<SampleFile> files;
    const QDir dir(sampleCorpusDir());
    for (const QString &fileName : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = name.match(fileName);
        if (!match.hasMatch())
            continue;
        const QString text = QString::fromUtf8(VerbatimTest::readAll(dir.filePath(fileName)));
        files.append({match.captured(1), match.captured(2), header.match(text).captured(1)});
    }
    return files;
}

// The ids of the sample files with these numbers ("000", "011").
QSet<QString> sampleIds(const QStringList &numbers)
{
    QSet<QString> ids;
    for (const SampleFile &file : sampleFiles()) {
        if (numbers.contains(file.number))
            ids.insert(file.id);
    }
    return ids;
}

// The listing of a folder, to show that a failed command left nothing behind (no journal, no backup copy).
QStringList folderListing(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Fictional articles for the import of hostile inputs.
const char goodPlainText[] = "The Brindlemoor town council voted on Tuesday to rebuild the old stone footbridge over the Mossy Beck.\n\n"
                             "\"We have waited eleven years for this,\" said councillor Petra Holloway after the vote.";
const char goodJsonLine1[] = "{\"id\": \"brindle-001\", \"date\": \"2024-03-05\", \"title\": \"Lantern festival returns to Brindlemoor\", "
                             "\"text\": \"The lantern festival returns to Brindlemoor this spring after a four-year pause, organisers said on Monday.\"}";
const char goodJsonLine3[] = "{\"id\": \"brindle-003\", \"date\": \"2024-03-07\", \"title\": \"Ferry timetable changes\", "
                             "\"text\": \"The Quillhaven ferry will leave twenty minutes earlier from April, the harbour office announced.\"}";
const char malformedJsonLine[] = "{\"id\": \"brindle-002\", \"date\": \"2024-03-06\", \"text\": \"An unterminated string";

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    QString m_sampleProject; // the sample corpus, imported once for the read-only commands
    QString m_usgovProject; // the real-data JSONL, imported by realData_usgovJsonl_importsEveryDistinctArticle

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u".config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u".local/share"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u".cache"_s));
        env.insert(u"XDG_STATE_HOME"_s, m_home.filePath(u".local/state"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        return env;
    }

    // As in a terminal without a graphical session (ssh, a container): no display and no platform chosen.
    QProcessEnvironment environmentWithoutDisplay() const
    {
        QProcessEnvironment env = environment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"DISPLAY"_s, QString());
        return env;
    }

    RunResult run(const QStringList &arguments, int timeoutMs = 300000) const { return run(environment(), arguments, timeoutMs); }

    RunResult run(const QProcessEnvironment &env, const QStringList &arguments, int timeoutMs = 300000) const
    {
        RunResult result;
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_work.path());
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(VERBATIM_BINARY), arguments);
        if (!process.waitForStarted(30000)) {
            qWarning() << "cannot start" << VERBATIM_BINARY << process.errorString();
            return result;
        }
        result.finished = process.waitForFinished(timeoutMs);
        if (!result.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.elapsedMs = timer.elapsed();
        result.exitStatus = process.exitStatus();
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QString newProjectPath(const QString &name) const
    {
        const QString folder = m_work.filePath(name);
        QDir().mkpath(folder);
        return folder + u"/project.verbatim"_s;
    }

    // Runs `stats` and returns its counts by name; empty when it failed.
    QMap<QString, qint64> stats(const QString &project) const
    {
        const RunResult result = run({u"stats"_s, u"--project"_s, project});
        QMap<QString, qint64> counts;
        if (result.exitCode != 0)
            return counts;
        for (const QString &line : result.outLines()) {
            const qsizetype colon = line.indexOf(u": "_s);
            if (colon > 0)
                counts.insert(line.left(colon), line.mid(colon + 2).toLongLong());
        }
        return counts;
    }

    Csv exportCsv(const QString &project, const QString &what) const
    {
        const QString output = m_work.filePath(u"export-%1.csv"_s.arg(what));
        QFile::remove(output);
        const RunResult result = run({u"export"_s, u"--project"_s, project, u"--what"_s, what, u"--output"_s, output});
        if (result.exitCode != 0) {
            Csv failed;
            failed.error = u"export failed: "_s + result.errText();
            return failed;
        }
        return parseCsv(VerbatimTest::readAll(output));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_work.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(VERBATIM_BINARY)).isExecutable(), VERBATIM_BINARY " is not built");
        QCOMPARE(sampleFiles().size(), 12);

        m_sampleProject = newProjectPath(u"sample"_s);
        const RunResult result = run({u"import"_s, u"--project"_s, m_sampleProject, sampleCorpusDir()});
        QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.errText()));
    }

    // --- import ----------------------------------------------------------------------------------------------

    void import_sampleCorpus_reportsTwelveArticlesAndExitsZero()
    {
        const QString project = newProjectPath(u"import-sample"_s);
        const RunResult result = run({u"import"_s, u"--project"_s, project, sampleCorpusDir()});
        QVERIFY(result.finished);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.outText().contains(u"Imported 12 article"_s), qPrintable(result.outText()));
        QVERIFY2(!result.errText().contains(u"skipped:"_s), qPrintable(result.errText()));
        QVERIFY(QFileInfo::exists(project));
    }

    void import_sameCorpusTwice_leavesDuplicatesOut()
    {
        const QString project = newProjectPath(u"import-twice"_s);
        QCOMPARE(run({u"import"_s, u"--project"_s, project, sampleCorpusDir()}).exitCode, 0);
        const RunResult again = run({u"import"_s, u"--project"_s, project, sampleCorpusDir()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.outText().contains(u"Imported 0 article"_s), qPrintable(again.outText()));
        QCOMPARE(stats(project).value(u"articles"_s), 12);
    }

    void import_hostileInputs_skipsEachBadFileWithItsReasonAndKeepsTheGoodArticles()
    {
        const QString folder = m_work.filePath(u"hostile"_s);
        QDir().mkpath(folder);
        const QString empty = folder + u"/empty.txt"_s;
        const QString blank = folder + u"/blank.txt"_s;
        const QString binary = folder + u"/binary.txt"_s;
        const QString latin1 = folder + u"/latin1.txt"_s;
        const QString good = folder + u"/good.txt"_s;
        const QString jsonl = folder + u"/mixed.jsonl"_s;
        QVERIFY(VerbatimTest::writeFile(empty, QByteArray()));
        QVERIFY(VerbatimTest::writeFile(blank, QByteArray(" \n\n\t \n")));
        QVERIFY(VerbatimTest::writeFile(binary, QByteArray("PK\x03\x04\x00\x00\x08\x00\x00\x00\xff\xfe", 12) + QByteArray(200, '\0')));
        QVERIFY(VerbatimTest::writeFile(latin1, QByteArray("The caf\xe9 on Harbour Street reopened on Friday.\n")));
        QVERIFY(VerbatimTest::writeFile(good, QByteArray(goodPlainText)));
        QVERIFY(VerbatimTest::writeFile(jsonl, QByteArray(goodJsonLine1) + '\n' + malformedJsonLine + '\n' + goodJsonLine3 + '\n'));

        const QString project = newProjectPath(u"import-hostile"_s);
        const RunResult result = run({u"import"_s, u"--project"_s, project, empty, blank, binary, latin1, good, jsonl});
        QVERIFY(result.finished);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.outText().contains(u"Imported 3 article"_s), qPrintable(result.outText()));

        const QStringList skipped = result.errLines().filter(QRegularExpression(u"^skipped: "_s));
        const auto skippedLine = [&](const QString &where) {
            for (const QString &line : skipped) {
                if (line.startsWith(u"skipped: "_s + where + u": "_s))
                    return line;
            }
            return QString();
        };
        const std::pair<QString, QString> expected[] = {
            {empty, u"empty"_s},
            {blank, u"empty"_s},
            {binary, u"binary"_s},
            {latin1, u"UTF-8"_s},
            {jsonl + u":2"_s, u"JSON"_s},
        };
        for (const auto &[where, reason] : expected) {
            const QString line = skippedLine(where);
            QVERIFY2(!line.isEmpty(), qPrintable(u"no \"skipped: %1: ...\" line in:\n%2"_s.arg(where, result.errText())));
            QVERIFY2(line.contains(reason, Qt::CaseInsensitive), qPrintable(line));
        }
        QCOMPARE(skipped.size(), qsizetype(std::size(expected)));
        QVERIFY(skippedLine(good).isEmpty());

        QCOMPARE(stats(project).value(u"articles"_s), 3);
        const Csv articles = exportCsv(project, u"articles"_s);
        QVERIFY2(articles.error.isEmpty(), qPrintable(articles.error));
        QStringList ids;
        for (const QStringList &row : articles.rows)
            ids.append(row.value(articles.columnIndex(u"article_id"_s)));
        QVERIFY2(ids.contains(u"brindle-001"_s), qPrintable(ids.join(u' ')));
        QVERIFY2(ids.contains(u"brindle-003"_s), qPrintable(ids.join(u' ')));
        QVERIFY2(!ids.contains(u"brindle-002"_s), qPrintable(ids.join(u' ')));
    }

    // Nothing could be read at all: a failure, not a success that skipped some files.
    void import_nothingReadable_exitsOneAndImportsNothing_data()
    {
        QTest::addColumn<QStringList>("paths"); // under the test's folder
        QTest::addColumn<QStringList>("skipped");
        QTest::newRow("an empty file") << QStringList{u"empty.txt"_s} << QStringList{u"empty.txt"_s};
        QTest::newRow("a missing file") << QStringList{u"missing.jsonl"_s} << QStringList{u"missing.jsonl"_s};
        QTest::newRow("missing and empty") << QStringList{u"missing.jsonl"_s, u"empty.txt"_s} << QStringList{u"missing.jsonl"_s, u"empty.txt"_s};
        QTest::newRow("a folder without articles") << QStringList{u"pictures"_s} << QStringList{u"pictures/photo.png"_s, u"pictures"_s};
    }
    void import_nothingReadable_exitsOneAndImportsNothing()
    {
        QFETCH(QStringList, paths);
        QFETCH(QStringList, skipped);
        const QString folder = m_work.filePath(u"only-bad/"_s + QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(VerbatimTest::writeFile(folder + u"/empty.txt"_s, QByteArray()));
        QVERIFY(VerbatimTest::writeFile(folder + u"/pictures/photo.png"_s, QByteArray("\x89PNG")));
        const QString project = newProjectPath(u"import-only-bad-"_s + QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-'));
        QStringList arguments{u"import"_s, u"--project"_s, project};
        for (const QString &path : paths)
            arguments.append(folder + u'/' + path);
        const RunResult result = run(arguments);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 1);
        for (const QString &path : skipped)
            QVERIFY2(result.errText().contains(u"skipped: "_s + folder + u'/' + path + u": "_s), qPrintable(result.errText()));
        QVERIFY2(result.errLines().constLast().startsWith(u"verbatim: "_s), qPrintable(result.errText()));
        QVERIFY(result.out.isEmpty());
        // The project it would have created is not left behind, nor any of SQLite's files beside it.
        QVERIFY(!QFileInfo::exists(project));
        QCOMPARE(QDir(QFileInfo(project).path()).entryList({QFileInfo(project).fileName() + u"*"_s}, QDir::Files), QStringList());

        // Into a project that exists, the failed import changes nothing and the project stays.
        QCOMPARE(run({u"import"_s, u"--project"_s, project, sampleCorpusDir()}).exitCode, 0);
        QCOMPARE(run(arguments).exitCode, 1);
        QCOMPARE(stats(project).value(u"articles"_s, -1), 12);
    }

    void import_pathThatDoesNotExist_isReportedAsSkipped()
    {
        const QString missing = m_work.filePath(u"no-such-folder/articles.jsonl"_s);
        const QString project = newProjectPath(u"import-missing-path"_s);
        const RunResult result = run({u"import"_s, u"--project"_s, project, missing, sampleCorpusDir()});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.errText().contains(u"skipped: "_s + missing + u": "_s), qPrintable(result.errText()));
        QCOMPARE(stats(project).value(u"articles"_s), 12);
    }

    // --- stats -----------------------------------------------------------------------------------------------

    void stats_sampleCorpus_countsArticlesExtractionAndStarterCodebook()
    {
        const RunResult result = run({u"stats"_s, u"--project"_s, m_sampleProject});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.outLines();
        const QStringList names = {u"articles"_s, u"statements"_s, u"entities"_s, u"mentions"_s, u"tags"_s, u"annotations"_s};
        QCOMPARE(lines.size(), names.size());
        static const QRegularExpression shape(u"^([a-z]+): (\\d+)$"_s);
        QMap<QString, qint64> counts;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QRegularExpressionMatch match = shape.match(lines[i]);
            QVERIFY2(match.hasMatch(), qPrintable(lines[i]));
            QCOMPARE(match.captured(1), names[i]);
            counts.insert(match.captured(1), match.captured(2).toLongLong());
        }
        QCOMPARE(counts[u"articles"_s], 12);
        QVERIFY(counts[u"statements"_s] > 0);
        QVERIFY(counts[u"entities"_s] > 0);
        QVERIFY(counts[u"mentions"_s] >= counts[u"entities"_s]);
        QCOMPARE(counts[u"tags"_s], 5);
        QCOMPARE(counts[u"annotations"_s], 0);
    }

    // --- search ----------------------------------------------------------------------------------------------

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expectedFiles"); // numbers of the sample files that must be hit, and no others
        QTest::newRow("surname") << u"Mirescu"_s << QStringList{u"000"_s, u"001"_s, u"002"_s, u"005"_s, u"007"_s, u"011"_s};
        QTest::newRow("surname lower case") << u"mirescu"_s << QStringList{u"000"_s, u"001"_s, u"002"_s, u"005"_s, u"007"_s, u"011"_s};
        QTest::newRow("other surname") << u"Aslund"_s << QStringList{u"001"_s, u"003"_s, u"004"_s, u"009"_s, u"010"_s, u"011"_s};
        QTest::newRow("diacritics as written") << u"Kovač"_s
                                               << QStringList{u"002"_s, u"003"_s, u"006"_s, u"008"_s, u"009"_s, u"010"_s, u"011"_s};
        QTest::newRow("diacritics left out") << u"kovac"_s
                                             << QStringList{u"002"_s, u"003"_s, u"006"_s, u"008"_s, u"009"_s, u"010"_s, u"011"_s};
        // "prisoner" and "exchange" both occur in 007, but not side by side.
        QTest::newRow("phrase") << u"\"prisoner exchange\""_s << QStringList{u"002"_s};
        QTest::newRow("both words") << u"prisoner AND exchange"_s << QStringList{u"002"_s, u"007"_s};
        QTest::newRow("prefix") << u"prison*"_s << QStringList{u"002"_s, u"003"_s, u"007"_s};
        QTest::newRow("whole word is not a prefix") << u"prison"_s << QStringList();
        QTest::newRow("and") << u"Mirescu AND Aslund"_s << QStringList{u"001"_s, u"011"_s};
        QTest::newRow("not") << u"ceasefire NOT truce"_s << QStringList{u"004"_s, u"005"_s, u"009"_s, u"010"_s, u"011"_s};
        QTest::newRow("possessive punctuation") << u"Valdoria's"_s << QStringList{u"000"_s, u"001"_s, u"002"_s, u"003"_s};
        QTest::newRow("no match") << u"zeppelin"_s << QStringList();
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expectedFiles);
        const RunResult result = run({u"search"_s, u"--project"_s, m_sampleProject, query});
        QCOMPARE(result.exitCode, 0);

        QHash<QString, QString> dateOfId;
        for (const SampleFile &file : sampleFiles())
            dateOfId.insert(file.id, file.date);
        QSet<QString> ids;
        for (const QString &line : result.outLines()) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 3);
            QVERIFY2(dateOfId.contains(fields[0]), qPrintable(u"not a sample file id: "_s + fields[0]));
            QCOMPARE(fields[1], dateOfId.value(fields[0]));
            QVERIFY(!fields[2].trimmed().isEmpty());
            QVERIFY2(!ids.contains(fields[0]), qPrintable(u"hit listed twice: "_s + fields[0]));
            ids.insert(fields[0]);
        }
        QCOMPARE(ids, sampleIds(expectedFiles));
    }

    void search_limit_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::addColumn<int>("expectedLines");
        // "ceasefire" occurs in 7 of the 12 articles.
        QTest::newRow("one") << u"1"_s << 1;
        QTest::newRow("three") << u"3"_s << 3;
        QTest::newRow("more than the hits") << u"100"_s << 7;
        QTest::newRow("zero means all") << u"0"_s << 7;
        QTest::newRow("no limit given") << QString() << 7;
    }
    void search_limit()
    {
        QFETCH(QString, limit);
        QFETCH(int, expectedLines);
        QStringList arguments{u"search"_s, u"--project"_s, m_sampleProject};
        if (!limit.isNull())
            arguments << u"--limit"_s << limit;
        arguments << u"ceasefire"_s;
        const RunResult result = run(arguments);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.outLines().size(), expectedLines);
    }

    void search_orderDate_listsTheSameHitsNewestFirst()
    {
        const RunResult ranked = run({u"search"_s, u"--project"_s, m_sampleProject, u"--limit"_s, u"0"_s, u"ceasefire"_s});
        const RunResult newest = run({u"search"_s, u"--project"_s, m_sampleProject, u"--limit"_s, u"0"_s, u"--order"_s, u"date"_s, u"ceasefire"_s});
        const RunResult explicitRank
            = run({u"search"_s, u"--project"_s, m_sampleProject, u"--limit"_s, u"0"_s, u"--order"_s, u"rank"_s, u"ceasefire"_s});
        QCOMPARE(ranked.exitCode, 0);
        QCOMPARE(newest.exitCode, 0);
        QCOMPARE(explicitRank.out, ranked.out);
        QCOMPARE(newest.outLines().size(), 7);
        QStringList sortedRanked = ranked.outLines();
        QStringList sortedNewest = newest.outLines();
        sortedRanked.sort();
        sortedNewest.sort();
        QCOMPARE(sortedNewest, sortedRanked);
        QStringList dates;
        for (const QString &line : newest.outLines())
            dates.append(line.section(u'\t', 1, 1));
        QStringList descending = dates;
        std::sort(descending.begin(), descending.end(), std::greater<>());
        QCOMPARE(dates, descending);
        // With a limit, the newest hits, not the best.
        const RunResult newestTwo = run({u"search"_s, u"--project"_s, m_sampleProject, u"--limit"_s, u"2"_s, u"--order"_s, u"date"_s, u"ceasefire"_s});
        QCOMPARE(newestTwo.outLines(), newest.outLines().mid(0, 2));
    }

    // --- export ----------------------------------------------------------------------------------------------

    void exportEach_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("rowCountFrom"); // the stats line the row count must equal, or a number
        const QStringList statementColumns{u"article_id"_s, u"article_date"_s, u"article_title"_s, u"statement_id"_s, u"kind"_s, u"speaker"_s,
                                           u"text"_s,       u"start"_s,        u"end"_s,           u"tags"_s,         u"note"_s};
        QTest::newRow("statements") << u"statements"_s << (statementColumns + QStringList{u"cue"_s, u"speaker_id"_s}) << u"statements"_s;
        QTest::newRow("annotations") << u"annotations"_s
                                     << (statementColumns + QStringList{u"annotation_id"_s, u"created"_s, u"modified"_s, u"cue"_s, u"speaker_id"_s})
                                     << u"annotations"_s;
        QTest::newRow("entities") << u"entities"_s
                                  << QStringList{u"entity_id"_s, u"name"_s, u"type"_s, u"mentions"_s, u"articles"_s} << u"entities"_s;
        QTest::newRow("articles") << u"articles"_s << QStringList{u"article_id"_s, u"date"_s, u"title"_s, u"source"_s, u"text"_s}
                                  << u"12"_s;
        QTest::newRow("mentions") << u"mentions"_s
                                  << QStringList{u"article_id"_s, u"entity_id"_s, u"name"_s, u"type"_s, u"start"_s, u"end"_s, u"text"_s}
                                  << u"mentions"_s;
    }
    void exportEach()
    {
        QFETCH(QString, what);
        QFETCH(QStringList, header);
        QFETCH(QString, rowCountFrom);
        const QString output = m_work.filePath(u"export-test-%1.csv"_s.arg(what));
        const RunResult result = run({u"export"_s, u"--project"_s, m_sampleProject, u"--what"_s, what, u"--output"_s, output});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.isEmpty());

        const Csv csv = parseCsv(VerbatimTest::readAll(output));
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        QCOMPARE(csv.header, header);
        for (const QStringList &row : csv.rows)
            QCOMPARE(row.size(), header.size());
        bool isNumber = false;
        qint64 expectedRows = rowCountFrom.toLongLong(&isNumber);
        if (!isNumber)
            expectedRows = stats(m_sampleProject).value(rowCountFrom, -1);
        QCOMPARE(qint64(csv.rows.size()), expectedRows);
        // The command says how many rows it wrote, and where.
        QVERIFY2(result.errText().contains(u"Wrote %1 rows to %2"_s.arg(expectedRows).arg(output)), qPrintable(result.errText()));
    }

    // One row is "1 row", not "1 rows".
    void export_oneRow_saysRowInTheSingular()
    {
        const QString project = m_work.filePath(u"one-article.verbatim"_s);
        const QString article = m_work.filePath(u"one-article.txt"_s);
        QVERIFY(VerbatimTest::writeFile(article, "The envoy said the talks would resume on Monday.\n"));
        QCOMPARE(run({u"import"_s, u"--project"_s, project, article}).exitCode, 0);
        const QString output = m_work.filePath(u"one-article.csv"_s);
        const RunResult result = run({u"export"_s, u"--project"_s, project, u"--what"_s, u"articles"_s, u"--output"_s, output});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(parseCsv(VerbatimTest::readAll(output)).rows.size(), 1);
        QVERIFY2(result.errText().contains(u"Wrote 1 row to %1"_s.arg(output)), qPrintable(result.errText()));
    }

    void export_articles_carryTheIdsDatesAndTextsOfTheFiles()
    {
        const Csv csv = exportCsv(m_sampleProject, u"articles"_s);
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        QHash<QString, SampleFile> files;
        for (const SampleFile &file : sampleFiles())
            files.insert(file.id, file);
        QSet<QString> seen;
        for (const QStringList &row : csv.rows) {
            const QString id = row.value(csv.columnIndex(u"article_id"_s));
            QVERIFY2(files.contains(id), qPrintable(id));
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            QCOMPARE(row.value(csv.columnIndex(u"date"_s)), files.value(id).date);
            const QString text = row.value(csv.columnIndex(u"text"_s));
            QVERIFY(!text.isEmpty());
            QVERIFY2(!text.startsWith(u" date "_s), "the date header is part of the exported text");
            QVERIFY(!row.value(csv.columnIndex(u"title"_s)).isEmpty());
        }
        QCOMPARE(seen.size(), files.size());
    }

    // Offsets are code points into the text as the articles export gives it (008 has emoji outside the BMP).
    void export_offsets_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("statements") << u"statements"_s;
        QTest::newRow("mentions") << u"mentions"_s;
    }
    void export_offsets()
    {
        QFETCH(QString, what);
        const Csv articles = exportCsv(m_sampleProject, u"articles"_s);
        const Csv spans = exportCsv(m_sampleProject, what);
        QVERIFY2(articles.error.isEmpty() && spans.error.isEmpty(), qPrintable(articles.error + spans.error));
        QHash<QString, QList<uint>> codePoints;
        for (const QStringList &row : articles.rows)
            codePoints.insert(row.value(articles.columnIndex(u"article_id"_s)),
                              VerbatimTest::unescapedCell(row.value(articles.columnIndex(u"text"_s))).toUcs4());
        QVERIFY(!spans.rows.isEmpty());
        bool outsideBmp = false;
        for (const QStringList &row : spans.rows) {
            const QString id = row.value(spans.columnIndex(u"article_id"_s));
            QVERIFY2(codePoints.contains(id), qPrintable(id));
            const QList<uint> &text = codePoints[id];
            bool startOk = false;
            bool endOk = false;
            const qsizetype start = row.value(spans.columnIndex(u"start"_s)).toLongLong(&startOk);
            const qsizetype end = row.value(spans.columnIndex(u"end"_s)).toLongLong(&endOk);
            QVERIFY(startOk && endOk);
            QVERIFY2(start >= 0 && start < end && end <= text.size(), qPrintable(row.join(u" | "_s)));
            for (qsizetype i = 0; i < start; ++i)
                outsideBmp = outsideBmp || text[i] > 0xFFFF;
            const QList<uint> span = text.mid(start, end - start);
            const QString spanText = QString::fromUcs4(reinterpret_cast<const char32_t *>(span.constData()), span.size());
            QCOMPARE(spanText, VerbatimTest::unescapedCell(row.value(spans.columnIndex(u"text"_s))));
        }
        // Some span comes after an emoji, so code points and UTF-16 positions differ there.
        QVERIFY(outsideBmp);
    }

    // One passage attributed once: a duplicate row would be counted twice by anyone analysing the export.
    void export_statements_listEachPassageOnce()
    {
        const Csv statements = exportCsv(m_sampleProject, u"statements"_s);
        QVERIFY2(statements.error.isEmpty(), qPrintable(statements.error));
        QHash<QString, QString> seen;
        QStringList duplicates;
        for (const QStringList &row : statements.rows) {
            const QString key = row.value(statements.columnIndex(u"article_id"_s)) + u':' + row.value(statements.columnIndex(u"start"_s)) + u'-'
                + row.value(statements.columnIndex(u"end"_s));
            const QString statementId = row.value(statements.columnIndex(u"statement_id"_s));
            if (seen.contains(key))
                duplicates.append(u"%1 (statements %2 and %3, speaker %4)"_s.arg(key, seen.value(key), statementId,
                                                                                  row.value(statements.columnIndex(u"speaker"_s))));
            else
                seen.insert(key, statementId);
        }
        QVERIFY2(duplicates.isEmpty(), qPrintable(u"the same passage is listed more than once: "_s + duplicates.join(u"; "_s)));
    }

    // An articles export imports into another project as it was: the same ids, dates, titles, sources and texts,
    // the apostrophes the export put before formula characters taken off again.
    void export_articles_importIntoAnotherProjectUnchanged()
    {
        const QString jsonl = m_work.filePath(u"roundtrip/awkward.jsonl"_s);
        const QByteArray lines =
            "{\"id\": \"rt-1\", \"date\": \"2025-03-02\", \"title\": \"=SUM(1)\", \"source\": \"+Portvale Radio\", \"text\": \"@PortvaleFerries: sailings resume on Monday, the operator said.\"}\n"
            "{\"id\": \"rt-2\", \"date\": \"2025-03-03\", \"title\": \"'Tis the season\", \"source\": \"Harbour Gazette\", \"text\": \"'Tis the season for lights, the mayor of Portvale said.\"}\n"
            "{\"id\": \"rt-3\", \"title\": \"-5 degrees\", \"text\": \"-5 degrees is forecast for Quillhaven, said the weather office, \\\"and colder by Friday\\\".\"}\n";
        QVERIFY(VerbatimTest::writeFile(jsonl, lines));
        const QString first = newProjectPath(u"roundtrip-first"_s);
        QCOMPARE(run({u"import"_s, u"--project"_s, first, jsonl, sampleCorpusDir()}).exitCode, 0);
        const QString exported = m_work.filePath(u"roundtrip/articles.csv"_s);
        QCOMPARE(run({u"export"_s, u"--project"_s, first, u"--what"_s, u"articles"_s, u"--output"_s, exported}).exitCode, 0);

        const QString second = newProjectPath(u"roundtrip-second"_s);
        const RunResult imported = run({u"import"_s, u"--project"_s, second, exported});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.errText()));
        const QString again = m_work.filePath(u"roundtrip/articles-again.csv"_s);
        QCOMPARE(run({u"export"_s, u"--project"_s, second, u"--what"_s, u"articles"_s, u"--output"_s, again}).exitCode, 0);
        QCOMPARE(VerbatimTest::readAll(again), VerbatimTest::readAll(exported));
        QCOMPARE(stats(second).value(u"articles"_s), 15);
    }

    void export_toStandardOutput_writesTheSameCsvAsToAFile()
    {
        const QString output = m_work.filePath(u"stdout-compare.csv"_s);
        const RunResult toFile = run({u"export"_s, u"--project"_s, m_sampleProject, u"--what"_s, u"statements"_s, u"--output"_s, output});
        QCOMPARE(toFile.exitCode, 0);
        const RunResult toStdout = run({u"export"_s, u"--project"_s, m_sampleProject, u"--what"_s, u"statements"_s, u"--output"_s, u"-"_s});
        QCOMPARE(toStdout.exitCode, 0);
        QVERIFY(!toStdout.out.isEmpty());
        QCOMPARE(toStdout.out, VerbatimTest::readAll(output));
        // Nothing but the CSV on standard output, and no file called "-".
        QVERIFY(!QFileInfo::exists(m_work.filePath(u"-"_s)));
        const Csv csv = parseCsv(toStdout.out);
        QVERIFY(csv.error.isEmpty());
        QCOMPARE(csv.header.value(0), u"article_id"_s);
    }

    // --- help and version -----------------------------------------------------------------------------------

    void help_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--help") << u"--help"_s;
        QTest::newRow("-h") << u"-h"_s;
    }
    void help()
    {
        QFETCH(QString, option);
        const RunResult result = run(environmentWithoutDisplay(), {option}, 60000);
        QVERIFY(result.finished);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        // Every command of the README, and every export.
        const QString help = result.outText();
        for (const QString &command : {u"import"_s, u"export"_s, u"search"_s, u"stats"_s, u"reextract"_s})
            QVERIFY2(help.contains(u"verbatim "_s + command + u' '), qPrintable(command + u" is missing from:\n"_s + help));
        QVERIFY2(help.contains(u"--what statements|annotations|entities|articles|mentions "_s), qPrintable(help));
        QVERIFY2(help.contains(u"--screenshot"_s), qPrintable(help));
    }

    void version_printsTheVersionWithoutADisplay()
    {
        const RunResult result = run(environmentWithoutDisplay(), {u"--version"_s}, 60000);
        QVERIFY(result.finished);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        static const QRegularExpression version(u"^Verbatim \\d+\\.\\d+\\.\\d+\\n$"_s);
        QVERIFY2(version.match(result.outText()).hasMatch(), qPrintable(result.outText()));
    }

    // A name that is not a command and no existing file is not made into a project unless it ends in .verbatim.
    void window_neitherCommandNorProject_failsAndCreatesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messageMentions");
        QTest::newRow("misspelt command") << QStringList{u"stat"_s} << u"\"stat\" is neither a command nor a project"_s;
        QTest::newRow("misspelt command with options") << QStringList{u"exprot"_s, u"--project"_s, u"p.verbatim"_s} << u"\"exprot\""_s;
        QTest::newRow("with a screenshot") << QStringList{u"--screenshot"_s, u"shot.png"_s, u"notes"_s} << u"\"notes\""_s;
        QTest::newRow("two projects") << QStringList{u"a.verbatim"_s, u"b.verbatim"_s} << u"at most one project"_s;
        // The window itself, with no display to show it on: said plainly instead of Qt's abort and core dump.
        QTest::newRow("an unknown option") << QStringList{u"--frobnicate"_s} << u"no display to open the window on"_s;
        QTest::newRow("a new project") << QStringList{u"new.verbatim"_s} << u"no display to open the window on"_s;
    }
    void window_neitherCommandNorProject_failsAndCreatesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messageMentions);
        const QStringList workBefore = folderListing(m_work.path());
        const QStringList homeBefore = folderListing(m_home.path());
        // Without a display, too: it is told before any window would be made.
        const RunResult result = run(environmentWithoutDisplay(), arguments, 60000);
        QVERIFY(result.finished);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.errText().startsWith(u"verbatim: "_s), qPrintable(result.errText()));
        QVERIFY2(result.errText().contains(messageMentions), qPrintable(result.errText()));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(folderListing(m_work.path()), workBefore);
        QCOMPARE(folderListing(m_home.path()), homeBefore);
    }

    // --- failures ---------------------------------------------------------------------------------------------

    void errors_data()
    {
        // {missing} is a project path that does not exist, {project} the imported sample, {out} a CSV path.
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messageMentions");
        const QString sample = sampleCorpusDir();
        QTest::newRow("import without --project") << QStringList{u"import"_s, sample} << u"--project"_s;
        QTest::newRow("export without --project") << QStringList{u"export"_s, u"--what"_s, u"articles"_s, u"--output"_s, u"{out}"_s}
                                                  << u"--project"_s;
        QTest::newRow("search without --project") << QStringList{u"search"_s, u"ceasefire"_s} << u"--project"_s;
        QTest::newRow("stats without --project") << QStringList{u"stats"_s} << u"--project"_s;
        QTest::newRow("import without paths") << QStringList{u"import"_s, u"--project"_s, u"{missing}"_s} << u"import"_s;
        QTest::newRow("unknown --what") << QStringList{u"export"_s, u"--project"_s, u"{project}"_s, u"--what"_s, u"quotes"_s, u"--output"_s, u"{out}"_s}
                                        << u"--what"_s;
        QTest::newRow("missing --what") << QStringList{u"export"_s, u"--project"_s, u"{project}"_s, u"--output"_s, u"{out}"_s} << u"--what"_s;
        QTest::newRow("missing --output") << QStringList{u"export"_s, u"--project"_s, u"{project}"_s, u"--what"_s, u"articles"_s}
                                          << u"--output"_s;
        QTest::newRow("export of a missing project")
            << QStringList{u"export"_s, u"--project"_s, u"{missing}"_s, u"--what"_s, u"articles"_s, u"--output"_s, u"{out}"_s} << u"{missing}"_s;
        QTest::newRow("search of a missing project") << QStringList{u"search"_s, u"--project"_s, u"{missing}"_s, u"ceasefire"_s} << u"{missing}"_s;
        QTest::newRow("stats of a missing project") << QStringList{u"stats"_s, u"--project"_s, u"{missing}"_s} << u"{missing}"_s;
        QTest::newRow("limit not a number") << QStringList{u"search"_s, u"--project"_s, u"{project}"_s, u"--limit"_s, u"ten"_s, u"ceasefire"_s}
                                            << u"--limit"_s;
        QTest::newRow("negative limit") << QStringList{u"search"_s, u"--project"_s, u"{project}"_s, u"--limit"_s, u"-1"_s, u"ceasefire"_s}
                                        << u"--limit"_s;
        QTest::newRow("limit not whole") << QStringList{u"search"_s, u"--project"_s, u"{project}"_s, u"--limit"_s, u"2.5"_s, u"ceasefire"_s}
                                         << u"--limit"_s;
        QTest::newRow("unknown order") << QStringList{u"search"_s, u"--project"_s, u"{project}"_s, u"--order"_s, u"relevance"_s, u"ceasefire"_s}
                                       << u"--order"_s;
        QTest::newRow("search without query") << QStringList{u"search"_s, u"--project"_s, u"{project}"_s} << u"query"_s;
        QTest::newRow("search of only operators") << QStringList{u"search"_s, u"--project"_s, u"{project}"_s, u"AND"_s, u"OR"_s}
                                                  << u"no word to search for"_s;
        QTest::newRow("search of only a negation") << QStringList{u"search"_s, u"--project"_s, u"{project}"_s, u"NOT"_s, u"ceasefire"_s}
                                                   << u"needs something to find before it"_s;
        QTest::newRow("export onto the project itself")
            << QStringList{u"export"_s, u"--project"_s, u"{project}"_s, u"--what"_s, u"articles"_s, u"--output"_s, u"{project}"_s}
            << u"the project's own file"_s;
        QTest::newRow("export onto the project's log")
            << QStringList{u"export"_s, u"--project"_s, u"{project}"_s, u"--what"_s, u"articles"_s, u"--output"_s, u"{project}-wal"_s}
            << u"the project's own file"_s;
        QTest::newRow("unknown option") << QStringList{u"stats"_s, u"--project"_s, u"{project}"_s, u"--frobnicate"_s} << u"frobnicate"_s;
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messageMentions);
        const QString folder = m_work.filePath(u"errors/"_s + QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-'));
        QDir().mkpath(folder);
        const QString missing = folder + u"/missing.verbatim"_s;
        const QString out = folder + u"/out.csv"_s;
        const auto expand = [&](QString text) {
            return text.replace(u"{missing}"_s, missing).replace(u"{project}"_s, m_sampleProject).replace(u"{out}"_s, out);
        };
        for (QString &argument : arguments)
            argument = expand(argument);
        const QByteArray projectBefore = VerbatimTest::readAll(m_sampleProject);

        const RunResult result = run(arguments);
        QVERIFY(result.finished);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.errText().startsWith(u"verbatim: "_s), qPrintable(result.errText()));
        QVERIFY2(result.errText().contains(expand(messageMentions)), qPrintable(result.errText()));
        QVERIFY2(result.out.isEmpty(), result.out.constData());
        // Nothing was created: no project, no journal beside it, no CSV.
        QCOMPARE(folderListing(folder), QStringList());
        QCOMPARE(VerbatimTest::readAll(m_sampleProject), projectBefore);
    }

    void notAProject_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("kind");
        for (const QString &command : {u"import"_s, u"export"_s, u"search"_s, u"stats"_s}) {
            for (const QString &kind : {u"text"_s, u"jsonl"_s, u"foreign sqlite"_s, u"empty sqlite with a version"_s})
                QTest::addRow("%s on %s", qPrintable(command), qPrintable(kind)) << command << kind;
            // import makes a project of an empty file (as of a missing one); the others must not.
            if (command != u"import")
                QTest::addRow("%s on an empty file", qPrintable(command)) << command << u"empty file"_s;
        }
    }
    void notAProject()
    {
        QFETCH(QString, command);
        QFETCH(QString, kind);
        const QString folder = m_work.filePath(u"not-a-project/%1-%2"_s.arg(command, kind).replace(u' ', u'-'));
        QDir().mkpath(folder);
        const QString path = folder + u"/notes.verbatim"_s;
        if (kind == u"text") {
            QVERIFY(VerbatimTest::writeFile(path, "Things to buy before the Brindlemoor lantern festival:\n- candles\n- string\n"));
        } else if (kind == u"jsonl") {
            QVERIFY(VerbatimTest::writeFile(path, QByteArray(goodJsonLine1) + '\n'));
        } else if (kind == u"empty file") {
            QVERIFY(VerbatimTest::writeFile(path, QByteArray()));
        } else {
            // A database of some other program: with a table, or with nothing but its own format number.
            const QString connection = u"foreign-"_s + command + kind;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                if (kind == u"foreign sqlite") {
                    QVERIFY(query.exec(u"CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)"_s));
                    QVERIFY(query.exec(u"INSERT INTO recipe (name) VALUES ('Quillhaven fish pie')"_s));
                } else {
                    QVERIFY(query.exec(u"PRAGMA user_version = 7"_s));
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
        const QByteArray before = VerbatimTest::readAll(path);
        QVERIFY(kind == u"empty file" || !before.isEmpty());
        const QStringList listingBefore = folderListing(folder);

        QStringList arguments{command, u"--project"_s, path};
        if (command == u"import")
            arguments << sampleCorpusDir();
        else if (command == u"export")
            arguments << u"--what"_s << u"articles"_s << u"--output"_s << m_work.filePath(u"not-a-project-export.csv"_s);
        else if (command == u"search")
            arguments << u"ceasefire"_s;

        const RunResult result = run(arguments);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.errText().startsWith(u"verbatim: "_s), qPrintable(result.errText()));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(VerbatimTest::readAll(path), before);
        QCOMPARE(folderListing(folder), listingBefore);
        QVERIFY(!QFileInfo::exists(m_work.filePath(u"not-a-project-export.csv"_s)));
    }

    // --- timing ----------------------------------------------------------------------------------------------

    void timing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("import") << QStringList{u"import"_s, u"--project"_s, u"{new}"_s, sampleCorpusDir()};
        QTest::newRow("export") << QStringList{u"export"_s, u"--project"_s, u"{project}"_s, u"--what"_s, u"entities"_s, u"--output"_s, u"{out}"_s};
        QTest::newRow("search") << QStringList{u"search"_s, u"--project"_s, u"{project}"_s, u"ceasefire"_s};
        QTest::newRow("search newest first") << QStringList{u"search"_s, u"--project"_s, u"{project}"_s, u"--order"_s, u"date"_s, u"ceasefire"_s};
        QTest::newRow("stats") << QStringList{u"stats"_s, u"--project"_s, u"{project}"_s};
    }
    void timing()
    {
        QFETCH(QStringList, arguments);
        const QString tag = QString::fromUtf8(QTest::currentDataTag());
        const auto expand = [&](const QString &suffix) {
            QStringList expanded = arguments;
            for (QString &argument : expanded) {
                argument.replace(u"{new}"_s, newProjectPath(u"timing-"_s + tag + suffix))
                    .replace(u"{project}"_s, m_sampleProject)
                    .replace(u"{out}"_s, m_work.filePath(u"timing-"_s + tag + suffix + u".csv"_s));
            }
            return expanded;
        };
        static const QRegularExpression timeLine(u"^time: \\d+(\\.\\d+)? ms$"_s, QRegularExpression::MultilineOption);

        const RunResult timed = run(expand(u"-timed"_s) << u"--timing"_s);
        QCOMPARE(timed.exitCode, 0);
        const QRegularExpressionMatch time = timeLine.match(timed.errText());
        QVERIFY2(time.hasMatch(), qPrintable(timed.errText()));
        // The work alone: less than the whole run, which starts the program and opens the project too.
        const double reportedMs = time.captured(0).section(u' ', 1, 1).toDouble();
        QVERIFY2(reportedMs >= 0 && reportedMs < double(timed.elapsedMs),
                 qPrintable(u"reported %1 ms of a run of %2 ms"_s.arg(reportedMs).arg(timed.elapsedMs)));
        QVERIFY(!timed.outText().contains(u"time:"_s));

        const RunResult untimed = run(expand(u"-untimed"_s));
        QCOMPARE(untimed.exitCode, 0);
        QVERIFY2(!untimed.errText().contains(u"time:"_s), qPrintable(untimed.errText()));
        // The timing changes only standard error.
        if (tag != u"import")
            QCOMPARE(timed.out, untimed.out);
    }

    // --- screenshot ------------------------------------------------------------------------------------------

    void screenshot_sampleProject_rendersTheWindowWithAnArticle()
    {
        const QString file = m_work.filePath(u"sample.png"_s);
        const RunResult result = run({u"--screenshot"_s, file, m_sampleProject});
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 0);
        const QImage image(file);
        QVERIFY2(!image.isNull(), "the screenshot is not a readable image");
        QVERIFY2(image.width() > 800 && image.height() > 500, qPrintable(u"%1x%2"_s.arg(image.width()).arg(image.height())));
        QSet<QRgb> colours;
        for (int y = 0; y < 24; ++y) {
            for (int x = 0; x < 24; ++x)
                colours.insert(image.pixel(image.width() * x / 24, image.height() * y / 24));
        }
        QVERIFY2(colours.size() >= 4, qPrintable(u"only %1 colours in the screenshot"_s.arg(colours.size())));

        // With no article to show, the window looks different.
        const QString emptyFile = m_work.filePath(u"empty.png"_s);
        const QString emptyProject = newProjectPath(u"screenshot-empty"_s);
        QCOMPARE(run({u"--screenshot"_s, emptyFile, emptyProject}).exitCode, 0);
        const QImage emptyImage(emptyFile);
        QVERIFY(!emptyImage.isNull());
        QVERIFY(emptyImage != image);
    }

    void screenshot_unwritablePath_failsWithAMessage()
    {
        const QString file = m_work.filePath(u"no-such-folder/shot.png"_s);
        const RunResult result = run({u"--screenshot"_s, file, m_sampleProject});
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.errText().contains(file), qPrintable(result.errText()));
        QVERIFY(!QFileInfo::exists(file));
    }

    void screenshot_notAProject_failsAndLeavesTheFileAlone()
    {
        const QString path = m_work.filePath(u"screenshot-not-a-project/notes.verbatim"_s);
        QVERIFY(VerbatimTest::writeFile(path, "Not a project: a list of lighthouse keepers.\n"));
        const QByteArray before = VerbatimTest::readAll(path);
        const QString file = m_work.filePath(u"screenshot-not-a-project/shot.png"_s);
        const RunResult result = run({u"--screenshot"_s, file, path});
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.errText().startsWith(u"verbatim: "_s), qPrintable(result.errText()));
        QCOMPARE(VerbatimTest::readAll(path), before);
        QVERIFY(!QFileInfo::exists(file));
    }

    // --- real data (../shared/corpus) ------------------------------------------------------------------------

    void realData_seeds_importSearchAndStatements()
    {
        VERBATIM_REQUIRE_SHARED_CORPUS(corpus);
        const QString seeds = corpus + u"/seeds"_s;
        QSet<QString> seedIds;
        static const QRegularExpression name(u"^\\d{3}_([0-9a-f]{16})\\.txt$"_s);
        for (const QString &fileName : QDir(seeds).entryList({u"*.txt"_s}, QDir::Files))
            seedIds.insert(name.match(fileName).captured(1));
        QCOMPARE(seedIds.size(), 2);

        const QString project = newProjectPath(u"real-seeds"_s);
        const RunResult imported = run({u"import"_s, u"--project"_s, project, seeds});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(stats(project).value(u"articles"_s), 2);

        const RunResult search = run({u"search"_s, u"--project"_s, project, u"Zelenskyy"_s});
        QCOMPARE(search.exitCode, 0);
        QSet<QString> hits;
        for (const QString &line : search.outLines()) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 3);
            hits.insert(fields[0]);
        }
        QCOMPARE(hits, seedIds);

        const Csv statements = exportCsv(project, u"statements"_s);
        QVERIFY2(statements.error.isEmpty(), qPrintable(statements.error));
        QHash<QString, int> perArticle;
        bool zelenskyySpeaks = false;
        for (const QStringList &row : statements.rows) {
            ++perArticle[row.value(statements.columnIndex(u"article_id"_s))];
            zelenskyySpeaks = zelenskyySpeaks || row.value(statements.columnIndex(u"speaker"_s)) == u"Volodymyr Zelenskyy";
        }
        for (const QString &id : seedIds)
            QVERIFY2(perArticle.value(id) >= 5, qPrintable(u"%1 has %2 statements"_s.arg(id).arg(perArticle.value(id))));
        QVERIFY(zelenskyySpeaks);
    }

    void realData_usgovJsonl_importsEveryDistinctArticle()
    {
        VERBATIM_REQUIRE_SHARED_CORPUS(corpus);
        const QString jsonl = corpus + u"/usgov-ukraine-2022/articles.jsonl"_s;
        QSet<QString> distinctTexts;
        qsizetype records = 0;
        for (const QByteArray &line : VerbatimTest::readAll(jsonl).split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            distinctTexts.insert(document.object().value(u"article"_s).toString().trimmed());
            ++records;
        }
        QCOMPARE(records, 291);

        const QString project = newProjectPath(u"real-usgov"_s);
        const RunResult imported = run({u"import"_s, u"--timing"_s, u"--project"_s, project, jsonl});
        QCOMPARE(imported.exitCode, 0);
        qInfo().noquote() << "import of" << records << "records (" << distinctTexts.size() << "distinct):" << imported.elapsedMs
                          << "ms wall;" << imported.errLines().filter(QRegularExpression(u"^time: "_s)).join(u"; "_s);
        qInfo().noquote() << imported.outText().trimmed();
        QCOMPARE(stats(project).value(u"articles"_s), qint64(distinctTexts.size()));
        m_usgovProject = project;
    }

    void realData_usgov_searchFindsAustin()
    {
        if (m_usgovProject.isEmpty())
            QSKIP("the real-data project was not imported (../shared absent or the import failed)");
        QElapsedTimer timer;
        timer.start();
        const RunResult result = run({u"search"_s, u"--project"_s, m_usgovProject, u"--limit"_s, u"0"_s, u"Austin"_s});
        qInfo() << "search \"Austin\":" << timer.elapsed() << "ms wall," << result.outLines().size() << "hits";
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.outLines().isEmpty());
        for (const QString &line : result.outLines())
            QCOMPARE(line.split(u'\t').size(), 3);
    }

    void realData_usgov_exportedArticleIdsAreUnique()
    {
        if (m_usgovProject.isEmpty())
            QSKIP("the real-data project was not imported (../shared absent or the import failed)");
        const Csv articles = exportCsv(m_usgovProject, u"articles"_s);
        QVERIFY2(articles.error.isEmpty(), qPrintable(articles.error));
        QSet<QString> ids;
        for (const QStringList &row : articles.rows) {
            const QString id = row.value(articles.columnIndex(u"article_id"_s));
            QVERIFY(!id.isEmpty());
            QVERIFY2(!ids.contains(id), qPrintable(u"article_id exported twice: "_s + id));
            ids.insert(id);
        }
        QCOMPARE(qint64(ids.size()), stats(m_usgovProject).value(u"articles"_s));
    }

    void realData_usgov_screenshot()
    {
        if (m_usgovProject.isEmpty())
            QSKIP("the real-data project was not imported (../shared absent or the import failed)");
        const QString file = m_work.filePath(u"usgov.png"_s);
        QElapsedTimer timer;
        timer.start();
        const RunResult result = run({u"--screenshot"_s, file, m_usgovProject});
        qInfo() << "screenshot of the real-data project:" << timer.elapsed() << "ms wall";
        QCOMPARE(result.exitCode, 0);
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 800 && image.height() > 500);
        QSet<QRgb> colours;
        for (int y = 0; y < 24; ++y) {
            for (int x = 0; x < 24; ++x)
                colours.insert(image.pixel(image.width() * x / 24, image.height() * y / 24));
        }
        QVERIFY(colours.size() >= 4);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
