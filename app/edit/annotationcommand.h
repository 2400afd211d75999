#pragma once

#include "store/records.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <chrono>
#include <optional>

namespace Verbatim {

class Project;

/// Moves one annotation from one state to another, and back on undo: creating it (from no annotation), deleting it
/// (to none) or changing its tags and note. Every tag, untag, span annotation and note edit is one of these.
/// When the project refuses the change (a locked or full disk), the command reports it and drops itself.
class AnnotationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationCommand)

public:
    AnnotationCommand(Project *project, std::optional<Annotation> before, std::optional<Annotation> after, const QString &text);

    void redo() override;
    void undo() override;
    int id() const override;
    /// Consecutive note edits of one annotation become one undo step, for at most noteStepGap after its first save.
    bool mergeWith(const QUndoCommand *other) override;
    /// Keeps this note edit a step of its own, for a save that an undo forces: the undo then takes back only
    /// what was typed since the last save.
    void keepAsOwnStep() { m_mergeable = false; }

    /// How much writing one undo step of a note may span.
    static constexpr std::chrono::milliseconds noteStepGap{10000};

    /// The annotation's id once it exists (after the first redo).
    qint64 annotationId() const;

    /// Toggles `tag` on the statement: creates its annotation when it has none, deletes it when nothing is left.
    static AnnotationCommand *toggleTag(Project *project, const Statement &statement, const Tag &tag);
    /// Toggles `tag` on an existing annotation.
    static AnnotationCommand *toggleTag(Project *project, const Annotation &annotation, const Tag &tag);
    /// A new annotation of a span the user selected.
    static AnnotationCommand *annotateSpan(Project *project, qint64 article, qsizetype start, qsizetype end, const QList<qint64> &tags,
                                           const QString &note);
    /// Sets the note of a statement (creating or deleting its annotation as needed).
    static AnnotationCommand *setNote(Project *project, const Statement &statement, const QString &note);
    static AnnotationCommand *setNote(Project *project, const Annotation &annotation, const QString &note);
    static AnnotationCommand *remove(Project *project, const Annotation &annotation);

private:
    bool apply(const std::optional<Annotation> &from, std::optional<Annotation> &to);

    Project *m_project = nullptr;
    std::optional<Annotation> m_before;
    std::optional<Annotation> m_after;
    bool m_noteEdit = false;
    bool m_mergeable = true;
    std::chrono::steady_clock::time_point m_editedAt = std::chrono::steady_clock::now();
};

} // namespace Verbatim
