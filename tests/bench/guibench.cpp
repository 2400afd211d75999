// verbatim-guibench: what the window costs, measured in a process of its own each time, so that opening a project is
// timed from the start of the process, as a user waits for it. verbatim-bench runs it and sums up (readerbench.cpp);
// it prints one "name value" line per figure (nanoseconds, or bytes for memory) on standard output.
//
//   verbatim-guibench open PROJECT SPAWNED_NS   open PROJECT as the application does, until the window has painted its
//                                               list with rows and the article; SPAWNED_NS is the steady clock when the
//                                               parent started this process
//   verbatim-guibench breakdown PROJECT         the steps of opening, timed one by one in a fresh process
//   verbatim-guibench screenshot PROJECT FILE.png [MIN_CHARACTERS [entities|- [SETTLE_MS]]]  the window, with the first
//                                               article of MIN_CHARACTERS or more, the entity panel raised if asked
//   verbatim-guibench switch PROJECT ROUNDS [MIN MAX]  switch to each article of PROJECT (of MIN to MAX characters) in
//                                               turn, ROUNDS times
//   verbatim-guibench import PROJECT SHOT.png PATH...  import PATHs into PROJECT from the window, as File > Import does,
//                                               while a user types searches and moves in the list; how long the event
//                                               loop was kept from input meanwhile; SHOT.png is the window 8 s in
#include "benchsupport.h"

#include "articlereader.h"
#include "backgroundtask.h"
#include "codingpanel.h"
#include "entitypanel.h"
#include "extract/gazetteer.h"
#include "highlight/highlighting.h"
#include "io/reextractor.h"
#include "mainwindow.h"
#include "model/articlelistmodel.h"
#include "model/codebookmodel.h"
#include "model/entitylistmodel.h"
#include "store/project.h"
#include "store/projectextractor.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>

#include <chrono>
#include <functional>
#include <limits>

// Under callgrind (--collect-atstart=no), only the switches themselves are profiled.
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define VERBATIM_PROFILE_TOGGLE() CALLGRIND_TOGGLE_COLLECT
#else
#define VERBATIM_PROFILE_TOGGLE()
#endif

using namespace Verbatim;
using namespace Verbatim::Ui;
using namespace VerbatimBench;

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void print(const char *name, qint64 value)
{
    out() << name << ' ' << value << '\n';
    out().flush();
}

qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// Runs the event loop until `done` holds (checked after every event the loop handles, through a zero timer), or
// `timeoutMs` passes; returns whether it held.
bool runUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// runUntil(), and the longest the event loop was kept from handling input meanwhile (one turn of it, in nanoseconds).
qint64 runUntilLongestTurn(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    qint64 longest = 0;
    while (!done() && timer.elapsed() < timeoutMs) {
        QElapsedTimer turn;
        turn.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        longest = std::max(longest, turn.nsecsElapsed());
    }
    return longest;
}

// Notes when a widget has finished painting.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    std::function<bool()> condition = [] { return true; };
    qint64 paintedAt = 0; ///< steadyNs() after the first paint while condition() held

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paintedAt == 0 && condition()) {
            // The filter runs before the paint: note the time once the paint event has been handled.
            QTimer::singleShot(0, this, [this] { paintedAt = steadyNs(); });
        }
        return false;
    }
};

QLineEdit *searchBox(MainWindow &window)
{
    for (QLineEdit *edit : window.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == MainWindow::tr("Search"))
            return edit;
    }
    return nullptr;
}

// Settings of a test profile: every run starts with the same (default) window layout.
void useTestSettings()
{
    QApplication::setOrganizationName(QStringLiteral("Verbatim"));
    QApplication::setApplicationName(QStringLiteral("Verbatim"));
    QStandardPaths::setTestModeEnabled(true);
}

// The window at a fixed size, with `path` open, shown.
bool openAndShow(MainWindow &window, const QString &path)
{
    window.resize(1440, 900);
    QString error;
    if (!window.openProject(path, &error)) {
        QTextStream(stderr) << "cannot open " << path << ": " << error << "\n";
        return false;
    }
    window.show();
    return true;
}

int openMeasurement(int argc, char **argv, const QString &path, qint64 spawnedNs)
{
    const qint64 mainNs = steadyNs();
    QApplication app(argc, argv);
    useTestSettings();
    const qint64 appNs = steadyNs();

    MainWindow window;
    window.resize(1440, 900);
    const qint64 constructedNs = steadyNs();
    PaintWatch listPainted(window.articleView()->viewport());
    listPainted.condition = [&] { return window.articleView()->model() && window.articleView()->model()->rowCount() > 0; };
    PaintWatch textPainted(window.reader()->textView()->viewport());
    textPainted.condition = [&] { return window.reader()->article() != 0; };

    QString error;
    if (!window.openProject(path, &error)) {
        QTextStream(stderr) << "cannot open " << path << ": " << error << "\n";
        return 1;
    }
    const qint64 openedNs = steadyNs();
    window.show();
    const qint64 shownNs = steadyNs();
    if (!runUntil([&] { return listPainted.paintedAt != 0 && textPainted.paintedAt != 0; })) {
        QTextStream(stderr) << "the window did not paint its list and article\n";
        return 1;
    }
    const qint64 readyNs = std::max(listPainted.paintedAt, textPainted.paintedAt);
    const qint64 rss = residentBytes();
    // What runs once the window is up (the outdated-articles check, idle work) counts for memory too.
    QElapsedTimer settle;
    settle.start();
    runUntil([&] { return settle.elapsed() > 1500; });

    print("spawn_to_main", mainNs - spawnedNs);
    print("main_to_application", appNs - mainNs);
    print("window_constructed", constructedNs - appNs);
    print("open_project", openedNs - constructedNs);
    print("show", shownNs - openedNs);
    print("painted", readyNs - shownNs);
    print("ready_since_spawn", readyNs - spawnedNs);
    print("ready_since_main", readyNs - mainNs);
    print("rows", window.articleView()->model()->rowCount());
    print("entity_panel_visible", window.entityPanel()->isVisible() ? 1 : 0);
    print("entity_rows_read", window.entityPanel()->view()->model() ? window.entityPanel()->view()->model()->rowCount(window.entityPanel()->view()->model()->index(0, 0)) : 0);
    print("rss_ready", rss);
    print("rss_settled", residentBytes());
    print("rss_peak", peakResidentBytes());
    return 0;
}

template<typename Work>
qint64 timed(Work &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed();
}

int breakdownMeasurement(int argc, char **argv, const QString &path)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    std::unique_ptr<Project> project;
    QString error;
    print("project_open", timed([&] { project = Project::open(path, Project::OpenMode::OpenExisting, &error); }));
    if (!project) {
        QTextStream(stderr) << error << "\n";
        return 1;
    }
    std::unique_ptr<ArticleListModel> articles;
    print("article_list_model", timed([&] { articles = std::make_unique<ArticleListModel>(project.get()); }));
    print("codebook_model", timed([&] { CodebookModel codebook(project.get()); }));
    std::unique_ptr<EntityListModel> entities;
    print("entity_list_model", timed([&] { entities = std::make_unique<EntityListModel>(project.get()); }));
    print("entity_list_first_page", timed([&] {
              QTreeView view;
              view.setModel(entities.get());
              view.expand(entities->index(0, 0));
              view.resize(400, 800);
              view.grab();
          }));
    print("highlighting_repository", timed([] { Highlighting::repository(); }));
    print("news_definition", timed([] { Highlighting::newsDefinition(); }));
    print("gazetteer_shared", timed([] { Gazetteer::shared(); }));
    std::unique_ptr<ProjectExtractor> extractor;
    print("project_extractor", timed([&] { extractor = std::make_unique<ProjectExtractor>(project->database()); }));
    print("outdated_count", timed([&] { Reextractor::outdatedCount(project->database(), *extractor); }));
    const qint64 first = articles->articleAt(0);
    print("article_content_first", timed([&] { project->articleContent(first); }));
    print("main_window_constructed", timed([] { MainWindow window; }));
    print("rss", residentBytes());
    return 0;
}

int switchMeasurement(int argc, char **argv, const QString &path, int rounds, qint64 minCharacters, qint64 maxCharacters)
{
    QApplication app(argc, argv);
    useTestSettings();
    MainWindow window;
    if (!openAndShow(window, path))
        return 1;
    runUntil([] { return false; }, 500);
    // Search hits are a layer too: search for a word every article has.
    if (QLineEdit *search = searchBox(window)) {
        search->setText(QStringLiteral("talks"));
        Q_EMIT search->returnPressed();
    }
    runUntil([] { return false; }, 200);

    const QAbstractItemModel *list = window.articleView()->model();
    ArticleReader *reader = window.reader();
    QPlainTextEdit *text = reader->textView();
    // The articles in order of size; the smallest is where each switch starts from.
    QList<std::pair<qint64, int>> bySize;
    for (int row = 0; row < list->rowCount(); ++row) {
        const qint64 article = list->index(row, 0).data(ArticleListModel::ArticleRole).toLongLong();
        bySize.append({window.project()->articleContent(article)->text.size(), row});
    }
    std::sort(bySize.begin(), bySize.end());
    for (const auto &[size, row] : std::as_const(bySize)) {
        // Only the sizes asked for (to profile one of them).
        if (size < minCharacters || size > maxCharacters)
            continue;
        QList<qint64> content, shown, painted, complete, scrolled, longestTurn;
        for (int round = 0; round < rounds; ++round) {
            // From a short article (the second shortest to the shortest): replacing a long one costs time of its own.
            window.selectArticle(bySize.constFirst().second == row ? bySize.value(1).second : bySize.constFirst().second);
            runUntil([&] { return reader->isHighlightingComplete(); });
            runUntil([] { return false; }, 50);

            const qint64 article = list->index(row, 0).data(ArticleListModel::ArticleRole).toLongLong();
            content.append(timed([&] { window.project()->articleContent(article); }));
            QElapsedTimer timer;
            timer.start();
            VERBATIM_PROFILE_TOGGLE();
            window.selectArticle(row);
            shown.append(timer.nsecsElapsed());
            text->viewport()->repaint();
            VERBATIM_PROFILE_TOGGLE();
            painted.append(timer.nsecsElapsed());
            longestTurn.append(runUntilLongestTurn([&] { return reader->isHighlightingComplete(); }));
            complete.append(timer.nsecsElapsed());
            // Jumping to the end of a long article: the text there is highlighted before it is painted.
            scrolled.append(timed([&] {
                text->verticalScrollBar()->setValue(text->verticalScrollBar()->maximum());
                text->viewport()->repaint();
            }));
        }
        const QString prefix = QStringLiteral("article_%1_").arg(size);
        auto report = [&](const char *name, QList<qint64> &samples) {
            out() << prefix << name << ' ' << quantile(samples, 0.5) << '\n';
        };
        report("content", content);
        report("shown", shown);
        report("painted", painted);
        report("complete", complete);
        report("scrolled_to_end", scrolled);
        report("longest_turn", longestTurn);
        out().flush();
    }
    return 0;
}

// A picture of the window as a user sees it: the first article of at least `minCharacters`, optionally with the entity
// panel raised, `settleMs` after it was selected.
int screenshot(int argc, char **argv, const QString &path, const QString &file, qint64 minCharacters, bool entities, int settleMs)
{
    QApplication app(argc, argv);
    useTestSettings();
    MainWindow window;
    if (!openAndShow(window, path))
        return 1;
    if (entities) {
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            if (dock->objectName() == u"EntityDock")
                dock->raise();
        }
    }
    runUntil([] { return false; }, 300);
    const QAbstractItemModel *list = window.articleView()->model();
    for (int row = 0; row < list->rowCount() && minCharacters > 0; ++row) {
        const qint64 article = list->index(row, 0).data(ArticleListModel::ArticleRole).toLongLong();
        if (window.project()->articleContent(article)->text.size() >= minCharacters) {
            window.selectArticle(row);
            break;
        }
    }
    QElapsedTimer settle;
    settle.start();
    runUntil([&] { return settle.elapsed() > settleMs; });
    print("highlighting_complete", window.reader()->isHighlightingComplete() ? 1 : 0);
    return window.grab().save(file) ? 0 : 1;
}

// The window during an import, while a simulated user types a search every 300 ms and steps through the list: how
// long the event loop was kept from input, as the gaps between the ticks of a 5 ms timer.
int importMeasurement(int argc, char **argv, const QString &path, const QString &shot, const QStringList &paths)
{
    QApplication app(argc, argv);
    useTestSettings();
    MainWindow window;
    if (!openAndShow(window, path))
        return 1;
    runUntil([] { return false; }, 500);

    // The gaps between ticks of a 5 ms timer: a gap much over 5 ms is the event loop kept from input for that long.
    // (A loop that only spins processEvents() would take a core from the import and measure nothing a user feels.)
    QList<qint64> gaps; // nanoseconds
    qint64 progressUpdates = 0;
    QEventLoop loop;
    QObject::connect(window.backgroundTask(), &BackgroundTask::progressChanged, &window, [&] { ++progressUpdates; });
    QObject::connect(window.backgroundTask(), &BackgroundTask::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QElapsedTimer import;
    import.start();
    window.importPaths(paths);
    if (!window.backgroundTask()->isRunning()) {
        QTextStream(stderr) << "the import did not start\n";
        return 1;
    }
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &window, [&] { gaps.append(sinceTick.nsecsElapsed()); sinceTick.restart(); });
    tick.start(5);
    QLineEdit *search = searchBox(window);
    const QStringList words{QStringLiteral("talks"), QStringLiteral("ceasefire"), QStringLiteral("minister"), QString()};
    int typed = 0;
    QTimer user;
    QObject::connect(&user, &QTimer::timeout, &window, [&] {
        if (search)
            search->setText(words[typed++ % words.size()]);
        QKeyEvent down(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
        QCoreApplication::sendEvent(window.articleView(), &down);
    });
    user.start(300);
    QTimer::singleShot(8000, &window, [&] { window.grab().save(shot); });
    loop.exec();
    tick.stop();
    user.stop();
    const qint64 importNs = import.nsecsElapsed();
    if (search)
        search->clear();
    const auto *list = qobject_cast<const ArticleListModel *>(window.articleView()->model());
    // The cleared search reaches the list after the search box's pause for typing: wait for every article.
    runUntil([&] { return list && !list->isLoading() && list->totalCount() > 0 && list->rowCount() == list->totalCount(); }, 30000);
    std::sort(gaps.begin(), gaps.end());
    const auto over = [&](qint64 ms) { return std::count_if(gaps.cbegin(), gaps.cend(), [&](qint64 t) { return t > ms * 1000000; }); };
    print("import", importNs);
    print("ticks", gaps.size());
    print("gap_p50", gaps.isEmpty() ? 0 : gaps[gaps.size() / 2]);
    print("gap_p99", gaps.isEmpty() ? 0 : gaps[gaps.size() * 99 / 100]);
    print("gap_max", gaps.isEmpty() ? 0 : gaps.constLast());
    print("gaps_over_16ms", over(16));
    print("gaps_over_50ms", over(50));
    print("progress_updates", progressUpdates);
    print("rows_after", window.articleView()->model()->rowCount());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const QString project = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (command == u"open" && argc > 3)
        return openMeasurement(argc, argv, project, QByteArray(argv[3]).toLongLong());
    if (command == u"breakdown" && argc > 2)
        return breakdownMeasurement(argc, argv, project);
    if (command == u"switch" && argc > 3) {
        const qint64 minCharacters = argc > 4 ? QByteArray(argv[4]).toLongLong() : 0;
        const qint64 maxCharacters = argc > 5 ? QByteArray(argv[5]).toLongLong() : std::numeric_limits<qint64>::max();
        return switchMeasurement(argc, argv, project, QByteArray(argv[3]).toInt(), minCharacters, maxCharacters);
    }
    if (command == u"screenshot" && argc > 3) {
        const qint64 minCharacters = argc > 4 ? QByteArray(argv[4]).toLongLong() : 0;
        const bool entities = argc > 5 && QByteArray(argv[5]) == "entities";
        const int settleMs = argc > 6 ? QByteArray(argv[6]).toInt() : 500;
        return screenshot(argc, argv, project, QString::fromLocal8Bit(argv[3]), minCharacters, entities, settleMs);
    }
    if (command == u"import" && argc > 4) {
        QStringList paths;
        for (int i = 4; i < argc; ++i)
            paths.append(QString::fromLocal8Bit(argv[i]));
        return importMeasurement(argc, argv, project, QString::fromLocal8Bit(argv[3]), paths);
    }
    QTextStream(stderr) << "usage: verbatim-guibench open PROJECT SPAWNED_NS | breakdown PROJECT | switch PROJECT ROUNDS [MIN MAX]\n"
                           "       verbatim-guibench screenshot PROJECT FILE.png [MIN_CHARACTERS [entities|- [SETTLE_MS]]]\n"
                           "       verbatim-guibench import PROJECT SHOT.png PATH...\n";
    return 1;
}
