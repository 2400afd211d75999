#pragma once

#include "io/exporter.h"
#include "io/reextractor.h"

#include <QMainWindow>
#include <QUndoStack>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace Verbatim {
class ArticleListModel;
class CodebookModel;
class CorpusStatementModel;
class EntityListModel;
class QueryRunner;
class Project;
struct ImportReport;
}

namespace Verbatim::Ui {

class ArticleReader;
class BackgroundTask;
class CodebookPanel;
class CodingPanel;
class ColumnChooser;
class CurationMenus;
class EntityPanel;
class FilterBar;
class StatementTable;
class TaskProgressWidget;

/// Verbatim's window: the article list with its search box beside the reader, the coding panel (statements,
/// annotations, tags, notes), the codebook and the entities. Every edit is saved to the project at once and can be
/// undone; closing never asks to save. Imports and re-extractions run in the background with progress and can be
/// cancelled.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) a project and shows its first article. On failure shows nothing new, leaves the current
    /// project open, and returns false with `*error` set.
    bool openProject(const QString &path, QString *error);
    Project *project() const { return m_project.get(); }
    QUndoStack *undoStack() { return &m_undoStack; }

    /// Selects the article in `row` of the list (the first when 0) and shows it.
    void selectArticle(int row);
    /// Starts a background import of files and folders into the open project.
    void importPaths(const QStringList &paths);
    /// Starts a background re-extraction of the open project's articles.
    void reextract(Reextractor::Scope scope);
    /// Shows only the articles that mention (or quote) an entity; 0 shows them all again.
    void setEntityFilter(qint64 entity, const QString &name = QString());
    /// Writes an export of the open project to `path`; returns false with `*error` set on failure.
    bool exportTo(Exporter::What what, const QString &path, QString *error);

    ArticleReader *reader() const { return m_reader; }
    CodingPanel *codingPanel() const { return m_coding; }
    QTreeView *articleView() const { return m_articleView; }
    BackgroundTask *backgroundTask() const { return m_task; }
    EntityPanel *entityPanel() const { return m_entityPanel; }
    FilterBar *filterBar() const { return m_filters; }
    ColumnChooser *articleColumns() const { return m_articleColumns; }
    StatementTable *statementTable() const { return m_statementTable; }
    /// Shows the Articles (0) or Statements (1) tab of the list.
    void showListTab(int tab);
    /// Shows a statement's article in the reader with the statement selected.
    void showStatement(qint64 article, qint64 statement);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// Gives the panels on the right three tenths of the window.
    void fitPanelsToWindow();
    void createActions();
    void createDocks();
    void restoreSettings();
    void saveSettings();
    void closeProject();
    void updateRecentMenu();
    void updateStatus();
    /// The reader's message when the list has no article: none matches, an import is under way, or there are none.
    void explainEmptyList();
    /// Under the search box: how many articles match, and how many hits the one being read has.
    void updateSearchStatus();
    void updateActions();
    void updateWindowTitle();
    void showCurrentArticle();
    void showArticle(qint64 article);
    void applyFilter();
    /// Narrows both lists to `filter`.
    void setListFilter(const ArticleFilter &filter);
    void exportShownStatements();
    void refreshAnnotations(qint64 article);
    void refreshArticle(qint64 article);
    void showReaderMenu(const QPoint &globalPosition);
    void updateOutdatedNotice();
    void applySearch();
    void applyTheme(const QString &name);
    void newProject();
    void openProjectDialog();
    void importFilesDialog();
    void importFolderDialog();
    /// Beside the project, named after it and the export.
    QString suggestedExportPath(Exporter::What what) const;
    void exportDialog(Exporter::What what);
    void annotateSelection();
    void applyTagShortcut(int row);
    void onTaskFinished(const QVariant &result);
    void showAbout();

    std::unique_ptr<Project> m_project;
    QUndoStack m_undoStack;
    std::unique_ptr<QueryRunner> m_runner; ///< the list's and statements table's queries, off this thread
    ArticleListModel *m_articles = nullptr;
    CorpusStatementModel *m_statements = nullptr;
    qint64 m_articleBeforeReset = 0; ///< the article shown when the list began to reload
    bool m_fitPanelsWhenShown = false;
    QDockWidget *m_codingDock = nullptr;
    QTimer *m_panelFit = nullptr;
    qint64 m_articleToReopen = 0; ///< the article read when the project was last closed, until its first list comes
    CodebookModel *m_codebook = nullptr;
    EntityListModel *m_entities = nullptr;
    BackgroundTask *m_task = nullptr;
    CurationMenus *m_curation = nullptr;

    QSplitter *m_splitter = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QLabel *m_searchStatus = nullptr;
    QTreeView *m_articleView = nullptr;
    ColumnChooser *m_articleColumns = nullptr;
    ArticleReader *m_reader = nullptr;
    CodingPanel *m_coding = nullptr;
    CodebookPanel *m_codebookPanel = nullptr;
    EntityPanel *m_entityPanel = nullptr;
    FilterBar *m_filters = nullptr;
    QTabWidget *m_listTabs = nullptr;
    StatementTable *m_statementTable = nullptr;
    QString m_searchProblem; ///< what the search box holds that could not be searched as written
    QTimer *m_searchTimer = nullptr;

    QLabel *m_countLabel = nullptr;
    TaskProgressWidget *m_progress = nullptr;
    QWidget *m_outdatedNotice = nullptr;
    QLabel *m_outdatedLabel = nullptr;
    quint64 m_outdatedCheck = 0; ///< the latest count of outdated articles asked for; older answers are dropped

    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QList<QAction *> m_projectActions; ///< enabled only with a project open
    QList<QAction *> m_taskActions; ///< disabled while a background task runs
    QAction *m_annotateAction = nullptr;
    QString m_themeName;
};

} // namespace Verbatim::Ui
