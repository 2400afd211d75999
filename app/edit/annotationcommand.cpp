#include "annotationcommand.h"

#include "commandsupport.h"
#include "store/project.h"

namespace Verbatim {

namespace {

QString excerpt(const QString &text)
{
    const QString simplified = text.simplified();
    return simplified.size() > 40 ? simplified.first(39) + QChar(0x2026) : simplified;
}

std::optional<Annotation> withoutEmpty(Annotation annotation)
{
    // An annotation with no tag and no note says nothing; it is deleted rather than kept empty.
    if (!annotation.hasContent())
        return std::nullopt;
    return annotation;
}

Annotation newAnnotationFor(const Statement &statement)
{
    Annotation annotation;
    annotation.article = statement.article;
    annotation.statement = statement.id;
    annotation.start = statement.start;
    annotation.end = statement.end;
    annotation.text = statement.text;
    return annotation;
}

} // namespace

AnnotationCommand::AnnotationCommand(Project *project, std::optional<Annotation> before, std::optional<Annotation> after, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool AnnotationCommand::apply(const std::optional<Annotation> &from, std::optional<Annotation> &to)
{
    if (from && !to)
        return m_project->deleteAnnotation(from->id);
    if (!from && to) {
        Annotation inserted = *to;
        if (!m_project->insertAnnotation(&inserted))
            return false;
        // Keep the id, so that redo after undo recreates the same annotation and later commands still find it.
        to->id = inserted.id;
        if (m_before && m_before->id == 0)
            m_before->id = inserted.id;
        return true;
    }
    if (from && to)
        return m_project->updateAnnotation(*to);
    return true;
}

void AnnotationCommand::redo()
{
    finishEdit(this, m_project, apply(m_before, m_after), text());
}

void AnnotationCommand::undo()
{
    finishEdit(this, m_project, apply(m_after, m_before), undoAction(this));
}

qint64 AnnotationCommand::annotationId() const
{
    if (m_after)
        return m_after->id;
    return m_before ? m_before->id : 0;
}

int AnnotationCommand::id() const
{
    return m_noteEdit && m_mergeable ? 0x564e4f54 : -1; // "VNOT"
}

bool AnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const AnnotationCommand *>(other);
    // A note edit that failed (and so made itself obsolete) must not ride along on the previous one.
    if (other->isObsolete() || isObsolete())
        return false;
    if (!m_noteEdit || !next->m_noteEdit || !m_after || !next->m_after || !next->m_before || annotationId() != next->annotationId()
        || m_after->tagIds != next->m_after->tagIds || next->m_editedAt - m_editedAt > noteStepGap)
        return false;
    // The step keeps the time of its first save: writing with short pauses makes a step every noteStepGap, so one
    // undo never takes back more than that much writing.
    m_after = next->m_after;
    return true;
}

AnnotationCommand *AnnotationCommand::toggleTag(Project *project, const Statement &statement, const Tag &tag)
{
    const std::optional<Annotation> current = project->annotationForStatement(statement.id);
    if (current)
        return toggleTag(project, *current, tag);
    Annotation after = newAnnotationFor(statement);
    after.tagIds.append(tag.id);
    return new AnnotationCommand(project, std::nullopt, after, tr("Tag \u201C%1\u201D as %2").arg(excerpt(statement.text), tag.name));
}

AnnotationCommand *AnnotationCommand::toggleTag(Project *project, const Annotation &annotation, const Tag &tag)
{
    Annotation after = annotation;
    QString text;
    if (after.tagIds.contains(tag.id)) {
        after.tagIds.removeAll(tag.id);
        text = tr("Remove %1 from \u201C%2\u201D").arg(tag.name, excerpt(annotation.text));
    } else {
        after.tagIds.append(tag.id);
        text = tr("Tag \u201C%1\u201D as %2").arg(excerpt(annotation.text), tag.name);
    }
    return new AnnotationCommand(project, annotation, withoutEmpty(after), text);
}

AnnotationCommand *AnnotationCommand::annotateSpan(Project *project, qint64 article, qsizetype start, qsizetype end, const QList<qint64> &tags,
                                                   const QString &note)
{
    Annotation after;
    after.article = article;
    after.start = start;
    after.end = end;
    after.tagIds = tags;
    after.note = note;
    return new AnnotationCommand(project, std::nullopt, after, tr("Annotate a passage"));
}

AnnotationCommand *AnnotationCommand::setNote(Project *project, const Statement &statement, const QString &note)
{
    if (const std::optional<Annotation> current = project->annotationForStatement(statement.id))
        return setNote(project, *current, note);
    Annotation after = newAnnotationFor(statement);
    after.note = note;
    auto *command = new AnnotationCommand(project, std::nullopt, withoutEmpty(after), tr("Note on \u201C%1\u201D").arg(excerpt(statement.text)));
    return command;
}

AnnotationCommand *AnnotationCommand::setNote(Project *project, const Annotation &annotation, const QString &note)
{
    Annotation after = annotation;
    after.note = note;
    auto *command = new AnnotationCommand(project, annotation, withoutEmpty(after), tr("Note on \u201C%1\u201D").arg(excerpt(annotation.text)));
    command->m_noteEdit = true;
    return command;
}

AnnotationCommand *AnnotationCommand::remove(Project *project, const Annotation &annotation)
{
    return new AnnotationCommand(project, annotation, std::nullopt, tr("Delete the annotation of \u201C%1\u201D").arg(excerpt(annotation.text)));
}

} // namespace Verbatim
