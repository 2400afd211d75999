// verbatim-bench filter | export | scroll: the article list, its filters and the statements table over a synthetic
// corpus. They run on a copy of the shared project (list-N.verbatim) that gets what the synthetic corpus lacks:
// sources on a fifth of the articles and tags (the first statement of every 50th article tagged, a passage of every
// 200th), deterministically. Figures only; nothing is asserted.
#include "listbench.h"

#include "benchsupport.h"
#include "io/exporter.h"
#include "model/articlelistmodel.h"
#include "model/corpusstatementmodel.h"
#include "search/corpusquery.h"
#include "store/project.h"
#include "store/projectfile.h"
#include "store/schema.h"
#include "store/sql.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QThread>
#include <QTreeView>
#include <QWindow>

#include <functional>

using namespace Verbatim;

namespace VerbatimBench {

namespace {

QString cores()
{
    return QStringLiteral("%1 cores").arg(QThread::idealThreadCount());
}

bool execAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        QString error;
        if (!Sql::exec(query, sql, {}, &error)) {
            out() << "  " << error << "\n";
            return false;
        }
    }
    return true;
}

// The shared project, copied, brought to this build's format, with sources and tags added.
QString listProject(qint64 count)
{
    const QString shared = benchProject(count);
    if (shared.isEmpty())
        return {};
    const QString path = benchDir() + QStringLiteral("/list-%1-v%2.verbatim").arg(count).arg(Schema::currentVersion);
    return madeOnce(path, QStringLiteral("copying %1 to %2, then adding sources and tags").arg(shared, path), [&] {
        if (!QFile::copy(shared, path))
            return false;
        const QString name = ProjectFile::uniqueConnectionName(u"bench");
        bool ok = false;
        {
            QString error;
            QSqlDatabase db = ProjectFile::openConnection(path, name, &error);
            const int version = Sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
            // The migration without the backup Project::open() would write (another copy of the whole file).
            ok = db.isOpen() && db.transaction() && Schema::migrate(db, version, &error) && db.commit();
            if (!ok)
                out() << "  migration failed: " << error << "\n";
            ok = ok && db.transaction()
                && execAll(db, {
                    QStringLiteral("UPDATE article SET source = CASE id % 10 WHEN 0 THEN 'Wire A' ELSE 'Wire B' END WHERE id % 10 IN (0, 1)"),
                    QStringLiteral("INSERT INTO annotation (article, statement, start, end, text, note, created, modified) "
                                   "SELECT s.article, s.id, s.start, s.end, s.text, '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' "
                                   "FROM statement AS s WHERE s.id IN (SELECT min(id) FROM statement WHERE article IN "
                                   "(SELECT id FROM article WHERE id % 50 = 0) AND status <> 'rejected' GROUP BY article)"),
                    QStringLiteral("INSERT INTO annotation_tag (annotation, tag) SELECT id, (SELECT min(id) FROM tag) FROM annotation"),
                    QStringLiteral("INSERT INTO annotation (article, statement, start, end, text, note, created, modified) "
                                   "SELECT article, NULL, 0, 10, substr(text, 1, 10), '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' "
                                   "FROM article_text WHERE article % 200 = 7"),
                    QStringLiteral("INSERT INTO annotation_tag (annotation, tag) SELECT id, (SELECT max(id) FROM tag) FROM annotation WHERE statement IS NULL"),
                    QStringLiteral("UPDATE article SET tag_count = (SELECT count(*) FROM annotation_tag JOIN annotation ON annotation.id = "
                                   "annotation_tag.annotation WHERE annotation.article = article.id) WHERE id IN (SELECT article FROM annotation)"),
                })
                && db.commit();
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    });
}

struct Entities {
    qint64 person = 0; ///< the most mentioned "person" (in the synthetic corpus, "Observers", in almost every article)
    QString personName;
    qint64 named = 0; ///< one of the sixteen people the generator names
    QString namedName;
    qint64 place = 0;
    QString placeName;
    qint64 rare = 0; ///< an entity in about a hundred articles
    QString rareName;
    qint64 positionTag = 0;
};

Entities pickEntities(const QSqlDatabase &db)
{
    Entities picked;
    QSqlQuery query(db);
    auto pick = [&](const QString &sql, qint64 *id, QString *name) {
        if (query.exec(sql) && query.next()) {
            *id = query.value(0).toLongLong();
            *name = query.value(1).toString();
        }
    };
    pick(QStringLiteral("SELECT id, name FROM entity WHERE type = 'person' ORDER BY mention_count DESC LIMIT 1"), &picked.person, &picked.personName);
    pick(QStringLiteral("SELECT id, name FROM entity WHERE type = 'place' ORDER BY mention_count DESC LIMIT 1"), &picked.place, &picked.placeName);
    pick(QStringLiteral("SELECT id, name FROM entity WHERE type = 'person' AND name = 'Anton Mirescu'"), &picked.named, &picked.namedName);
    pick(QStringLiteral("SELECT id, name FROM entity ORDER BY abs(article_count - 100), id LIMIT 1"), &picked.rare, &picked.rareName);
    picked.positionTag = Sql::scalar(db, QStringLiteral("SELECT min(id) FROM tag")).toLongLong();
    return picked;
}

// Runs `run` `times` times and prints the first run (the condition's index read) and the median of the others (its
// article set kept by CorpusQuery, as when a user goes back to a filter or adds a condition to it), with the rows found.
void measure(const QString &label, int times, const std::function<qint64()> &run)
{
    QList<qint64> samples;
    qint64 found = 0;
    for (int i = 0; i < std::max(2, times); ++i) {
        QElapsedTimer timer;
        timer.start();
        found = run();
        samples.append(timer.nsecsElapsed());
    }
    const qint64 first = samples.takeFirst();
    out() << "  " << label.leftJustified(46) << " first " << milliseconds(first).rightJustified(9) << ", again "
          << milliseconds(quantile(samples, 0.5)).rightJustified(9) << "   " << found << " rows\n";
    out().flush();
}

qint64 countOption(const QStringList &arguments)
{
    return option(arguments, QStringLiteral("--articles"), QStringLiteral("100000")).toLongLong();
}

} // namespace

int filterCommand(const QStringList &arguments)
{
    const qint64 count = countOption(arguments);
    const int times = option(arguments, QStringLiteral("--times"), QStringLiteral("5")).toInt();
    const QString path = listProject(count);
    if (path.isEmpty())
        return 1;
    const QString name = ProjectFile::uniqueConnectionName(u"bench");
    {
        QString error;
        const QSqlDatabase db = ProjectFile::openConnection(path, name, &error);
        const Entities entities = pickEntities(db);
        const qint64 statements = Sql::scalar(db, QStringLiteral("SELECT sum(statement_count) FROM article")).toLongLong();
        out() << "filter: " << count << " articles, " << statements << " statements, on " << cores() << " (the query thread uses one)\n";
        CorpusQuery query(db);
        using Order = CorpusQuery::ArticleOrder;

        QElapsedTimer first;
        first.start();
        const qint64 all = query.articles(ArticleFilter(), Order::Date, Qt::DescendingOrder).ids.size();
        out() << "  first query after opening (reads the date order of every article): " << milliseconds(first.nsecsElapsed()) << ", " << all
              << " rows; resident memory " << mb(residentBytes()) << "\n";

        auto articles = [&](const QString &label, const ArticleFilter &filter, Order order = Order::Date) {
            measure(label, times, [&] { return qint64(query.articles(filter, order, Qt::DescendingOrder).ids.size()); });
        };
        ArticleFilter filter;
        articles(QStringLiteral("articles: no filter, by date"), filter);
        articles(QStringLiteral("articles: no filter, by title"), filter, Order::Title);
        articles(QStringLiteral("articles: no filter, by statements"), filter, Order::Statements);
        filter = {};
        filter.from = QDate(2023, 5, 1);
        filter.to = QDate(2023, 5, 31);
        articles(QStringLiteral("date: one month"), filter);
        filter.from = QDate(2023, 1, 1);
        filter.to = QDate(2023, 12, 31);
        articles(QStringLiteral("date: one year"), filter);
        articles(QStringLiteral("date: one year, by title"), filter, Order::Title);
        filter = {};
        filter.source = QStringLiteral("Wire A");
        articles(QStringLiteral("source (a tenth of the articles)"), filter);
        filter = {};
        filter.entity = entities.rare;
        articles(QStringLiteral("entity: %1 (rare)").arg(entities.rareName), filter);
        filter.entity = entities.place;
        articles(QStringLiteral("entity: %1 (place)").arg(entities.placeName), filter);
        filter.entity = entities.named;
        articles(QStringLiteral("entity: %1 (one of 16 named people)").arg(entities.namedName), filter);
        filter.entity = entities.person;
        articles(QStringLiteral("entity: %1 (most mentioned)").arg(entities.personName), filter);
        filter = {};
        filter.speaker = entities.named;
        articles(QStringLiteral("speaker: %1").arg(entities.namedName), filter);
        filter.speaker = entities.person;
        articles(QStringLiteral("speaker: %1 (most quoted)").arg(entities.personName), filter);
        filter = {};
        filter.tag = entities.positionTag;
        articles(QStringLiteral("tag (first statement of every 50th)"), filter);
        filter.tag = ArticleFilter::anyTag;
        articles(QStringLiteral("any tag"), filter);
        filter = {};
        filter.speaker = entities.named;
        filter.from = QDate(2023, 1, 1);
        filter.to = QDate(2023, 12, 31);
        articles(QStringLiteral("speaker + one year"), filter);
        filter.tag = entities.positionTag;
        articles(QStringLiteral("speaker + one year + tag"), filter);
        filter = {};
        filter.entity = entities.place;
        filter.source = QStringLiteral("Wire A");
        filter.tag = entities.positionTag;
        articles(QStringLiteral("entity + source + tag"), filter);
        filter = {};
        filter.search = SearchQuery(u"ceasefire");
        articles(QStringLiteral("search: ceasefire (common)"), filter);
        filter.search = SearchQuery(u"Tarnholm");
        articles(QStringLiteral("search: Tarnholm"), filter);
        filter.from = QDate(2023, 1, 1);
        filter.to = QDate(2023, 12, 31);
        filter.entity = entities.named;
        articles(QStringLiteral("search + one year + entity"), filter);

        // Search as you type: each prefix of a word, as the list would ask for it (by date).
        QList<qint64> typing;
        qint64 typed = 0;
        for (const QString &word : {QStringLiteral("reconstruction"), QStringLiteral("observers"), QStringLiteral("Varena"), QStringLiteral("grain"),
                                    QStringLiteral("Sollberg"), QStringLiteral("humanitarian")}) {
            for (qsizetype length = 3; length <= word.size(); ++length) {
                ArticleFilter prefix;
                prefix.search = SearchQuery(QString(word.left(length) + (length < word.size() ? QStringLiteral("*") : QString())));
                QElapsedTimer timer;
                timer.start();
                typed += query.articles(prefix, Order::Date, Qt::DescendingOrder).ids.size();
                typing.append(timer.nsecsElapsed());
            }
        }
        const qsizetype keystrokes = typing.size();
        out() << "  search as you type (" << keystrokes << " keystrokes, whole id list by date):  p50 " << milliseconds(quantile(typing, 0.5)) << ", p95 "
              << milliseconds(quantile(typing, 0.95)) << ", max " << milliseconds(quantile(typing, 1.0)) << "\n";

        using SOrder = CorpusQuery::StatementOrder;
        auto statementRows = [&](const QString &label, const ArticleFilter &f, SOrder order) {
            measure(label, std::max(1, times / 2), [&] { return query.statements(f, order, Qt::DescendingOrder).count(); });
        };
        statementRows(QStringLiteral("statements: no filter, by date"), ArticleFilter(), SOrder::Date);
        filter = {};
        filter.from = QDate(2023, 1, 1);
        filter.to = QDate(2023, 12, 31);
        statementRows(QStringLiteral("statements: one year"), filter, SOrder::Date);
        filter = {};
        filter.speaker = entities.named;
        statementRows(QStringLiteral("statements: speaker"), filter, SOrder::Date);
        filter.tag = entities.positionTag;
        statementRows(QStringLiteral("statements: speaker + tag"), filter, SOrder::Date);
        const qint64 before = residentBytes();
        statementRows(QStringLiteral("statements: no filter, by speaker"), ArticleFilter(), SOrder::Speaker);
        out() << "  (resident memory " << mb(before) << " before the speaker order, " << mb(residentBytes()) << " after)\n";
    }
    QSqlDatabase::removeDatabase(name);

    // Through the model, as the window sees it: from setFilter() to the reset with the new rows (thread hand-over included).
    QString error;
    const std::unique_ptr<Project> project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    if (!project) {
        out() << "  " << error << "\n";
        return 1;
    }
    ArticleListModel model(project.get());
    auto waitLoaded = [&model] {
        while (model.isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    };
    QElapsedTimer opened;
    opened.start();
    waitLoaded();
    out() << "  model: first rows after opening " << milliseconds(opened.nsecsElapsed()) << "\n";
    const Entities entities = pickEntities(project->database());
    auto throughModel = [&](const QString &label, const ArticleFilter &filter) {
        measure(QStringLiteral("model: ") + label, times, [&] {
            model.setFilter(filter);
            waitLoaded();
            model.data(model.index(0, 1)); // the first screen's first page
            const int rows = model.rowCount();
            model.setFilter(ArticleFilter());
            waitLoaded();
            return qint64(rows);
        });
    };
    ArticleFilter filter;
    filter.speaker = entities.named;
    throughModel(QStringLiteral("speaker (then back to everything)"), filter);
    filter = {};
    filter.from = QDate(2023, 5, 1);
    filter.to = QDate(2023, 5, 31);
    throughModel(QStringLiteral("one month (then back to everything)"), filter);
    out().flush();
    return 0;
}

int exportCommand(const QStringList &arguments)
{
    const qint64 count = countOption(arguments);
    const QString path = listProject(count);
    if (path.isEmpty())
        return 1;
    const QString output = benchDir() + QStringLiteral("/list-export-%1.csv").arg(count);
    const QString name = ProjectFile::uniqueConnectionName(u"bench");
    {
        QString error;
        const QSqlDatabase db = ProjectFile::openConnection(path, name, &error);
        const Entities entities = pickEntities(db);
        out() << "export: " << count << " articles, on " << cores() << "\n";
        CorpusQuery query(db);
        auto exportRows = [&](const QString &label, const ArticleFilter &filter, CorpusQuery::StatementOrder order) {
            QElapsedTimer timer;
            timer.start();
            const CorpusQuery::Statements rows = query.statements(filter, order, Qt::AscendingOrder);
            const qint64 found = timer.nsecsElapsed();
            qint64 written = 0;
            QString exportError;
            if (!Exporter::writeStatementsFile(db, rows, output, &exportError, &written)) {
                out() << "  " << exportError << "\n";
                return;
            }
            const qint64 total = timer.nsecsElapsed();
            const qint64 bytes = QFileInfo(output).size();
            out() << "  " << label.leftJustified(40) << " " << written << " rows, " << mb(bytes) << " in " << seconds(total) << " (finding them "
                  << milliseconds(found) << "): " << QString::number(double(written) / (double(total) / 1e9), 'f', 0) << " rows/s\n";
            out().flush();
            QFile::remove(output);
        };
        // About a million statements: the date range that holds them (the corpus spans four years).
        const qint64 statements = Sql::scalar(db, QStringLiteral("SELECT sum(statement_count) FROM article")).toLongLong();
        if (statements > 2000000) {
            ArticleFilter filter;
            filter.from = QDate(2022, 1, 1);
            filter.to = filter.from.addDays(int(4 * 365 * 1000000 / statements));
            exportRows(QStringLiteral("statements %1 to %2").arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)), filter,
                       CorpusQuery::StatementOrder::Date);
            filter = {};
            filter.speaker = entities.named;
            exportRows(QStringLiteral("statements of %1").arg(entities.namedName), filter, CorpusQuery::StatementOrder::Date);
        } else {
            exportRows(QStringLiteral("every statement"), ArticleFilter(), CorpusQuery::StatementOrder::Date);
            ArticleFilter filter;
            filter.speaker = entities.named;
            exportRows(QStringLiteral("statements of %1").arg(entities.namedName), filter, CorpusQuery::StatementOrder::Date);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return 0;
}

namespace {

// One line of frame times: "label, how  p50 …, p99 …, worst …  (n frames)".
void reportFrames(const QString &label, const QString &how, QList<qint64> samples)
{
    out() << "  " << QString(label + QStringLiteral(", ") + how).leftJustified(56) << " p50 " << milliseconds(quantile(samples, 0.5)).rightJustified(8)
          << ", p99 " << milliseconds(quantile(samples, 0.99)).rightJustified(8) << ", worst " << milliseconds(quantile(samples, 1.0)).rightJustified(8)
          << "  (" << samples.size() << " frames)\n";
    out().flush();
}

// Frames of a scrolling view: each frame asks for the display text of a screenful of rows.
void scrollModel(const QString &label, QAbstractItemModel *model, int visibleRows)
{
    const int rows = model->rowCount();
    const int columns = model->columnCount();
    auto frame = [&](int top) {
        QElapsedTimer timer;
        timer.start();
        for (int row = top; row < std::min(rows, top + visibleRows); ++row) {
            for (int column = 0; column < columns; ++column)
                model->data(model->index(row, column));
        }
        return timer.nsecsElapsed();
    };
    QList<qint64> wheel;
    for (int top = 0; top < std::min(rows, 3 * 3000); top += 3)
        wheel.append(frame(top));
    reportFrames(label, QStringLiteral("wheel (3 rows a frame)"), wheel);
    QList<qint64> pages;
    for (int top = 0; top < std::min(rows, visibleRows * 2000); top += visibleRows)
        pages.append(frame(top));
    reportFrames(label, QStringLiteral("Page Down"), pages);
    QList<qint64> jumps;
    QRandomGenerator random(20261122);
    for (int i = 0; i < 1000; ++i)
        jumps.append(frame(int(random.bounded(std::max(1, rows - visibleRows)))));
    reportFrames(label, QStringLiteral("dragging the scroll bar (random rows)"), jumps);
}

// A real view, offscreen: the time to lay out and paint the first screen after a reset, then each scroll step
// (the scroll bar moved, the viewport painted at once).
void scrollView(const QString &label, QAbstractItemView *view, const std::function<void()> &reset)
{
    QElapsedTimer timer;
    timer.start();
    reset();
    const qint64 resetTime = timer.nsecsElapsed();
    timer.restart();
    view->viewport()->repaint(); // the view lays its rows out here
    out() << "  " << label << ": the reset " << milliseconds(resetTime) << ", then the first paint (layout) " << milliseconds(timer.nsecsElapsed())
          << " on the window's thread\n";
    QScrollBar *bar = view->verticalScrollBar();
    // A frame as the event loop makes it: the scroll bar moves, the viewport scrolls what it already shows and
    // paints what came into view (everything, after a jump), and the backing store is flushed.
    auto step = [&](int value) {
        QElapsedTimer frame;
        frame.start();
        bar->setValue(value);
        QCoreApplication::processEvents();
        return frame.nsecsElapsed();
    };
    QList<qint64> wheel;
    for (int i = 0; i < 1500; ++i)
        wheel.append(step(bar->value() + 3 * bar->singleStep()));
    reportFrames(label, QStringLiteral("wheel"), wheel);
    QList<qint64> pages;
    for (int i = 0; i < 500; ++i)
        pages.append(step(bar->value() + bar->pageStep()));
    reportFrames(label, QStringLiteral("Page Down"), pages);
    QList<qint64> jumps;
    QRandomGenerator random(7);
    for (int i = 0; i < 500; ++i)
        jumps.append(step(int(random.bounded(bar->maximum() + 1))));
    reportFrames(label, QStringLiteral("dragging the scroll bar"), jumps);
}

} // namespace

int scrollCommand(const QStringList &arguments)
{
    const qint64 count = countOption(arguments);
    const QString path = listProject(count);
    if (path.isEmpty())
        return 1;
    QString error;
    const std::unique_ptr<Project> project = Project::open(path, Project::OpenMode::OpenExisting, &error);
    if (!project) {
        out() << "  " << error << "\n";
        return 1;
    }
    out() << "scroll: " << count << " articles, on " << cores() << "; a frame at 60 Hz has 16.7 ms\n";
    ArticleListModel articles(project.get());
    CorpusStatementModel statements(project.get());
    auto waitFor = [](const std::function<bool()> &loading) {
        while (loading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    };
    waitFor([&] { return articles.isLoading() || statements.isLoading(); });
    out() << "  " << articles.rowCount() << " articles, " << statements.rowCount() << " statements listed\n";
    scrollModel(QStringLiteral("article model, 40 rows"), &articles, 40);
    scrollModel(QStringLiteral("statement model, 40 rows"), &statements, 40);

    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        out() << "  (no QApplication: views not measured)\n";
        return 0;
    }
    // The window's views, as MainWindow and StatementTable set them up.
    QTreeView list;
    list.setRootIsDecorated(false);
    list.setUniformRowHeights(true);
    list.setAlternatingRowColors(true);
    list.resize(600, 900);
    list.show();
    QTableView table;
    table.verticalHeader()->hide();
    table.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table.verticalHeader()->setDefaultSectionSize(table.fontMetrics().height() + 6);
    table.setAlternatingRowColors(true);
    table.resize(900, 900);
    table.show();
    // Painting needs windows the platform has exposed.
    for (int i = 0; i < 200 && !(list.windowHandle() && list.windowHandle()->isExposed() && table.windowHandle() && table.windowHandle()->isExposed()); ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    const qint64 before = residentBytes();
    scrollView(QStringLiteral("article list (QTreeView)"), &list, [&] { list.setModel(&articles); });
    scrollView(QStringLiteral("article list after a reload (query thread included)"), &list, [&] {
        articles.reload();
        waitFor([&] { return articles.isLoading(); });
    });
    out() << "  resident memory: " << mb(before) << " before the list, " << mb(residentBytes()) << " with it\n";
    const qint64 beforeTable = residentBytes();
    scrollView(QStringLiteral("statements table (QTableView)"), &table, [&] { table.setModel(&statements); });
    out() << "  resident memory: " << mb(beforeTable) << " before the table, " << mb(residentBytes()) << " with it\n";
    out().flush();
    return 0;
}

} // namespace VerbatimBench
