// The reader's benchmarks: opening a project, full-text search, switching articles (issue "A corpus of a million
// articles"). What needs the window runs in verbatim-guibench, a process of its own for every measurement (guibench.cpp);
// these commands prepare its projects, run it and sum up.
#include "readerbench.h"

#include "benchsupport.h"
#include "corpusgenerator.h"
#include "io/importer.h"
#include "search/articlesearch.h"
#include "store/project.h"
#include "store/projectextractor.h"
#include "store/projectfile.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <fcntl.h>
#include <unistd.h>

using namespace Verbatim;

namespace VerbatimBench {

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

QString guiBench()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/verbatim-guibench");
}

// Runs verbatim-guibench and reads its "name value" lines; empty on failure (after saying why).
QList<std::pair<QString, qint64>> runGuiBench(const QStringList &arguments, qint64 *spawnedNs = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 spawned = steadyNs();
    if (spawnedNs)
        *spawnedNs = spawned;
    QStringList withClock = arguments;
    withClock.replaceInStrings(QStringLiteral("{spawned}"), QString::number(spawned));
    process.start(guiBench(), withClock);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        out() << "  verbatim-guibench " << withClock.join(u' ') << " failed\n";
        return {};
    }
    QList<std::pair<QString, qint64>> figures;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            figures.append({QString::fromUtf8(parts[0]), parts[1].toLongLong()});
    }
    return figures;
}

qint64 figure(const QList<std::pair<QString, qint64>> &figures, const QString &name)
{
    for (const auto &[key, value] : figures) {
        if (key == name)
            return value;
    }
    return -1;
}

// Drops a file's pages from the page cache (after writing back what is dirty), so that the next open reads it from
// the disk: a cold start for the project, though not for the program and its libraries.
void evictFromPageCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

bool copyProject(const QString &from, const QString &to)
{
    removeProjectFiles(to);
    return QFile::copy(from, to);
}

// Adds `count` entities that no article mentions but that carry counts, as a corpus of real news with hundreds of
// thousands of names would have (the synthetic corpus names only a few dozen people, places and organisations).
bool addSyntheticEntities(const QString &path, qint64 count)
{
    QString error;
    const std::unique_ptr<Project> project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    if (!project)
        return false;
    QSqlDatabase db = project->database();
    Sql::Transaction transaction(db, &error);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO entity (name, type, mention_count, article_count) VALUES (?, ?, ?, ?)"));
    static const char *const types[] = {"person", "organisation", "place", "date", "group"};
    Random random(7);
    for (qint64 i = 0; i < count; ++i) {
        // Counts as in real corpora: most names once or twice, a few very often.
        const int mentions = 1 + int(random.next() % 3) * int(random.next() % (1 + random.below(2000)));
        const QString name = QStringLiteral("Name%1 Synthetic%2").arg(i).arg(random.below(100000));
        if (!Sql::execPrepared(insert, {name, QString::fromLatin1(types[random.below(5)]), mentions, std::max(1, mentions / 2)}, &error)) {
            out() << "  " << error << "\n";
            return false;
        }
    }
    return transaction.commit(&error);
}

QString ms(qint64 nanoseconds)
{
    return milliseconds(nanoseconds);
}

} // namespace

int projectCommand(const QStringList &arguments)
{
    const qint64 count = option(arguments, QStringLiteral("--articles"), QStringLiteral("100000")).toLongLong();
    const QString path = benchProject(count);
    out() << (path.isEmpty() ? QStringLiteral("no project") : path) << "\n";
    return path.isEmpty() ? 1 : 0;
}

int openCommand(const QStringList &arguments)
{
    const qint64 count = option(arguments, QStringLiteral("--articles"), QStringLiteral("100000")).toLongLong();
    const int runs = option(arguments, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    const qint64 entities = option(arguments, QStringLiteral("--entities"), QStringLiteral("0")).toLongLong();
    const QString source = benchProject(count);
    if (source.isEmpty())
        return 1;
    // Opening writes to a project (its write-ahead log, a checkpoint when closed): work on a copy of the shared one,
    // kept for later runs.
    const QString copy = benchDir() + QStringLiteral("/reader-open-%1%2.verbatim").arg(count).arg(entities > 0 ? QStringLiteral("-e%1").arg(entities) : QString());
    const QString what = QStringLiteral("copying %1 to %2").arg(source, copy)
        + (entities > 0 ? QStringLiteral(" and adding %1 entities").arg(entities) : QString());
    if (madeOnce(copy, what, [&] { return copyProject(source, copy) && (entities == 0 || addSyntheticEntities(copy, entities)); }).isEmpty())
        return 1;

    out() << "open: a project of " << count << " articles (" << mb(QFileInfo(copy).size()) << ")"
          << (entities > 0 ? QStringLiteral(" with %1 more entities").arg(entities) : QString())
          << ", from the start of the process until the window has painted its list with rows and the first article\n";
    out().flush();
    struct Run {
        QList<std::pair<QString, qint64>> figures;
        bool cold = false;
    };
    QList<Run> results;
    for (int run = 0; run <= runs; ++run) {
        // The first run reads the project from the disk; the others find it in the page cache.
        if (run == 0)
            evictFromPageCache(copy);
        const auto figures = runGuiBench({QStringLiteral("open"), copy, QStringLiteral("{spawned}")});
        if (figures.isEmpty())
            return 1;
        results.append({figures, run == 0});
    }
    auto line = [&](const QString &label, const QString &name, bool bytes) {
        QList<qint64> warm;
        for (const Run &run : std::as_const(results)) {
            if (!run.cold)
                warm.append(figure(run.figures, name));
        }
        const qint64 cold = figure(results.constFirst().figures, name);
        const auto format = [bytes](qint64 value) { return bytes ? mb(value) : ms(value); };
        out() << "  " << label.leftJustified(44) << " cold " << format(cold).rightJustified(9) << "   warm median "
              << format(quantile(warm, 0.5)).rightJustified(9) << ", max " << format(quantile(warm, 1.0)).rightJustified(9) << "\n";
    };
    line(QStringLiteral("ready, from spawning the process"), QStringLiteral("ready_since_spawn"), false);
    line(QStringLiteral("ready, from main()"), QStringLiteral("ready_since_main"), false);
    line(QStringLiteral("  process start until main()"), QStringLiteral("spawn_to_main"), false);
    line(QStringLiteral("  QApplication"), QStringLiteral("main_to_application"), false);
    line(QStringLiteral("  MainWindow constructed"), QStringLiteral("window_constructed"), false);
    line(QStringLiteral("  MainWindow::openProject"), QStringLiteral("open_project"), false);
    line(QStringLiteral("  show()"), QStringLiteral("show"), false);
    line(QStringLiteral("  until list and article painted"), QStringLiteral("painted"), false);
    line(QStringLiteral("resident memory when ready (target 200 MB)"), QStringLiteral("rss_ready"), true);
    line(QStringLiteral("resident memory 1.5 s later"), QStringLiteral("rss_settled"), true);
    line(QStringLiteral("peak resident memory"), QStringLiteral("rss_peak"), true);
    out() << "  rows in the list: " << figure(results.constFirst().figures, QStringLiteral("rows")) << "\n";
    out().flush();

    // The steps of opening, one by one, in a fresh (warm) process: where the time goes.
    const auto steps = runGuiBench({QStringLiteral("breakdown"), copy});
    out() << "  steps, one by one (warm):\n";
    for (const auto &[name, value] : steps)
        out() << "    " << name.leftJustified(28) << (name == u"rss" ? mb(value) : ms(value)) << "\n";
    out().flush();
    return 0;
}

int searchCommand(const QStringList &arguments)
{
    const qint64 count = option(arguments, QStringLiteral("--articles"), QStringLiteral("100000")).toLongLong();
    const int rounds = option(arguments, QStringLiteral("--rounds"), QStringLiteral("5")).toInt();
    const QString path = benchProject(count);
    if (path.isEmpty())
        return 1;
    // Reads the shared project without changing it: immutable (no locks, no -wal or -shm files), with the pragmas the
    // application's own connection sets (ProjectFile::openConnection).
    const QString connection = QStringLiteral("search-bench");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open()) {
            out() << "cannot open " << path << "\n";
            return 1;
        }
        QSqlQuery pragma(db);
        for (const char *statement : {"PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"})
            Sql::exec(pragma, QString::fromLatin1(statement));

        // Rare and common words, phrases, prefixes and operators, in words the synthetic corpus uses.
        struct Query {
            const char *kind;
            const char *text;
        };
        static const Query queries[] = {
            {"rare", "\"Okafor said in Sarnov on Tuesday\""},
            {"rare", "\"Costa told reporters\" AND Varena AND hurry"},
            {"absent", "zelenskyy"},
            {"common", "ceasefire"},
            {"common", "Mirescu"},
            {"common", "bread"},
            {"phrase", "\"grain corridor\""},
            {"phrase", "\"not a victory for anyone\""},
            {"phrase", "\"the prisoner exchange\""},
            {"prefix", "negotiat*"},
            {"prefix", "Mir*"},
            {"prefix", "refer*"},
            {"and", "ceasefire AND Geneva"},
            {"or", "Mirescu OR Dobrev"},
            {"not", "sanctions NOT Brussels"},
            {"group", "(Weber OR Varga) AND referendum"},
        };
        out() << "search: " << count << " articles, " << std::size(queries) << " queries, " << rounds
              << " rounds each, the first 50 hits through ArticleSearch::search\n";
        for (const ArticleSearch::Order order : {ArticleSearch::Order::Rank, ArticleSearch::Order::Date}) {
            const char *orderName = order == ArticleSearch::Order::Rank ? "best first (bm25)" : "newest first";
            QList<qint64> all;
            out() << "  " << orderName << ":\n";
            for (const Query &entry : queries) {
                const SearchQuery query(QString::fromUtf8(entry.text));
                QList<qint64> samples;
                qsizetype hits = 0;
                for (int round = 0; round < rounds; ++round) {
                    QString error;
                    QElapsedTimer timer;
                    timer.start();
                    hits = ArticleSearch::search(db, query, 50, &error, order).size();
                    samples.append(timer.nsecsElapsed());
                    if (!error.isEmpty())
                        out() << "    " << entry.text << ": " << error << "\n";
                }
                all.append(samples);
                out() << "    " << QString::fromLatin1(entry.kind).leftJustified(7) << QString::fromUtf8(entry.text).leftJustified(36)
                      << QString::number(hits).rightJustified(3) << " hits, median " << ms(quantile(samples, 0.5)).rightJustified(9)
                      << ", first " << ms(samples.constFirst()) << "\n";
            }
            out() << "    all: p50 " << ms(quantile(all, 0.5)) << ", p95 " << ms(quantile(all, 0.95)) << ", max " << ms(quantile(all, 1.0))
                  << " (target: p95 under 50 ms)\n";
            out().flush();
        }
        // A word in every article, ranked: every match has to be scored.
        for (const char *word : {"the", "said"}) {
            const SearchQuery query(QString::fromLatin1(word));
            QList<qint64> samples;
            qint64 matches = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM article_fts WHERE article_fts MATCH ?"), {query.ftsExpression()}).toLongLong();
            for (int round = 0; round < rounds; ++round) {
                QString error;
                QElapsedTimer timer;
                timer.start();
                ArticleSearch::search(db, query, 50, &error, ArticleSearch::Order::Rank);
                samples.append(timer.nsecsElapsed());
            }
            out() << "  very common word \"" << word << "\" (" << matches << " articles), best first: median " << ms(quantile(samples, 0.5))
                  << ", max " << ms(quantile(samples, 1.0)) << " (target: under 300 ms)\n";
        }
        out().flush();
    }
    QSqlDatabase::removeDatabase(connection);
    return 0;
}

int switchCommand(const QStringList &arguments)
{
    const int rounds = option(arguments, QStringLiteral("--rounds"), QStringLiteral("5")).toInt();
    // A project of its own with articles of the sizes the targets name, extracted like any import (so every layer has
    // spans), with annotations on each.
    const QString path = benchDir() + QStringLiteral("/reader-switch.verbatim");
    const auto make = [&] {
        QTemporaryDir folder;
        const CorpusGenerator generator;
        const qint64 sizes[] = {3000, 10000, 300000, 1200000, 3000000};
        for (const qint64 size : sizes) {
            QFile file(folder.filePath(QStringLiteral("long-%1.txt").arg(size)));
            if (!file.open(QIODevice::WriteOnly) || file.write(generator.longArticle(size, size).toUtf8()) < 0)
                return false;
        }
        QString error;
        std::unique_ptr<Project> project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
        if (!project) {
            out() << "  " << error << "\n";
            return false;
        }
        const ProjectExtractor extractor(path);
        const ImportReport report = Importer(path, extractor).run({folder.path()});
        if (!report.succeeded()) {
            out() << "  " << report.summary() << "\n";
            return false;
        }
        // An annotation every 20,000 characters, tagged.
        const QList<Tag> tags = project->tags();
        QSqlQuery ids(project->database());
        Sql::exec(ids, QStringLiteral("SELECT id FROM article"));
        QList<qint64> articles;
        while (ids.next())
            articles.append(ids.value(0).toLongLong());
        for (const qint64 article : std::as_const(articles)) {
            const qsizetype length = project->articleContent(article)->text.size();
            for (qsizetype at = 100; at + 200 < length; at += 20000) {
                Annotation annotation;
                annotation.article = article;
                annotation.start = at;
                annotation.end = at + 150;
                annotation.tagIds = {tags.value(int(at / 20000) % std::max<qsizetype>(1, tags.size())).id};
                if (!project->insertAnnotation(&annotation)) {
                    out() << "  " << project->errorString() << "\n";
                    return false;
                }
            }
        }
        return true;
    };
    if (madeOnce(path, QStringLiteral("making ") + path, make).isEmpty())
        return 1;
    out() << "switch: from a short article to one of each size, with every layer (quotations, speakers, entities, annotations, search "
             "hits for \"talks\"); medians of "
          << rounds << " rounds\n";
    out().flush();
    const auto figures = runGuiBench({QStringLiteral("switch"), path, QString::number(rounds)});
    if (figures.isEmpty())
        return 1;
    QStringList sizes;
    for (const auto &[name, value] : figures) {
        const QString size = name.section(u'_', 1, 1);
        if (!sizes.contains(size))
            sizes.append(size);
    }
    out() << "  " << QStringLiteral("characters").leftJustified(12) << QStringLiteral("SQL+offsets").rightJustified(12)
          << QStringLiteral("shown").rightJustified(12) << QStringLiteral("painted").rightJustified(12)
          << QStringLiteral("all done").rightJustified(12) << QStringLiteral("longest wait").rightJustified(14)
          << QStringLiteral("jump to end").rightJustified(13) << "\n";
    for (const QString &size : std::as_const(sizes)) {
        auto value = [&](const char *what) { return ms(figure(figures, QStringLiteral("article_%1_%2").arg(size, QLatin1StringView(what)))); };
        out() << "  " << size.leftJustified(12) << value("content").rightJustified(12) << value("shown").rightJustified(12)
              << value("painted").rightJustified(12) << value("complete").rightJustified(12) << value("longest_turn").rightJustified(14)
              << value("scrolled_to_end").rightJustified(13) << "\n";
    }
    out() << "  (shown: selectArticle() returned, the text set and what is visible highlighted; painted: and the window repainted; all\n"
             "  done: every block highlighted; longest wait: the longest the event loop could not handle input meanwhile; jump to end:\n"
             "  scrolling to the end and painting it. Targets: 10 KB under 16 ms, 300 KB under 100 ms, over 1 MB responsive)\n";
    out().flush();
    return 0;
}

int windowImportCommand(const QStringList &arguments)
{
    const qint64 count = option(arguments, QStringLiteral("--articles"), QStringLiteral("100000")).toLongLong();
    const QString folder = corpusFolder(count);
    if (folder.isEmpty())
        return 1;
    const QString path = benchDir() + QStringLiteral("/window-import-%1.verbatim").arg(count);
    removeProjectFiles(path);
    {
        QString error;
        if (!Project::open(path, Project::OpenMode::CreateIfMissing, &error)) {
            out() << "  " << error << "\n";
            return 1;
        }
    }
    const QString shot = benchDir() + QStringLiteral("/window-import-%1.png").arg(count);
    out() << "window import: " << count << " articles (" << mb(corpusBytes(folder)) << ") from File > Import, a search typed and the list"
          << " stepped every 300 ms\n";
    out().flush();
    const QList<std::pair<QString, qint64>> figures = runGuiBench({QStringLiteral("import"), path, shot, folder});
    if (figures.isEmpty())
        return 1;
    out() << "  import " << seconds(figure(figures, QStringLiteral("import"))) << "; a 5 ms timer ticked " << figure(figures, QStringLiteral("ticks"))
          << " times, the gap between ticks: p50 " << milliseconds(figure(figures, QStringLiteral("gap_p50"))) << ", p99 "
          << milliseconds(figure(figures, QStringLiteral("gap_p99"))) << ", longest " << milliseconds(figure(figures, QStringLiteral("gap_max")))
          << "; " << figure(figures, QStringLiteral("gaps_over_16ms")) << " gaps over 16 ms, " << figure(figures, QStringLiteral("gaps_over_50ms"))
          << " over 50 ms; " << figure(figures, QStringLiteral("progress_updates")) << " progress updates; "
          << figure(figures, QStringLiteral("rows_after")) << " rows listed after\n";
    out() << "  the window 8 s in: " << shot << "\n";
    removeProjectFiles(path);
    return 0;
}

} // namespace VerbatimBench
