#pragma once

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QMenu;
class QTimer;
class QTreeView;
class QUndoStack;

namespace Verbatim {
class EntityListModel;
class Project;
struct EntitySummary;
}

namespace Verbatim::Ui {

/// The corpus's entities by type, with their counts. Activating one shows the articles that mention it; the
/// context menu curates: rename, change type, merge, split in the current article, ignore. Every change is an
/// undoable command, applied everywhere at once and kept across re-extraction. The list reads entities a page at a
/// time as it is scrolled, and only while it is on screen; the filter box and the column headers query the project.
class EntityPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPanel)

public:
    EntityPanel(QUndoStack *undoStack, QWidget *parent = nullptr);

    void setProject(Project *project, EntityListModel *entities);
    /// The article being read, for "split in this article".
    void setCurrentArticle(qint64 article) { m_article = article; }
    QTreeView *view() const { return m_view; }

public Q_SLOTS:
    void renameCurrent();
    void mergeCurrent();
    void splitCurrent();
    void toggleIgnoreCurrent();

Q_SIGNALS:
    /// The user wants the articles that mention (or quote) an entity.
    void entityActivated(qint64 entity, const QString &name);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const EntitySummary *current() const;
    void showMenu(const QPoint &position);
    void fetchVisible();
    void openFirstType();
    void applyFilter();

    QUndoStack *m_undoStack = nullptr;
    QPointer<Project> m_project;
    QPointer<EntityListModel> m_entities;
    qint64 m_article = 0;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTreeView *m_view = nullptr;
    QList<bool> m_expandedTypes; ///< across a reset of the model
    bool m_firstShow = false; ///< the first type is to be opened when the panel is first painted
};

} // namespace Verbatim::Ui
