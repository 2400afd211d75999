// verbatim-bench: measures what issue "A corpus of a million articles" targets, and prints the figures (it never
// asserts a time: a benchmark on a noisy machine is a measurement, not a test).
//
//   verbatim-bench extraction [--corpus DIR] [--seconds N]     extraction throughput on one core
//   verbatim-bench generate --articles N [--output DIR]        write a synthetic corpus (deterministic)
//   verbatim-bench import --articles N                         import it, and load the same text with the sqlite3
//                                                              shell plus an FTS5 rebuild, side by side
//
// Corpora and projects are kept under the build folder's bench/, or the folder the environment variable
// VERBATIM_BENCH_DIR names (to share them between checkouts), and reused by later runs.
#include "benchsupport.h"
#include "corpusgenerator.h"
#include "listbench.h"
#include "readerbench.h"
#include "extract/ruleextractor.h"
#include "io/articlefilereader.h"
#include "io/csvwriter.h"
#include "io/importer.h"
#include "store/project.h"
#include "store/projectextractor.h"
#include "testpaths.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QThread>

using namespace Verbatim;
using namespace VerbatimBench;

namespace {

// Real news text to extract from: the shared corpus when it is there, else the bundled sample corpus.
QList<Article> loadArticles(const QString &corpusDir)
{
    QList<Article> articles;
    const QString jsonl = corpusDir + QStringLiteral("/usgov-ukraine-2022/articles.jsonl");
    for (const QString &path : {jsonl, QString(corpusDir + QStringLiteral("/seeds"))}) {
        const QStringList files = ArticleFileReader::collectFiles({path}, nullptr);
        for (const QString &file : files)
            articles.append(ArticleFileReader::readFile(file).articles);
    }
    if (articles.isEmpty()) {
        const QStringList files = ArticleFileReader::collectFiles({QStringLiteral(VERBATIM_SOURCE_DIR "/resources/sample-corpus")}, nullptr);
        for (const QString &file : files)
            articles.append(ArticleFileReader::readFile(file).articles);
    }
    return articles;
}

int extractionBenchmark(const QStringList &arguments)
{
    const QString corpus = option(arguments, QStringLiteral("--corpus"), QStringLiteral(VERBATIM_SHARED_DIR "/corpus"));
    const double limit = option(arguments, QStringLiteral("--seconds"), QStringLiteral("5")).toDouble();
    const QList<Article> articles = loadArticles(corpus);
    qint64 bytes = 0;
    for (const Article &article : articles)
        bytes += article.text.toUtf8().size();
    out() << "extraction: " << articles.size() << " articles, " << mb(bytes) << " of UTF-8 text\n";
    const RuleExtractor extractor;
    // Warm up (gazetteer loading is not part of the rate).
    extractor.extract({articles.constFirst().text, articles.constFirst().date, articles.constFirst().title});

    QElapsedTimer timer;
    timer.start();
    qint64 extractedBytes = 0;
    qint64 statements = 0;
    qint64 mentions = 0;
    int rounds = 0;
    while (timer.elapsed() < qint64(limit * 1000) || rounds == 0) {
        for (const Article &article : articles) {
            const Extraction extraction = extractor.extract({article.text, article.date, article.title});
            statements += extraction.statements.size();
            mentions += extraction.mentions.size();
        }
        extractedBytes += bytes;
        ++rounds;
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    out() << "  " << rounds << " rounds in " << QString::number(elapsed, 'f', 2) << " s on one thread: "
          << QString::number(double(extractedBytes) / 1e6 / elapsed, 'f', 1) << " MB/s (target: 20 MB/s per core); "
          << statements / rounds << " statements and " << mentions / rounds << " mentions per round\n";
    out().flush();
    return 0;
}

int generateCommand(const QStringList &arguments)
{
    const qint64 count = option(arguments, QStringLiteral("--articles"), QStringLiteral("1000")).toLongLong();
    const QString output = option(arguments, QStringLiteral("--output"));
    if (output.isEmpty())
        return corpusFolder(count).isEmpty() ? 1 : 0;
    const qint64 bytes = CorpusGenerator().writeCorpus(output, count);
    out() << "wrote " << count << " articles, " << mb(bytes) << ", to " << output << "\n";
    return bytes < 0 ? 1 : 0;
}

// The same articles as CSV (article_id, title, text), for the sqlite3 shell's .import.
QString csvOf(const QString &folder, qint64 count)
{
    const QString path = benchDir() + QStringLiteral("/corpus-%1.csv").arg(count);
    if (QFile::exists(path))
        return path;
    QFile file(path + QStringLiteral(".partial"));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    CsvWriter writer(&file);
    for (const QString &name : ArticleFileReader::collectFiles({folder}, nullptr)) {
        for (const Article &article : ArticleFileReader::readFile(name).articles)
            writer.writeRecordAsIs({article.articleId, article.title, article.text}); // a corpus to import, not a spreadsheet
    }
    file.close();
    QFile::rename(file.fileName(), path);
    return path;
}

// Loads the articles into SQLite with the sqlite3 shell and builds an FTS5 index over them: the floor for an import.
qint64 sqliteShellBaseline(const QString &csv, const QString &database)
{
    QFile::remove(database);
    QProcess shell;
    shell.setProgram(QStringLiteral("sqlite3"));
    shell.setArguments({database});
    QElapsedTimer timer;
    timer.start();
    shell.start();
    shell.write(QStringLiteral("PRAGMA journal_mode=WAL;\n"
                               "CREATE TABLE article(article_id TEXT, title TEXT, text TEXT);\n"
                               ".import --csv --skip 0 %1 article\n"
                               "CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='article', tokenize='unicode61 remove_diacritics 2');\n"
                               "INSERT INTO article_fts(article_fts) VALUES('rebuild');\n"
                               ".quit\n")
                    .arg(csv)
                    .toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0) {
        out() << "  the sqlite3 shell failed: " << QString::fromUtf8(shell.readAllStandardError()) << "\n";
        return -1;
    }
    return timer.nsecsElapsed();
}

int importCommand(const QStringList &arguments)
{
    const qint64 count = option(arguments, QStringLiteral("--articles"), QStringLiteral("100000")).toLongLong();
    const QString folder = corpusFolder(count);
    if (folder.isEmpty())
        return 1;
    const qint64 bytes = corpusBytes(folder);
    const QString projectPath = benchDir() + QStringLiteral("/import-%1.verbatim").arg(count);
    removeProjectFiles(projectPath);

    out() << "import: " << count << " articles, " << mb(bytes) << ", on " << QThread::idealThreadCount() << " cores\n";
    out().flush();
    QElapsedTimer timer;
    timer.start();
    QString error;
    {
        const std::unique_ptr<Project> project = Project::open(projectPath, Project::OpenMode::CreateIfMissing, &error);
        if (!project) {
            out() << "  " << error << "\n";
            return 1;
        }
    }
    const ProjectExtractor extractor(projectPath);
    Importer importer(projectPath, extractor);
    const ImportReport report = importer.run({folder});
    const qint64 importTime = timer.nsecsElapsed();
    if (!report.succeeded()) {
        out() << "  " << report.summary() << "\n";
        return 1;
    }
    out() << "  Verbatim: " << seconds(importTime) << " (" << QString::number(double(bytes) / 1e6 / (double(importTime) / 1e9), 'f', 1)
          << " MB/s, " << QString::number(double(count) / (double(importTime) / 1e9), 'f', 0) << " articles/s), with extraction and the full-text index\n"
          << "    the writer waited " << report.waitingMs << " ms for reading and extraction; the commit took " << report.committingMs << " ms\n";
    out().flush();

    const QString csv = csvOf(folder, count);
    const qint64 baseline = csv.isEmpty() ? -1 : sqliteShellBaseline(csv, benchDir() + QStringLiteral("/baseline-%1.sqlite").arg(count));
    if (baseline > 0)
        out() << "  sqlite3 shell (.import of the same text, then FTS5 rebuild): " << seconds(baseline) << "; Verbatim takes "
              << QString::number(double(importTime) / double(baseline), 'f', 2) << "x as long (target: within 3x, and under 30 s for 100,000)\n";
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // scroll paints real views: it needs widgets (offscreen unless a platform is chosen).
    const bool widgets = argc > 1 && qstrcmp(argv[1], "scroll") == 0;
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(widgets ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.value(0);
    QDir().mkpath(benchDir());

    // One line per command; each command's code says what it measures.
    struct Command {
        const char *name;
        const char *usage;
        int (*run)(const QStringList &arguments);
    };
    static const Command commands[] = {
        {"extraction", "[--corpus DIR] [--seconds N]    extraction throughput on one core", extractionBenchmark},
        {"generate", "--articles N [--output DIR]       write a synthetic corpus (deterministic)", generateCommand},
        {"import", "--articles N                        import it, and the sqlite3 shell baseline side by side", importCommand},
        {"filter", "--articles N                        filter the article list and the statements table (ms per filter)", filterCommand},
        {"export", "--articles N                        export statements to CSV (time and rows/s)", exportCommand},
        {"scroll", "--articles N                        fetch rows as a view scrolls; paint a real list offscreen", scrollCommand},
        {"project", "--articles N                       make (once) the shared project of N articles; print its path", projectCommand},
        {"open", "--articles N [--runs R] [--entities E] open it in the window: time to list filled, memory", openCommand},
        {"search", "--articles N [--rounds R]            full-text search: first 50 hits, p50/p95/max", searchCommand},
        {"switch", "[--rounds R]                        show articles of 3 KB to 3 MB with all highlighting", switchCommand},
        {"window-import", "--articles N                 import from the window while searching: event-loop turns", windowImportCommand},
    };
    for (const Command &entry : commands) {
        if (command == QLatin1StringView(entry.name))
            return entry.run(arguments.mid(1));
    }
    QTextStream usage(stderr);
    for (const Command &entry : commands)
        usage << "verbatim-bench " << entry.name << " " << entry.usage << "\n";
    return command.isEmpty() || command == u"--help" ? 0 : 1;
}
