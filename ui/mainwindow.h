#pragma once

#include "io/exporter.h"

#include <QMainWindow>
#include <QUndoStack>

#include <memory>

class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QTimer;
class QToolButton;
class QTreeView;

namespace Verbatim {
class ArticleListModel;
class CodebookModel;
class Project;
struct ImportProgress;
struct ImportReport;
}

namespace Verbatim::Ui {

class ArticleReader;
class CodebookPanel;
class CodingPanel;
class ImportController;

/// Verbatim's window: the article list with its search box beside the reader, the coding panel (statements,
/// annotations, tags, notes) and the codebook. Every edit is saved to the project at once and can be undone;
/// closing never asks to save. Imports run in the background with progress and can be cancelled.
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
    /// Writes an export of the open project to `path`; returns false with `*error` set on failure.
    bool exportTo(Exporter::What what, const QString &path, QString *error);

    ArticleReader *reader() const { return m_reader; }
    CodingPanel *codingPanel() const { return m_coding; }
    QTreeView *articleView() const { return m_articleView; }
    ImportController *importController() const { return m_import; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void restoreSettings();
    void saveSettings();
    void closeProject();
    void updateRecentMenu();
    void updateStatus();
    void updateActions();
    void updateWindowTitle();
    void showCurrentArticle();
    void refreshAnnotations(qint64 article);
    void applySearch();
    void applyTheme(const QString &name);
    void newProject();
    void openProjectDialog();
    void importFilesDialog();
    void importFolderDialog();
    void exportDialog(Exporter::What what);
    void annotateSelection();
    void applyTagShortcut(int row);
    void onImportProgress(const ImportProgress &progress);
    void onImportFinished(const ImportReport &report);
    void showAbout();

    std::unique_ptr<Project> m_project;
    QUndoStack m_undoStack;
    ArticleListModel *m_articles = nullptr;
    CodebookModel *m_codebook = nullptr;
    ImportController *m_import = nullptr;

    QSplitter *m_splitter = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QLabel *m_searchStatus = nullptr;
    QTreeView *m_articleView = nullptr;
    ArticleReader *m_reader = nullptr;
    CodingPanel *m_coding = nullptr;
    CodebookPanel *m_codebookPanel = nullptr;
    QTimer *m_searchTimer = nullptr;

    QLabel *m_countLabel = nullptr;
    QWidget *m_importBox = nullptr;
    QLabel *m_importLabel = nullptr;
    QProgressBar *m_importBar = nullptr;
    QToolButton *m_importCancel = nullptr;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QList<QAction *> m_projectActions; ///< enabled only with a project open
    QList<QAction *> m_importActions; ///< disabled while an import runs
    QAction *m_annotateAction = nullptr;
    QString m_themeName;
};

} // namespace Verbatim::Ui
