#include "mainwindow.h"

#include "annotatedialog.h"
#include "articlereader.h"
#include "codebookpanel.h"
#include "codingpanel.h"
#include "columnchooser.h"
#include "common/plural.h"
#include "edit/annotationcommand.h"
#include "highlight/highlighting.h"
#include "backgroundtask.h"
#include "curationmenus.h"
#include "entitypanel.h"
#include "filterbar.h"
#include "windowshortcuts.h"
#include "importreportdialog.h"
#include "model/articlelistmodel.h"
#include "model/codebookmodel.h"
#include "model/corpusstatementmodel.h"
#include "model/entitylistmodel.h"
#include "projectsettings.h"
#include "store/project.h"
#include "store/projectextractor.h"
#include "store/projectfile.h"
#include "search/queryrunner.h"
#include "statementtable.h"
#include "taskprogresswidget.h"

#include <KSyntaxHighlighting/Theme>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QSqlDatabase>
#include <QTableView>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrentRun>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Verbatim::Ui {

namespace {

QKeySequence exportStatementsKey()
{
    return QKeySequence(MainWindow::tr("Ctrl+E"));
}

// Where the article being read is remembered for `project`.
QString articleReadKey(const Project &project)
{
    return projectSettingsGroup(QStringLiteral("reading"), project) + QStringLiteral("/article");
}

constexpr int maxRecentProjects = 10;
// How long after opening a project the outdated articles are counted (see openProject()).
constexpr int outdatedCheckDelayMs = 300;

QString projectFilter()
{
    return MainWindow::tr("Verbatim projects (*.%1);;All files (*)").arg(ProjectFile::suffix());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    m_task = new BackgroundTask(this);
    connect(m_task, &BackgroundTask::finished, this, &MainWindow::onTaskFinished);
    m_curation = new CurationMenus(&m_undoStack, this);

    // The article list, with its search box, beside the reader.
    m_searchBox = new QLineEdit(this);
    m_searchBox->setPlaceholderText(tr("Search articles: words, \"phrases\", prefix*, AND, OR, NOT"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setAccessibleName(tr("Search"));
    m_searchStatus = new QLabel(this);
    m_searchStatus->setAccessibleName(tr("Search status"));
    m_searchStatus->setForegroundRole(QPalette::PlaceholderText);
    // Wrapped, so that a longer line ("12 hits in this one") never widens the list and re-wraps the reader.
    m_searchStatus->setWordWrap(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchBox, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applySearch();
        m_articleView->setFocus();
    });

    m_articleView = new QTreeView(this);
    m_articleView->setRootIsDecorated(false);
    m_articleView->setUniformRowHeights(true);
    m_articleView->setAlternatingRowColors(true);
    m_articleView->setSortingEnabled(true);
    m_articleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_articleView->setAllColumnsShowFocus(true);
    m_articleView->setTextElideMode(Qt::ElideRight);
    m_articleView->setAccessibleName(tr("Articles"));
    m_articleColumns = new ColumnChooser(m_articleView->header(), QStringLiteral("articles/hiddenColumns"),
                                         {ArticleListModel::TitleColumn}, {}, this);

    // Dates, source, speaker and tag, with the entity from the entity panel; for the articles and the statements alike.
    m_filters = new FilterBar(this);
    connect(m_filters, &FilterBar::conditionsChanged, this, &MainWindow::applyFilter);
    connect(m_filters, &FilterBar::entityCleared, this, [this] { setEntityFilter(0); });
    // A corpus without sources gives their column's width to the titles.
    connect(m_filters, &FilterBar::sourcesRead, this, [this](const QStringList &sources) {
        m_articleColumns->setColumnEmpty(ArticleListModel::SourceColumn, sources.isEmpty());
    });

    // Articles | Statements: the same filters, listed by article or by statement across the corpus.
    m_statementTable = new StatementTable(this);
    connect(m_statementTable, &StatementTable::statementChosen, this, [this](qint64 article, qint64 statement, bool activated) {
        showStatement(article, statement);
        if (activated)
            m_reader->textView()->setFocus();
    });
    connect(m_statementTable, &StatementTable::exportRequested, this, &MainWindow::exportShownStatements);
    m_listTabs = new QTabWidget(this);
    m_listTabs->setObjectName(QStringLiteral("ListTabs"));
    m_listTabs->setDocumentMode(true);
    m_listTabs->addTab(m_articleView, tr("Articles"));
    m_listTabs->addTab(m_statementTable, tr("Statements"));
    m_listTabs->setTabToolTip(0, tr("The articles that pass the search and the filters (Alt+1)"));
    m_listTabs->setTabToolTip(1, tr("Every statement of those articles, across the corpus (Alt+4)"));

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(6, 6, 0, 0);
    listLayout->addWidget(m_searchBox);
    listLayout->addWidget(m_filters);
    listLayout->addWidget(m_searchStatus);
    listLayout->addWidget(m_listTabs, 1);

    m_reader = new ArticleReader(this);
    connect(m_reader, &ArticleReader::statementClicked, this, [this](qint64 statement) { m_coding->selectStatement(statement); });
    connect(m_reader, &ArticleReader::selectionChanged, this, &MainWindow::updateActions);
    connect(m_reader, &ArticleReader::contextMenuRequested, this, &MainWindow::showReaderMenu);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createDocks();
    createActions();

    // Status bar: counts, a notice when articles need re-extracting, and a background task's progress.
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_countLabel, 1);
    m_outdatedNotice = new QWidget(this);
    auto *outdatedLayout = new QHBoxLayout(m_outdatedNotice);
    outdatedLayout->setContentsMargins(0, 0, 0, 0);
    m_outdatedLabel = new QLabel(m_outdatedNotice);
    auto *reextractNow = new QToolButton(m_outdatedNotice);
    reextractNow->setText(tr("Re-extract"));
    reextractNow->setToolTip(tr("Find statements and entities again with this version's rules; your tags, notes and corrections stay"));
    connect(reextractNow, &QToolButton::clicked, this, [this] { reextract(Reextractor::Scope::Outdated); });
    outdatedLayout->addWidget(m_outdatedLabel);
    outdatedLayout->addWidget(reextractNow);
    statusBar()->addPermanentWidget(m_outdatedNotice);
    m_outdatedNotice->hide();
    m_progress = new TaskProgressWidget(this);
    connect(m_task, &BackgroundTask::progressChanged, m_progress, &TaskProgressWidget::setProgress);
    connect(m_progress, &TaskProgressWidget::cancelRequested, m_task, &BackgroundTask::cancel);
    statusBar()->addPermanentWidget(m_progress);

    // Ctrl+E exports the statements also while typing in a field, which may take it as end of line.
    leaveKeysToWindow(this, {exportStatementsKey()});

    restoreSettings();
    updateActions();
    updateWindowTitle();
    m_reader->clear(tr("Open a project with File \u25B8 Open Project, or make one with File \u25B8 New Project and import articles into it"));
}

MainWindow::~MainWindow()
{
    m_task->cancel();
    m_task->waitForFinished();
    closeProject();
}

void MainWindow::createDocks()
{
    m_coding = new CodingPanel(&m_undoStack, this);
    connect(m_coding, &CodingPanel::spanActivated, this, [this](qsizetype start, qsizetype end) { m_reader->showSpan(start, end); });
    m_codingDock = new QDockWidget(tr("Statements && Annotations"), this);
    m_codingDock->setObjectName(QStringLiteral("CodingDock"));
    m_codingDock->setWidget(m_coding);
    addDockWidget(Qt::RightDockWidgetArea, m_codingDock);
    // A window made narrower gives some of the panels' width back to the reader (see resizeEvent()).
    m_panelFit = new QTimer(this);
    m_panelFit->setSingleShot(true);
    m_panelFit->setInterval(0);
    connect(m_panelFit, &QTimer::timeout, this, [this] {
        if (m_codingDock->isVisible() && (m_codingDock->width() > width() * 2 / 5 || m_reader->width() < m_codingDock->width()))
            fitPanelsToWindow();
    });

    m_codebookPanel = new CodebookPanel(&m_undoStack, this);
    auto *codebookDock = new QDockWidget(tr("Codebook"), this);
    codebookDock->setObjectName(QStringLiteral("CodebookDock"));
    codebookDock->setWidget(m_codebookPanel);
    addDockWidget(Qt::RightDockWidgetArea, codebookDock);
    splitDockWidget(m_codingDock, codebookDock, Qt::Vertical);
    resizeDocks({m_codingDock, codebookDock}, {3, 1}, Qt::Vertical);
    connect(m_coding, &CodingPanel::statementMenuRequested, this, [this](const Statement &statement, const QPoint &position) {
        QMenu menu(this);
        m_curation->addStatementActions(&menu, statement);
        menu.exec(position);
    });

    m_entityPanel = new EntityPanel(&m_undoStack, this);
    connect(m_entityPanel, &EntityPanel::entityActivated, this, [this](qint64 entity, const QString &name) { setEntityFilter(entity, name); });
    auto *entityDock = new QDockWidget(tr("Entities"), this);
    entityDock->setObjectName(QStringLiteral("EntityDock"));
    entityDock->setWidget(m_entityPanel);
    addDockWidget(Qt::LeftDockWidgetArea, entityDock);
    tabifyDockWidget(codebookDock, entityDock);
    codebookDock->raise();
}

void MainWindow::createActions()
{
    // Icons come from the desktop's icon theme; where there is none, from the widget style.
    const QHash<QString, QStyle::StandardPixmap> fallbacks{
        {QStringLiteral("document-new"), QStyle::SP_FileIcon},
        {QStringLiteral("document-open"), QStyle::SP_DialogOpenButton},
        {QStringLiteral("document-import"), QStyle::SP_FileDialogNewFolder},
        {QStringLiteral("folder-open"), QStyle::SP_DirOpenIcon},
        {QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton},
        {QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView},
        {QStringLiteral("go-down"), QStyle::SP_ArrowDown},
        {QStringLiteral("go-up"), QStyle::SP_ArrowUp},
        {QStringLiteral("edit-undo"), QStyle::SP_ArrowBack},
        {QStringLiteral("edit-redo"), QStyle::SP_ArrowForward},
        {QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation},
        {QStringLiteral("tag"), QStyle::SP_FileDialogDetailedView},
    };
    const auto iconFor = [this, fallbacks](const QString &icon) {
        const QIcon themed = icon.isEmpty() ? QIcon() : QIcon::fromTheme(icon);
        return themed.isNull() && fallbacks.contains(icon) ? style()->standardIcon(fallbacks.value(icon)) : themed;
    };
    auto makeAction = [this, iconFor](const QString &icon, const QString &text, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(iconFor(icon), text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };

    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = makeAction(QStringLiteral("document-new"), tr("&New Project\u2026"), QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::newProject);
    QAction *openAction = makeAction(QStringLiteral("document-open"), tr("&Open Project\u2026"), QKeySequence::Open);
    connect(openAction, &QAction::triggered, this, &MainWindow::openProjectDialog);
    file->addAction(newAction);
    file->addAction(openAction);
    m_recentMenu = file->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    file->addSeparator();
    QAction *importFiles = makeAction(QStringLiteral("document-import"), tr("&Import Files\u2026"), QKeySequence(tr("Ctrl+I")));
    connect(importFiles, &QAction::triggered, this, &MainWindow::importFilesDialog);
    QAction *importFolder = makeAction(QStringLiteral("folder-open"), tr("Import &Folder\u2026"), QKeySequence(tr("Ctrl+Shift+I")));
    connect(importFolder, &QAction::triggered, this, &MainWindow::importFolderDialog);
    file->addAction(importFiles);
    file->addAction(importFolder);
    QMenu *exportMenu = file->addMenu(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export to CSV"));
    const std::pair<Exporter::What, QString> exports[] = {
        {Exporter::What::Statements, tr("&Statements\u2026")},
        {Exporter::What::Annotations, tr("&Annotations\u2026")},
        {Exporter::What::Entities, tr("&Entities\u2026")},
        {Exporter::What::Articles, tr("A&rticles\u2026")},
        {Exporter::What::Mentions, tr("Entity &Mentions\u2026")},
    };
    for (const auto &[what, text] : exports) {
        QAction *action = exportMenu->addAction(text);
        if (what == Exporter::What::Statements)
            action->setShortcut(exportStatementsKey());
        connect(action, &QAction::triggered, this, [this, what] { exportDialog(what); });
        m_projectActions.append(action);
    }
    file->addSeparator();
    QAction *quit = makeAction(QStringLiteral("application-exit"), tr("&Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);
    m_projectActions << importFiles << importFolder;
    m_taskActions << importFiles << importFolder << newAction << openAction;

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Qt's undo and redo actions, which name the step in the menu and tooltip, except that they save a note being
    // typed first, so that it is the step they take back. The toolbar says only "Undo" and "Redo".
    QAction *undo = m_undoStack.createUndoAction(this, tr("&Undo"));
    QAction *redo = m_undoStack.createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcuts(redoKeys());
    for (const auto &[action, icon, step, name] : {std::tuple{undo, u"edit-undo"_s, &QUndoStack::undo, tr("Undo")},
                                                   std::tuple{redo, u"edit-redo"_s, &QUndoStack::redo, tr("Redo")}}) {
        action->setIcon(iconFor(icon));
        action->setIconText(name);
        disconnect(action, &QAction::triggered, &m_undoStack, step);
        connect(action, &QAction::triggered, this, [this, step] {
            m_coding->commitNote(CodingPanel::NoteStep::OwnStep);
            (m_undoStack.*step)();
        });
    }
    // A note being typed is an edit to undo before it is saved.
    connect(m_coding, &CodingPanel::noteEditStarted, undo, [undo] { undo->setEnabled(true); });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_annotateAction = makeAction(QStringLiteral("tag"), tr("&Annotate Selection\u2026"), QKeySequence(tr("Ctrl+Return")));
    m_annotateAction->setToolTip(tr("Tag the selected passage and add a note"));
    connect(m_annotateAction, &QAction::triggered, this, &MainWindow::annotateSelection);
    edit->addAction(m_annotateAction);
    QMenu *tagMenu = edit->addMenu(tr("&Tag With"));
    for (int row = 0; row < 9; ++row) {
        QAction *action = new QAction(tr("Tag %1 of the Codebook").arg(row + 1), this);
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(row + 1)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, row] { applyTagShortcut(row); });
        tagMenu->addAction(action);
        addAction(action);
    }
    connect(tagMenu, &QMenu::aboutToShow, this, [this, tagMenu] {
        const QList<QAction *> actions = tagMenu->actions();
        for (int row = 0; row < actions.size(); ++row) {
            const Tag *tag = m_codebook ? m_codebook->tagAt(row) : nullptr;
            actions[row]->setVisible(tag != nullptr);
            if (tag)
                actions[row]->setText(tag->name);
        }
    });
    edit->addSeparator();
    QAction *find = makeAction(QStringLiteral("edit-find"), tr("&Find Articles"), QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_searchBox->setFocus();
        m_searchBox->selectAll();
    });
    QAction *findNext = makeAction(QStringLiteral("go-down-search"), tr("Find &Next in Article"), QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, m_reader, &ArticleReader::nextSearchHit);
    QAction *findPrevious = makeAction(QStringLiteral("go-up-search"), tr("Find &Previous in Article"), QKeySequence::FindPrevious);
    connect(findPrevious, &QAction::triggered, m_reader, &ArticleReader::previousSearchHit);
    edit->addAction(find);
    QAction *filter = makeAction(QString(), tr("F&ilter by Date, Source, Speaker, Tag"), QKeySequence(tr("Ctrl+Shift+F")));
    connect(filter, &QAction::triggered, m_filters, &FilterBar::focusFirstField);
    QAction *clearFilters = makeAction(QString(), tr("&Clear Filters"));
    connect(clearFilters, &QAction::triggered, m_filters, &FilterBar::clearAll);
    edit->addAction(filter);
    edit->addAction(clearFilters);
    m_projectActions << filter << clearFilters;
    edit->addAction(findNext);
    edit->addAction(findPrevious);

    // Go
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *nextArticle = makeAction(QStringLiteral("go-down"), tr("&Next Article"), QKeySequence(tr("Alt+Down")));
    connect(nextArticle, &QAction::triggered, this, [this] { selectArticle(m_articleView->currentIndex().row() + 1); });
    QAction *previousArticle = makeAction(QStringLiteral("go-up"), tr("&Previous Article"), QKeySequence(tr("Alt+Up")));
    connect(previousArticle, &QAction::triggered, this, [this] { selectArticle(std::max(0, m_articleView->currentIndex().row() - 1)); });
    QAction *focusList = makeAction(QString(), tr("Article &List"), QKeySequence(tr("Alt+1")));
    connect(focusList, &QAction::triggered, this, [this] { showListTab(0); });
    QAction *focusReader = makeAction(QString(), tr("&Reader"), QKeySequence(tr("Alt+2")));
    connect(focusReader, &QAction::triggered, this, [this] { m_reader->textView()->setFocus(); });
    QAction *focusStatements = makeAction(QString(), tr("&Statements"), QKeySequence(tr("Alt+3")));
    connect(focusStatements, &QAction::triggered, this, [this] { m_coding->statementView()->setFocus(); });
    go->addAction(nextArticle);
    go->addAction(previousArticle);
    go->addSeparator();
    go->addAction(focusList);
    go->addAction(focusReader);
    go->addAction(focusStatements);
    QAction *focusCorpusStatements = makeAction(QString(), tr("Statements of &All Articles"), QKeySequence(tr("Alt+4")));
    focusCorpusStatements->setToolTip(tr("The statements of every article that passes the filters"));
    connect(focusCorpusStatements, &QAction::triggered, this, [this] { showListTab(1); });
    go->addAction(focusCorpusStatements);

    // Tools
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *reextractOutdated = tools->addAction(tr("Re-extract &Outdated Articles"), this, [this] { reextract(Reextractor::Scope::Outdated); });
    reextractOutdated->setToolTip(tr("Articles extracted by another version of Verbatim's rules"));
    QAction *reextractAll = tools->addAction(tr("Re-extract &All Articles"), this, [this] { reextract(Reextractor::Scope::All); });
    m_projectActions << reextractOutdated << reextractAll;
    m_taskActions << reextractOutdated << reextractAll;

    // View
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *themeMenu = m_viewMenu->addMenu(tr("Colour &Theme"));
    m_themeGroup = new QActionGroup(this);
    QAction *automatic = themeMenu->addAction(tr("&Automatic (follow the system)"));
    automatic->setCheckable(true);
    automatic->setData(QString());
    m_themeGroup->addAction(automatic);
    themeMenu->addSeparator();
    for (const KSyntaxHighlighting::Theme &theme : Highlighting::repository().themes()) {
        QAction *action = themeMenu->addAction(theme.translatedName());
        action->setCheckable(true);
        action->setData(theme.name());
        m_themeGroup->addAction(action);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this, [this](QAction *action) { applyTheme(action->data().toString()); });
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = makeAction(QStringLiteral("help-about"), tr("&About Verbatim"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    help->addAction(about);

    // Toolbar
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(openAction);
    toolbar->addAction(importFiles);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(m_annotateAction);
    // "Export" exports statements, the most common export; its arrow offers the others.
    auto *exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export"), style()->standardIcon(QStyle::SP_DialogSaveButton)),
                                     tr("Export"), this);
    exportAction->setToolTip(tr("Export statements to CSV (the arrow offers annotations, entities, articles and mentions)"));
    exportAction->setMenu(exportMenu);
    connect(exportAction, &QAction::triggered, this, [this] { exportDialog(Exporter::What::Statements); });
    toolbar->addAction(exportAction);

    m_projectActions << m_annotateAction << find << exportAction;
}

// ---------------------------------------------------------------------------------------------------------------
// Projects
// ---------------------------------------------------------------------------------------------------------------

bool MainWindow::openProject(const QString &path, QString *error)
{
    if (m_task->isRunning()) {
        *error = tr("An import or re-extraction is running; wait for it to finish or cancel it first.");
        return false;
    }
    // A file that is there must already be a project (an empty one is refused and left alone); a new path makes one.
    const auto mode = QFileInfo::exists(path) ? Project::OpenMode::OpenExisting : Project::OpenMode::CreateIfMissing;
    std::unique_ptr<Project> project = Project::open(path, mode, error);
    if (!project)
        return false;
    closeProject();
    m_project = std::move(project);
    m_articleToReopen = QSettings().value(articleReadKey(*m_project)).toLongLong();

    m_runner = std::make_unique<QueryRunner>(m_project->filePath());
    m_articles = new ArticleListModel(m_project.get(), m_runner.get(), this);
    m_statements = new CorpusStatementModel(m_project.get(), m_runner.get(), this);
    m_statementTable->setModel(m_statements);
    m_filters->setProject(m_project.get(), m_runner.get());
    m_codebook = new CodebookModel(m_project.get(), this);
    m_entities = new EntityListModel(m_project.get(), this);
    m_entityPanel->setProject(m_project.get(), m_entities);
    m_curation->setProject(m_project.get(), m_entities);
    // The order the model reads in, set before the model: a view that sorts asks the model to sort again whenever the
    // indicator changes, and each time the model reads every id again.
    QHeaderView *header = m_articleView->header();
    header->setSortIndicator(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_articleView->setModel(m_articles);
    header->setStretchLastSection(false);
    const QByteArray savedHeader = QSettings().value(QStringLiteral("articles/header")).toByteArray();
    if (savedHeader.isEmpty() || !header->restoreState(savedHeader)) {
        const QFontMetrics metrics(m_articleView->font());
        header->resizeSection(ArticleListModel::DateColumn, metrics.horizontalAdvance(u"2025-12-31"_s) + 24);
        header->resizeSection(ArticleListModel::SourceColumn, metrics.horizontalAdvance(u"whitehouse"_s) + 16);
        header->resizeSection(ArticleListModel::StatementsColumn, metrics.horizontalAdvance(u"Statements"_s) + 16);
        header->resizeSection(ArticleListModel::TagsColumn, metrics.horizontalAdvance(u"Tags"_s) + 20);
    }
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_articleColumns->apply();
    m_coding->setProject(m_project.get(), m_codebook);
    m_codebookPanel->setProject(m_project.get(), m_codebook);

    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentArticle);
    // A reload (after an import, a re-extraction, a new search) keeps the reader on its article while the list shows it.
    connect(m_articles, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_articleBeforeReset = m_articles->articleAt(m_articleView->currentIndex().row());
    });
    connect(m_articles, &ArticleListModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_statements, &CorpusStatementModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_statements, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_articles, &QAbstractItemModel::modelReset, this, [this] {
        updateStatus();
        // The project's first list opens on the article read last time; later ones stay on the one being read.
        const qint64 kept = m_articleToReopen != 0 ? std::exchange(m_articleToReopen, 0) : m_articleBeforeReset;
        const int keptRow = kept != 0 ? m_articles->rowOf(kept) : -1;
        if (keptRow >= 0)
            selectArticle(keptRow);
        else if (m_articles->rowCount() > 0 && !m_articleView->currentIndex().isValid())
            selectArticle(0);
        else if (m_articles->rowCount() == 0)
            explainEmptyList();
    });
    connect(m_project.get(), &Project::annotationsChanged, this, &MainWindow::refreshAnnotations);
    connect(m_project.get(), &Project::tagsChanged, this, [this] { refreshAnnotations(m_reader->article()); });
    connect(m_project.get(), &Project::editFailed, this, [this](const QString &message) { QMessageBox::warning(this, tr("Verbatim"), message); });
    connect(m_project.get(), &Project::extractionChanged, this, &MainWindow::refreshArticle);
    connect(m_project.get(), &Project::entitiesChanged, this, [this] {
        // A merged or renamed entity shows under its new name (the lists reload themselves on this signal); one that
        // no longer exists stops filtering.
        if (m_articles->entityFilter() != 0) {
            if (const std::optional<EntitySummary> entity = m_project->entity(m_articles->entityFilter()))
                m_filters->setEntity(entity->id, entity->name);
            else
                setEntityFilter(0);
        }
    });

    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(m_project->filePath());
    recent.prepend(m_project->filePath());
    settings.setValue(QStringLiteral("recentProjects"), recent.mid(0, maxRecentProjects));
    updateRecentMenu();

    applySearch();
    applyFilter(); // the conditions remembered for this project
    updateStatus();
    updateActions();
    updateWindowTitle();
    // Once the window has had time to show itself: on two cores, counting alongside the first paint slows the paint.
    m_outdatedNotice->hide();
    QTimer::singleShot(outdatedCheckDelayMs, m_articles, [this] { updateOutdatedNotice(); });
    // The list arrives from the query thread; the modelReset handler then selects its first article.
    m_reader->clear(tr("Reading the list of articles\u2026"));
    return true;
}

void MainWindow::closeProject()
{
    if (!m_project)
        return;
    m_coding->commitNote();
    QSettings().setValue(QStringLiteral("articles/header"), m_articleView->header()->saveState());
    // The next opening goes on with the article being read (or the one still waiting to be shown again).
    if (const qint64 read = m_reader->article() != 0 ? m_reader->article() : m_articleToReopen; read != 0)
        QSettings().setValue(articleReadKey(*m_project), read);
    m_undoStack.clear();
    m_coding->setProject(nullptr, nullptr);
    m_codebookPanel->setProject(nullptr, nullptr);
    m_entityPanel->setProject(nullptr, nullptr);
    m_curation->setProject(nullptr, nullptr);
    m_articleView->setModel(nullptr);
    m_statementTable->setModel(nullptr);
    m_filters->setProject(nullptr, nullptr);
    delete m_articles;
    m_articles = nullptr;
    delete m_statements;
    m_statements = nullptr;
    m_runner.reset();
    delete m_codebook;
    m_codebook = nullptr;
    delete m_entities;
    m_entities = nullptr;
    m_searchProblem.clear();
    m_outdatedNotice->hide();
    m_reader->clear();
    m_project.reset();
}

void MainWindow::newProject()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), folder, projectFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + ProjectFile::suffix();
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Project"),
                             tr("\u201C%1\u201D already exists. Choose another name, or open it with File \u25B8 Open Project.").arg(path));
        return;
    }
    QString error;
    if (!openProject(path, &error))
        QMessageBox::critical(this, tr("New Project"), error);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), projectFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!openProject(path, &error))
        QMessageBox::critical(this, tr("Open Project"), error);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] {
            // Gone since the menu was made (a removed drive): say so, rather than make a new project there.
            QString error = QFileInfo::exists(path) ? QString() : tr("\"%1\" no longer exists.").arg(path);
            if (error.isEmpty() && openProject(path, &error))
                return;
            QMessageBox::critical(this, tr("Open Project"), error);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(m_project ? tr("%1 \u2014 Verbatim").arg(QFileInfo(m_project->filePath()).completeBaseName()) : tr("Verbatim"));
    setWindowFilePath(m_project ? m_project->filePath() : QString());
}

void MainWindow::updateStatus()
{
    if (!m_project || !m_articles) {
        m_countLabel->clear();
        m_searchStatus->clear();
        m_listTabs->setTabText(0, tr("Articles"));
        m_listTabs->setTabText(1, tr("Statements"));
        return;
    }
    const QLocale locale;
    const qint64 total = m_articles->totalCount();
    const int shown = m_articles->rowCount();
    if (m_articles->filter().isEmpty())
        m_countLabel->setText(plural(total, tr("%1 article"), tr("%1 articles")));
    else
        m_countLabel->setText(tr("%1 of %2 match").arg(shown).arg(plural(total, tr("%1 article"), tr("%1 articles"))));
    m_filters->setCounts(shown, total, m_statements->rowCount(), m_articles->isLoading() || m_statements->isLoading());
    m_listTabs->setTabText(0, tr("Articles (%1)").arg(locale.toString(shown)));
    m_listTabs->setTabText(1, tr("Statements (%1)").arg(locale.toString(m_statements->rowCount())));
    updateSearchStatus();
}

void MainWindow::updateSearchStatus()
{
    QStringList lines;
    // What the box holds that could not be searched as written (found when the search was applied).
    if (!m_searchProblem.isEmpty())
        lines.append(tr("Search: %1.").arg(m_searchProblem));

    const int shown = m_articles ? m_articles->rowCount() : 0;
    if (!m_articles || m_articles->search().isEmpty()) {
        // No search runs.
    } else if (!m_articles->searchError().isEmpty()) {
        lines.append(tr("The search could not be run: %1").arg(m_articles->searchError()));
    } else if (m_articles->isLoading()) {
        lines.append(tr("Searching\u2026"));
    } else if (shown == 0) {
        lines.append(tr("No article matches"));
    } else {
        // The list counts articles; F3 steps through the words found in the one being read.
        const QString articles = plural(shown, tr("%1 article matches"), tr("%1 articles match"));
        const int hits = m_reader->article() != 0 ? m_reader->searchHitCount() : 0;
        lines.append(hits == 0 ? articles
                               : tr("%1 \u00B7 %2 in this one; F3 and Shift+F3 step through them")
                                     .arg(articles, plural(hits, tr("%1 hit"), tr("%1 hits"))));
    }
    m_searchStatus->setText(lines.join(u'\n'));
    m_searchStatus->setVisible(!lines.isEmpty());
}

void MainWindow::updateActions()
{
    const bool hasProject = m_project != nullptr;
    const bool busy = m_task->isRunning();
    for (QAction *action : std::as_const(m_projectActions))
        action->setEnabled(hasProject);
    for (QAction *action : std::as_const(m_taskActions))
        action->setEnabled(!busy && (hasProject || !m_projectActions.contains(action)));
    const auto [start, end] = m_reader->selection();
    m_annotateAction->setEnabled(hasProject && m_reader->article() != 0 && end > start);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------------------

void MainWindow::selectArticle(int row)
{
    if (!m_articles || row < 0 || row >= m_articles->rowCount())
        return;
    const QModelIndex index = m_articles->index(row, ArticleListModel::TitleColumn);
    m_articleView->setCurrentIndex(index);
    m_articleView->scrollTo(index);
}

void MainWindow::showCurrentArticle()
{
    if (!m_project)
        return;
    showArticle(m_articles->articleAt(m_articleView->currentIndex().row()));
}

void MainWindow::showArticle(qint64 article)
{
    if (!m_project)
        return;
    m_coding->commitNote();
    const std::optional<ArticleContent> content = article ? m_project->articleContent(article) : std::nullopt;
    if (!content) {
        m_reader->clear();
        m_coding->clear();
        return;
    }
    m_reader->showArticle(*content, m_codebook->tags());
    m_reader->setSearchTerms(m_articles->search().terms());
    m_coding->showArticle(*content);
    m_entityPanel->setCurrentArticle(article);
    updateActions();
    updateSearchStatus();
}

void MainWindow::showStatement(qint64 article, qint64 statement)
{
    if (!m_project || article == 0)
        return;
    // Keep the article list on the statement's article, so that going back to it continues from there.
    const int row = m_articles->rowOf(article);
    if (row >= 0 && m_articleView->currentIndex().row() != row) {
        selectArticle(row); // shows it
    } else if (m_reader->article() != article) {
        const QSignalBlocker block(m_articleView->selectionModel());
        m_articleView->clearSelection();
        showArticle(article);
    }
    m_coding->selectStatement(statement);
}

void MainWindow::showListTab(int tab)
{
    m_listTabs->setCurrentIndex(tab);
    if (tab == 0)
        m_articleView->setFocus();
    else
        m_statementTable->view()->setFocus();
}

void MainWindow::exportShownStatements()
{
    if (!m_project || !m_statements)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Statements Shown"), suggestedExportPath(Exporter::What::Statements),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_coding->commitNote();
    // Exactly the rows the table shows, in its order, written on the background thread with a connection of its own.
    const CorpusQuery::Statements rows = m_statements->rows();
    const QString projectPath = m_project->filePath();
    const bool started = m_task->start([projectPath, rows, path](const BackgroundTask::Report &report, const BackgroundTask::Cancelled &cancelled) {
        StatementExportResult result;
        result.path = path;
        const QString connection = ProjectFile::uniqueConnectionName(u"export");
        {
            const QSqlDatabase db = ProjectFile::openConnection(projectPath, connection, &result.error);
            if (result.error.isEmpty()) {
                Exporter::writeStatementsFile(db, rows, path, &result.error, &result.rows, [&](qint64 done, qint64 total) {
                    report(done, total, tr("%1 of %2").arg(done).arg(plural(total, tr("%1 statement"), tr("%1 statements"))));
                    return !cancelled();
                });
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return QVariant::fromValue(result);
    });
    if (!started) {
        QMessageBox::information(this, tr("Export"), tr("An import, re-extraction or export is already running."));
        return;
    }
    m_progress->begin(tr("Exporting"), tr("Cancel the export; no file is written"));
    updateActions();
}

void MainWindow::refreshArticle(qint64 article)
{
    if (!m_project || m_reader->article() == 0 || (article != 0 && article != m_reader->article()))
        return;
    // Statements or mentions changed (a correction, a curation): show them again, keeping the reading position.
    const std::optional<ArticleContent> content = m_project->articleContent(m_reader->article());
    if (!content)
        return;
    const int scroll = m_reader->textView()->verticalScrollBar()->value();
    m_reader->showArticle(*content, m_codebook->tags());
    m_reader->setSearchTerms(m_articles->search().terms());
    m_reader->textView()->verticalScrollBar()->setValue(scroll);
    m_coding->showArticle(*content);
}

void MainWindow::showReaderMenu(const QPoint &globalPosition)
{
    QMenu *menu = m_reader->textView()->createStandardContextMenu(m_reader->textView()->viewport()->mapFromGlobal(globalPosition));
    if (m_project && m_reader->article() != 0) {
        const auto [start, end] = m_reader->selection();
        const qsizetype position = m_reader->textView()->cursorForPosition(m_reader->textView()->viewport()->mapFromGlobal(globalPosition)).position();
        menu->addSeparator();
        menu->addAction(m_annotateAction);
        m_curation->addReaderActions(menu, m_reader->content(), start, end, position);
    }
    menu->exec(globalPosition);
    delete menu;
}

void MainWindow::setEntityFilter(qint64 entity, const QString &name)
{
    if (!m_articles)
        return;
    m_filters->setEntity(entity, name);
    ArticleFilter filter = m_articles->filter();
    filter.entity = entity;
    setListFilter(filter);
}

void MainWindow::setListFilter(const ArticleFilter &filter)
{
    // Both lists look for their rows again; the article being read stays selected when it passes (see the
    // modelReset handler).
    m_articles->setFilter(filter);
    m_statements->setFilter(filter);
    updateStatus();
}

void MainWindow::applyFilter()
{
    if (!m_articles)
        return;
    ArticleFilter filter = m_filters->conditions();
    filter.search = m_articles->search();
    filter.entity = m_articles->entityFilter();
    if (filter == m_articles->filter())
        return;
    setListFilter(filter);
}

void MainWindow::updateOutdatedNotice()
{
    // Counting needs the extractor's version, which means loading the gazetteer, and a pass over every article: tens of
    // milliseconds warm, hundreds from a cold disk. It runs on a worker with a connection of its own, so that opening a
    // project never waits for it; the notice appears when the count is known.
    const quint64 check = ++m_outdatedCheck;
    if (!m_project) {
        m_outdatedNotice->hide();
        return;
    }
    const QString path = m_project->filePath();
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, check, path] {
        watcher->deleteLater();
        // A later check, or another project, decides.
        if (check != m_outdatedCheck || !m_project || m_project->filePath() != path)
            return;
        const qint64 outdated = watcher->result();
        m_outdatedLabel->setText(plural(outdated, tr("%1 article was extracted by another version of Verbatim"),
                                        tr("%1 articles were extracted by another version of Verbatim")));
        m_outdatedNotice->setVisible(outdated > 0 && !m_task->isRunning());
    });
    watcher->setFuture(QtConcurrent::run([path] {
        qint64 outdated = 0;
        const ProjectExtractor extractor(path);
        const QString connection = ProjectFile::uniqueConnectionName(u"outdated");
        {
            QString error;
            const QSqlDatabase db = ProjectFile::openConnection(path, connection, &error);
            if (db.isOpen())
                outdated = Reextractor::outdatedCount(db, extractor);
        }
        QSqlDatabase::removeDatabase(connection);
        return outdated;
    }));
}

void MainWindow::refreshAnnotations(qint64 article)
{
    if (!m_project || m_reader->article() == 0 || (article != 0 && article != m_reader->article()))
        return;
    const std::optional<ArticleContent> content = m_project->articleContent(m_reader->article());
    if (!content)
        return;
    m_reader->updateAnnotations(content->annotations, m_codebook->tags());
    m_coding->updateAnnotations(content->annotations);
}

void MainWindow::applySearch()
{
    if (!m_articles)
        return;
    const SearchQuery query(m_searchBox->text());
    m_searchProblem = query.problem();
    if (query.ftsExpression() == m_articles->search().ftsExpression()) {
        updateSearchStatus(); // the same search, but what the box says about it may have changed
        return;
    }
    // The ids are looked for on another thread: the list resets when they come, and a newer keystroke makes this
    // search stale.
    ArticleFilter filter = m_articles->filter();
    filter.search = query;
    m_reader->setSearchTerms(query.terms());
    setListFilter(filter);
}

namespace {

QColor mixed(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount), float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

// The window's colours for a highlighting theme chosen by name, so that the lists, panels and headers go dark
// with a dark theme instead of framing a dark text in light grey.
QPalette paletteOf(const KSyntaxHighlighting::Theme &theme)
{
    using KSyntaxHighlighting::Theme;
    const QColor background = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
    const QColor text = QColor::fromRgba(theme.textColor(Theme::Normal));
    QColor selection = QColor::fromRgba(theme.editorColor(Theme::TextSelection));
    // Some themes (Dracula) select text in a colour close to the background: too faint for the current row of a list.
    if (std::abs(selection.lightness() - background.lightness()) < 40)
        selection = mixed(selection, text, 0.25);
    QPalette palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor foreground = group == QPalette::Disabled ? mixed(text, background, 0.55) : text;
        palette.setColor(group, QPalette::Window, mixed(background, text, 0.06));
        palette.setColor(group, QPalette::WindowText, foreground);
        palette.setColor(group, QPalette::Base, background);
        palette.setColor(group, QPalette::AlternateBase, mixed(background, text, 0.035));
        palette.setColor(group, QPalette::Text, foreground);
        palette.setColor(group, QPalette::Button, mixed(background, text, 0.10));
        palette.setColor(group, QPalette::ButtonText, foreground);
        palette.setColor(group, QPalette::PlaceholderText, mixed(text, background, 0.45));
        palette.setColor(group, QPalette::Highlight, group == QPalette::Inactive ? mixed(selection, background, 0.35) : selection);
        palette.setColor(group, QPalette::HighlightedText, text);
        palette.setColor(group, QPalette::ToolTipBase, mixed(background, text, 0.10));
        palette.setColor(group, QPalette::ToolTipText, text);
        palette.setColor(group, QPalette::Light, mixed(background, text, 0.20));
        palette.setColor(group, QPalette::Midlight, mixed(background, text, 0.15));
        palette.setColor(group, QPalette::Mid, mixed(background, text, 0.30));
        palette.setColor(group, QPalette::Dark, mixed(background, text, 0.40));
        palette.setColor(group, QPalette::Shadow, mixed(background, Qt::black, 0.6));
        palette.setColor(group, QPalette::BrightText, mixed(text, Qt::white, 0.5));
        palette.setColor(group, QPalette::Link, QColor::fromRgba(theme.textColor(Theme::Function)));
    }
    return palette;
}

} // namespace

void MainWindow::applyTheme(const QString &name)
{
    m_themeName = name;
    // Automatic follows the system's palette (light or dark); a chosen theme colours the whole window.
    static const QPalette systemPalette = QApplication::palette();
    const KSyntaxHighlighting::Theme chosen = Highlighting::theme(name, systemPalette);
    QApplication::setPalette(name.isEmpty() ? systemPalette : paletteOf(chosen));
    m_reader->setTheme(chosen);
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == name);
}

// ---------------------------------------------------------------------------------------------------------------
// Coding
// ---------------------------------------------------------------------------------------------------------------

void MainWindow::annotateSelection()
{
    const auto [start, end] = m_reader->selection();
    if (!m_project || m_reader->article() == 0 || end <= start)
        return;
    AnnotateDialog dialog(m_reader->content().text.sliced(start, end - start), m_codebook->tags(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = AnnotationCommand::annotateSpan(m_project.get(), m_reader->article(), start, end, dialog.tagIds(), dialog.note());
    m_undoStack.push(command);
    m_coding->selectAnnotation(command->annotationId());
}

void MainWindow::applyTagShortcut(int row)
{
    if (!m_project || !m_codebook || !m_codebook->tagAt(row))
        return;
    // A passage selected in the text is annotated; otherwise the selected statement or annotation is tagged.
    const auto [start, end] = m_reader->selection();
    if (end > start && m_reader->textView()->hasFocus()) {
        auto *command = AnnotationCommand::annotateSpan(m_project.get(), m_reader->article(), start, end, {m_codebook->tagAt(row)->id}, QString());
        m_undoStack.push(command);
        m_coding->selectAnnotation(command->annotationId());
        return;
    }
    if (!m_coding->toggleTag(row))
        statusBar()->showMessage(tr("Select a statement, or a passage of the text, to tag it."), 4000);
}

// ---------------------------------------------------------------------------------------------------------------
// Import and export
// ---------------------------------------------------------------------------------------------------------------

void MainWindow::importFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), QString(),
        tr("Articles (*.txt *.text *.jsonl *.ndjson *.json *.csv);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::importFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Articles"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::explainEmptyList()
{
    // Nothing is shown, so there is nothing to code either.
    m_coding->clear();
    m_reader->clear(m_articles->totalCount() != 0 ? tr("No article matches the search and the filters")
                        : m_task->isRunning()          ? tr("The articles appear here when the import has finished")
                                                       : tr("This project has no articles yet: import some with File \u25B8 Import"));
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_project) {
        QMessageBox::information(this, tr("Import"), tr("Open or create a project first."));
        return;
    }
    const QString projectPath = m_project->filePath();
    const bool started = m_task->start([projectPath, paths](const BackgroundTask::Report &report, const BackgroundTask::Cancelled &cancelled) {
        const ProjectExtractor extractor(projectPath);
        Importer importer(projectPath, extractor);
        importer.setCancelCheck(cancelled);
        importer.setProgressCallback([&report](const ImportProgress &progress) {
            report(progress.bytesDone, progress.bytesTotal,
                   tr("%1 of %2, %3, %4 MB/s")
                       .arg(progress.filesDone)
                       .arg(plural(progress.filesTotal, tr("%1 file"), tr("%1 files")),
                            plural(progress.articlesImported, tr("%1 article"), tr("%1 articles")))
                       .arg(progress.megabytesPerSecond(), 0, 'f', 1));
        });
        return QVariant::fromValue(importer.run(paths));
    });
    if (!started) {
        QMessageBox::information(this, tr("Import"), tr("An import or re-extraction is already running."));
        return;
    }
    m_progress->begin(tr("Importing"), tr("Cancel the import; the project stays as it was before it"));
    if (m_articles && m_articles->rowCount() == 0)
        explainEmptyList();
    updateActions();
}

void MainWindow::reextract(Reextractor::Scope scope)
{
    if (!m_project)
        return;
    m_coding->commitNote();
    const QString projectPath = m_project->filePath();
    const bool started = m_task->start([projectPath, scope](const BackgroundTask::Report &report, const BackgroundTask::Cancelled &cancelled) {
        const ProjectExtractor extractor(projectPath);
        Reextractor reextractor(projectPath, extractor);
        reextractor.setCancelCheck(cancelled);
        reextractor.setProgressCallback([&report](qint64 done, qint64 total) {
            report(done, total, tr("%1 of %2").arg(done).arg(plural(total, tr("%1 article"), tr("%1 articles"))));
        });
        return QVariant::fromValue(reextractor.run(scope));
    });
    if (!started) {
        QMessageBox::information(this, tr("Re-extract"), tr("An import or re-extraction is already running."));
        return;
    }
    m_outdatedNotice->hide();
    m_progress->begin(tr("Re-extracting"), tr("Cancel; the project stays as it was before"));
    updateActions();
}

void MainWindow::onTaskFinished(const QVariant &result)
{
    m_progress->end();
    updateActions();
    if (result.canConvert<ImportReport>()) {
        const ImportReport report = result.value<ImportReport>();
        if (m_project && report.succeeded() && report.articlesImported > 0)
            m_project->notifyArticlesChanged();
        else if (m_articles && m_articles->rowCount() == 0)
            explainEmptyList();
        statusBar()->showMessage(report.summary(), 8000);
        if (!report.messages.isEmpty() || !report.error.isEmpty()) {
            ImportReportDialog dialog(report, this);
            dialog.exec();
        }
    } else if (result.canConvert<StatementExportResult>()) {
        const StatementExportResult exported = result.value<StatementExportResult>();
        if (exported.error.isEmpty())
            statusBar()->showMessage(tr("Wrote %1 to %2").arg(plural(exported.rows, tr("%1 statement"), tr("%1 statements")), exported.path), 8000);
        else
            QMessageBox::critical(this, tr("Export"), exported.error);
    } else if (result.canConvert<ReextractionReport>()) {
        const ReextractionReport report = result.value<ReextractionReport>();
        if (m_project && report.succeeded()) {
            // Statements and mentions have new ids: the curation steps on the undo stack no longer apply.
            m_undoStack.clear();
            m_project->notifyArticlesChanged();
            Q_EMIT m_project->entitiesChanged();
            refreshArticle(0);
        }
        statusBar()->showMessage(report.summary(), 8000);
        if (!report.counts.detached.isEmpty() || !report.error.isEmpty()) {
            QStringList lines;
            for (const DetachedAnnotation &annotation : report.counts.detached)
                lines.append(tr("“%1” no longer matches a statement; its tags and note stay on the passage.").arg(annotation.text.simplified().left(80)));
            QMessageBox box(QMessageBox::Information, tr("Re-extract"), report.summary(), QMessageBox::Close, this);
            box.setDetailedText(lines.join(u'\n'));
            box.exec();
        }
    }
    updateOutdatedNotice();
}

bool MainWindow::exportTo(Exporter::What what, const QString &path, QString *error)
{
    if (!m_project) {
        *error = tr("No project is open.");
        return false;
    }
    m_coding->commitNote();
    qint64 rows = 0;
    if (!Exporter::writeFile(m_project->database(), what, path, error, &rows))
        return false;
    statusBar()->showMessage(tr("Wrote %1 to %2").arg(plural(rows, tr("%1 row"), tr("%1 rows")), path), 8000);
    return true;
}

QString MainWindow::suggestedExportPath(Exporter::What what) const
{
    // Beside the project, named after it: "Peace talks-statements.csv".
    const QFileInfo project(m_project->filePath());
    return project.absolutePath() + u'/' + project.completeBaseName() + u'-' + Exporter::whatNames().at(int(what)) + QStringLiteral(".csv");
}

void MainWindow::exportDialog(Exporter::What what)
{
    if (!m_project)
        return;
    const QString name = Exporter::whatNames().at(int(what));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(name), suggestedExportPath(what), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(what, path, &error))
        QMessageBox::critical(this, tr("Export"), error);
}

// ---------------------------------------------------------------------------------------------------------------
// Window
// ---------------------------------------------------------------------------------------------------------------

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // 1400x860, or nine tenths of a smaller screen.
        const QSize available = screen() ? screen()->availableGeometry().size() * 0.9 : QSize(1400, 860);
        resize(QSize(1400, 860).boundedTo(available));
    }
    // Without a saved layout, the panels are fitted to the window once it is shown at its size.
    m_fitPanelsWhenShown = !restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({520, 700});
    m_listTabs->setCurrentIndex(settings.value(QStringLiteral("window/listTab")).toInt() == 1 ? 1 : 0);
    applyTheme(settings.value(QStringLiteral("theme")).toString());
    updateRecentMenu();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/listTab"), m_listTabs->currentIndex());
    settings.setValue(QStringLiteral("theme"), m_themeName);
    if (m_articles)
        settings.setValue(QStringLiteral("articles/header"), m_articleView->header()->saveState());
}

void MainWindow::fitPanelsToWindow()
{
    if (!m_codingDock->isFloating())
        resizeDocks({m_codingDock}, {width() * 3 / 10}, Qt::Horizontal);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_fitPanelsWhenShown, false))
        fitPanelsToWindow(); // room for the statements and a row of tags
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // A window made narrower takes the width from the reader first; the panels on the right give some back, so that
    // the text being coded stays readable beside them. A window made wider keeps the panels as the user left them.
    if (event->oldSize().width() <= 0 || event->size().width() >= event->oldSize().width())
        return;
    // After the layout has placed the docks for the new size (it does so after this event); once for a whole drag.
    m_panelFit->start();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_task->isRunning()) {
        const auto answer = QMessageBox::question(this, tr("Still Working"),
                                                  tr("An import or re-extraction is still running. Cancel it and quit? The project stays as it was "
                                                     "before it."),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_task->cancel();
        m_task->waitForFinished();
    }
    // Everything is already saved; only a note still being typed needs writing.
    m_coding->commitNote();
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // A dropped project is opened; anything else is imported.
    if (paths.size() == 1 && QFileInfo(paths.constFirst()).suffix() == ProjectFile::suffix()) {
        QString error;
        if (!openProject(paths.constFirst(), &error))
            QMessageBox::critical(this, tr("Open Project"), error);
        return;
    }
    importPaths(paths);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Verbatim"),
                       tr("<h3>Verbatim %1</h3><p>A reader and annotator for corpora of news articles: who said what, when.</p>"
                          "<p>Highlighting by KSyntaxHighlighting %2; storage in SQLite through Qt %3.</p>"
                          "<p>Gazetteer data from the CIA World Factbook (public domain), countries-list (MIT) and "
                          "Moby first names (public domain); country and subdivision names from iso-codes.</p>")
                           .arg(QApplication::applicationVersion(), QStringLiteral("6"), QString::fromLatin1(qVersion())));
}

} // namespace Verbatim::Ui
