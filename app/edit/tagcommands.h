#pragma once

#include "store/records.h"

#include <QUndoCommand>

namespace Verbatim {

class Project;

/// Adds a tag to the codebook; undo removes it again.
class AddTagCommand : public QUndoCommand
{
public:
    AddTagCommand(Project *project, const Tag &tag);
    void redo() override;
    void undo() override;
    qint64 tagId() const { return m_tag.id; }

private:
    Project *m_project = nullptr;
    Tag m_tag;
};

/// Renames, recolours or redescribes a tag.
class EditTagCommand : public QUndoCommand
{
public:
    EditTagCommand(Project *project, const Tag &before, const Tag &after);
    void redo() override;
    void undo() override;

private:
    Project *m_project = nullptr;
    Tag m_before;
    Tag m_after;
};

/// Deletes a tag and takes it off every annotation; undo puts it back on all of them.
class DeleteTagCommand : public QUndoCommand
{
public:
    DeleteTagCommand(Project *project, const Tag &tag);
    void redo() override;
    void undo() override;

private:
    Project *m_project = nullptr;
    Tag m_tag;
    QList<qint64> m_taggedAnnotations;
};

} // namespace Verbatim
