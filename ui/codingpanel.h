#pragma once

#include "model/annotationlistmodel.h"
#include "model/statementlistmodel.h"
#include "store/records.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace Verbatim {
class CodebookModel;
class Project;
}

namespace Verbatim::Ui {

class FlowLayout;

/// Codes the article being read: its statements (quotation and speaker) and the user's annotations, with the
/// codebook's tags as toggle buttons (Ctrl+1 ... Ctrl+9) and a note. Every change is an undoable command, saved to
/// the project at once.
class CodingPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingPanel)

public:
    CodingPanel(QUndoStack *undoStack, QWidget *parent = nullptr);

    void setProject(Project *project, CodebookModel *codebook);
    void showArticle(const ArticleContent &content);
    void updateAnnotations(const QList<Annotation> &annotations);
    void clear();

    /// Selects a statement in the list (as when the user clicks it in the text).
    void selectStatement(qint64 statement);
    void selectAnnotation(qint64 annotation);
    /// Toggles the codebook's tag in `row` on the selected statement or annotation. Returns false when nothing is selected.
    bool toggleTag(int row);
    enum class NoteStep {
        MayMerge, ///< joins the previous save of the same note when it was moments ago (typing that paused)
        OwnStep, ///< a step of its own: the save an undo forces, so that the undo takes back only this typing
    };
    /// Saves a note being typed now rather than when typing pauses.
    void commitNote(NoteStep step = NoteStep::MayMerge);

    QTableView *statementView() const { return m_statementView; }

Q_SIGNALS:
    /// The user picked a statement or annotation: the reader shows its span.
    void spanActivated(qsizetype start, qsizetype end);
    /// The context menu of a statement is about to open; the window offers corrections.
    void statementMenuRequested(const Verbatim::Statement &statement, const QPoint &globalPosition);
    /// The user began typing a note, which is saved (and can be undone) when typing pauses.
    void noteEditStarted();

private:
    enum class Target { None, Statement, Annotation };
    Target currentTarget() const;
    const Statement *currentStatement() const;
    const Annotation *currentAnnotation() const;
    enum class Reselect {
        Nothing, ///< another article: nothing stays selected
        Quietly, ///< the same article again: the selection stays, the reader stays where it is
        ShowingInTheReader, ///< the selection stays and the reader shows it again
    };
    /// Shows `statements` and `annotations` in the lists.
    void setContent(const QList<Statement> &statements, const QList<Annotation> &annotations, Reselect reselect);
    void rebuildTagButtons();
    void updateEditors();
    void onNoteChanged();
    void removeCurrentAnnotation();

    QUndoStack *m_undoStack = nullptr;
    QPointer<Project> m_project;
    QPointer<CodebookModel> m_codebook;
    StatementListModel *m_statements = nullptr;
    AnnotationListModel *m_annotations = nullptr;
    QList<Annotation> m_articleAnnotations;
    qint64 m_article = 0; ///< the article whose statements are listed
    bool m_keepingSelection = false; ///< reselecting after the article was shown again: the reader stays where it is

    QTabWidget *m_tabs = nullptr;
    QTableView *m_statementView = nullptr;
    QTableView *m_annotationView = nullptr;
    QLabel *m_targetLabel = nullptr;
    QWidget *m_tagBar = nullptr;
    FlowLayout *m_tagLayout = nullptr;
    QList<QToolButton *> m_tagButtons;
    QPlainTextEdit *m_note = nullptr;
    QToolButton *m_removeAnnotation = nullptr;
    QTimer *m_noteTimer = nullptr;
    bool m_updatingEditors = false;
    // What the note being typed belongs to: the selection may move on before it is saved.
    Target m_noteTarget = Target::None;
    qint64 m_noteTargetId = 0;
};

} // namespace Verbatim::Ui
