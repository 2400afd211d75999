#pragma once

#include "store/records.h"

#include <QUndoCommand>

namespace Verbatim {

class Project;

/// Corrects a statement's speaker or kind. The statement becomes the user's, which re-extraction keeps.
class EditStatementCommand : public QUndoCommand
{
public:
    EditStatementCommand(Project *project, const Statement &statement, qint64 speakerEntity, StatementKind kind, const QString &text);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    Statement m_before;
    qint64 m_speakerEntity;
    StatementKind m_kind;
};

/// Marks a statement as not a statement; re-extraction does not bring it back.
class RejectStatementCommand : public QUndoCommand
{
public:
    RejectStatementCommand(Project *project, const Statement &statement);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    qint64 m_statement;
    StatementRejection m_rejection;
};

/// Adds a statement the user marked in the text.
class AddStatementCommand : public QUndoCommand
{
public:
    AddStatementCommand(Project *project, const Statement &statement);
    void redo() override;
    void undo() override;
    qint64 statementId() const { return m_statement.id; }

private:
    Project *m_project;
    Statement m_statement;
};

} // namespace Verbatim
