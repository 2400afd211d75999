#include "tagcommands.h"

#include "store/project.h"

#include <QCoreApplication>

namespace Verbatim {

AddTagCommand::AddTagCommand(Project *project, const Tag &tag)
    : QUndoCommand(QCoreApplication::translate("TagCommands", "Add tag %1").arg(tag.name))
    , m_project(project)
    , m_tag(tag)
{
}

void AddTagCommand::redo()
{
    Tag tag = m_tag;
    if (!m_project->insertTag(&tag)) {
        m_project->notifyEditFailed(text());
        setObsolete(true);
        return;
    }
    m_tag = tag;
}

void AddTagCommand::undo()
{
    if (!m_project->deleteTag(m_tag.id)) {
        m_project->notifyEditFailed(QCoreApplication::translate("TagCommands", "Undo %1").arg(text()));
        setObsolete(true);
    }
}

EditTagCommand::EditTagCommand(Project *project, const Tag &before, const Tag &after)
    : QUndoCommand(QCoreApplication::translate("TagCommands", "Change tag %1").arg(before.name))
    , m_project(project)
    , m_before(before)
    , m_after(after)
{
}

void EditTagCommand::redo()
{
    if (!m_project->updateTag(m_after)) {
        m_project->notifyEditFailed(text());
        setObsolete(true);
    }
}

void EditTagCommand::undo()
{
    if (!m_project->updateTag(m_before)) {
        m_project->notifyEditFailed(QCoreApplication::translate("TagCommands", "Undo %1").arg(text()));
        setObsolete(true);
    }
}

DeleteTagCommand::DeleteTagCommand(Project *project, const Tag &tag)
    : QUndoCommand(QCoreApplication::translate("TagCommands", "Delete tag %1").arg(tag.name))
    , m_project(project)
    , m_tag(tag)
{
}

void DeleteTagCommand::redo()
{
    if (!m_project->deleteTag(m_tag.id, &m_taggedAnnotations)) {
        m_project->notifyEditFailed(text());
        setObsolete(true);
    }
}

void DeleteTagCommand::undo()
{
    Tag tag = m_tag;
    if (!m_project->insertTag(&tag, m_taggedAnnotations)) {
        m_project->notifyEditFailed(QCoreApplication::translate("TagCommands", "Undo %1").arg(text()));
        setObsolete(true);
    }
}

} // namespace Verbatim
