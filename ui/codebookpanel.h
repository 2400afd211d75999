#pragma once

#include <QPointer>
#include <QWidget>

class QListView;
class QToolButton;
class QUndoStack;

namespace Verbatim {
class CodebookModel;
class Project;
}

namespace Verbatim::Ui {

/// The codebook: the project's tags, which can be added, edited and removed (all undoable).
class CodebookPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodebookPanel)

public:
    CodebookPanel(QUndoStack *undoStack, QWidget *parent = nullptr);

    void setProject(Project *project, CodebookModel *codebook);

public Q_SLOTS:
    void addTag();
    void editCurrentTag();
    void removeCurrentTag();

private:
    QStringList otherNames(qint64 except) const;
    void updateButtons();

    QUndoStack *m_undoStack = nullptr;
    QPointer<Project> m_project;
    QPointer<CodebookModel> m_codebook;
    QListView *m_view = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace Verbatim::Ui
