#include "tagcommands.h"

#include "commandsupport.h"
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
    const bool inserted = m_project->insertTag(&tag);
    if (inserted)
        m_tag = tag;
    finishEdit(this, m_project, inserted, text());
}

void AddTagCommand::undo()
{
    finishEdit(this, m_project, m_project->deleteTag(m_tag.id), undoAction(this));
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
    finishEdit(this, m_project, m_project->updateTag(m_after), text());
}

void EditTagCommand::undo()
{
    finishEdit(this, m_project, m_project->updateTag(m_before), undoAction(this));
}

DeleteTagCommand::DeleteTagCommand(Project *project, const Tag &tag)
    : QUndoCommand(QCoreApplication::translate("TagCommands", "Delete tag %1").arg(tag.name))
    , m_project(project)
    , m_tag(tag)
{
}

void DeleteTagCommand::redo()
{
    finishEdit(this, m_project, m_project->deleteTag(m_tag.id, &m_taggedAnnotations), text());
}

void DeleteTagCommand::undo()
{
    Tag tag = m_tag;
    finishEdit(this, m_project, m_project->insertTag(&tag, m_taggedAnnotations), undoAction(this));
}

} // namespace Verbatim
