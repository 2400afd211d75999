#pragma once

#include "store/records.h"

#include <QUndoCommand>

#include <optional>

namespace Verbatim {

class Project;

// Curation of entities as undoable commands. Each reports a failure through Project::notifyEditFailed() and
// drops itself, leaving the project unchanged.

class RenameEntityCommand : public QUndoCommand
{
public:
    RenameEntityCommand(Project *project, const EntitySummary &entity, const QString &newName);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    qint64 m_entity;
    QString m_newName;
    EntityNaming m_before;
};

class SetEntityTypeCommand : public QUndoCommand
{
public:
    SetEntityTypeCommand(Project *project, const EntitySummary &entity, EntityType newType);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    qint64 m_entity;
    EntityType m_newType;
    EntityNaming m_before;
};

class IgnoreEntityCommand : public QUndoCommand
{
public:
    IgnoreEntityCommand(Project *project, const EntitySummary &entity, bool ignore);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    qint64 m_entity;
    bool m_ignore;
};

class MergeEntitiesCommand : public QUndoCommand
{
public:
    MergeEntitiesCommand(Project *project, const EntitySummary &from, const EntitySummary &into);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    qint64 m_from;
    qint64 m_into;
    EntityMerge m_merge;
};

class SplitEntityCommand : public QUndoCommand
{
public:
    SplitEntityCommand(Project *project, const EntitySummary &entity, qint64 article, const QString &newName);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    qint64 m_entity;
    qint64 m_article;
    QString m_newName;
    EntitySplit m_split;
};

/// Adds a name of the user's, found at once in every article that contains it.
class AddEntityCommand : public QUndoCommand
{
public:
    AddEntityCommand(Project *project, const QString &name, EntityType type);
    void redo() override;
    void undo() override;
    qint64 entityId() const { return m_entity; }

private:
    Project *m_project;
    QString m_name;
    EntityType m_type;
    qint64 m_entity = 0;
    std::optional<EntitySummary> m_existing; ///< the entity as it was, when the extractor had found the name before
};

} // namespace Verbatim
