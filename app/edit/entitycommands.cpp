#include "entitycommands.h"

#include "commandsupport.h"
#include "store/project.h"

#include <QCoreApplication>

namespace Verbatim {

namespace {
QString translated(const char *source)
{
    return QCoreApplication::translate("EntityCommands", source);
}
} // namespace

RenameEntityCommand::RenameEntityCommand(Project *project, const EntitySummary &entity, const QString &newName)
    : QUndoCommand(translated("Rename %1 to %2").arg(entity.name, newName))
    , m_project(project)
    , m_entity(entity.id)
    , m_newName(newName)
{
}

void RenameEntityCommand::redo()
{
    finishEdit(this, m_project, m_project->renameEntity(m_entity, m_newName, &m_before), text());
}

void RenameEntityCommand::undo()
{
    finishEdit(this, m_project, m_project->restoreEntityNaming(m_before), undoAction(this));
}

SetEntityTypeCommand::SetEntityTypeCommand(Project *project, const EntitySummary &entity, EntityType newType)
    : QUndoCommand(translated("Make %1 a %2").arg(entity.name, entityTypeName(newType)))
    , m_project(project)
    , m_entity(entity.id)
    , m_newType(newType)
{
}

void SetEntityTypeCommand::redo()
{
    finishEdit(this, m_project, m_project->setEntityType(m_entity, m_newType, &m_before), text());
}

void SetEntityTypeCommand::undo()
{
    finishEdit(this, m_project, m_project->restoreEntityNaming(m_before), undoAction(this));
}

IgnoreEntityCommand::IgnoreEntityCommand(Project *project, const EntitySummary &entity, bool ignore)
    : QUndoCommand(ignore ? translated("Ignore %1").arg(entity.name) : translated("Stop ignoring %1").arg(entity.name))
    , m_project(project)
    , m_entity(entity.id)
    , m_ignore(ignore)
{
}

void IgnoreEntityCommand::redo()
{
    finishEdit(this, m_project, m_project->setEntityIgnored(m_entity, m_ignore), text());
}

void IgnoreEntityCommand::undo()
{
    finishEdit(this, m_project, m_project->setEntityIgnored(m_entity, !m_ignore), undoAction(this));
}

MergeEntitiesCommand::MergeEntitiesCommand(Project *project, const EntitySummary &from, const EntitySummary &into)
    : QUndoCommand(translated("Merge %1 into %2").arg(from.name, into.name))
    , m_project(project)
    , m_from(from.id)
    , m_into(into.id)
{
}

void MergeEntitiesCommand::redo()
{
    finishEdit(this, m_project, m_project->mergeEntities(m_from, m_into, &m_merge), text());
}

void MergeEntitiesCommand::undo()
{
    finishEdit(this, m_project, m_project->undoMerge(m_merge), undoAction(this));
}

SplitEntityCommand::SplitEntityCommand(Project *project, const EntitySummary &entity, qint64 article, const QString &newName)
    : QUndoCommand(translated("Split %1 from %2 in this article").arg(newName, entity.name))
    , m_project(project)
    , m_entity(entity.id)
    , m_article(article)
    , m_newName(newName)
{
}

void SplitEntityCommand::redo()
{
    finishEdit(this, m_project, m_project->splitEntity(m_entity, m_article, m_newName, &m_split), text());
}

void SplitEntityCommand::undo()
{
    finishEdit(this, m_project, m_project->undoSplit(m_split), undoAction(this));
}

AddEntityCommand::AddEntityCommand(Project *project, const QString &name, EntityType type)
    : QUndoCommand(translated("Mark %1 as a %2").arg(name, entityTypeName(type)))
    , m_project(project)
    , m_name(name)
    , m_type(type)
{
}

void AddEntityCommand::redo()
{
    finishEdit(this, m_project, m_project->addEntity(m_name, m_type, &m_entity, &m_existing), text());
}

void AddEntityCommand::undo()
{
    finishEdit(this, m_project, m_project->removeAddedEntity(m_entity, m_existing), undoAction(this));
}

} // namespace Verbatim
