#include "statementcommands.h"

#include "commandsupport.h"
#include "store/project.h"

#include <QCoreApplication>

namespace Verbatim {

namespace {
QString tr(const char *source)
{
    return QCoreApplication::translate("StatementCommands", source);
}

QString excerpt(const QString &text)
{
    const QString simplified = text.simplified();
    return simplified.size() > 40 ? simplified.first(39) + QChar(0x2026) : simplified;
}
} // namespace

EditStatementCommand::EditStatementCommand(Project *project, const Statement &statement, qint64 speakerEntity, StatementKind kind, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    // The statement as stored, not as shown: shown, the speaker of an ignored entity is blank.
    , m_before(project->storedStatement(statement.id).value_or(statement))
    , m_speakerEntity(speakerEntity)
    , m_kind(kind)
{
}

void EditStatementCommand::redo()
{
    finishEdit(this, m_project, m_project->updateStatement(m_before.id, m_speakerEntity, m_kind), text());
}

void EditStatementCommand::undo()
{
    finishEdit(this, m_project, m_project->restoreStatement(m_before), undoAction(this));
}

RejectStatementCommand::RejectStatementCommand(Project *project, const Statement &statement)
    : QUndoCommand(tr("Not a statement: \u201C%1\u201D").arg(excerpt(statement.text)))
    , m_project(project)
    , m_statement(statement.id)
{
}

void RejectStatementCommand::redo()
{
    finishEdit(this, m_project, m_project->rejectStatement(m_statement, &m_rejection), text());
}

void RejectStatementCommand::undo()
{
    finishEdit(this, m_project, m_project->unrejectStatement(m_statement, m_rejection), undoAction(this));
}

AddStatementCommand::AddStatementCommand(Project *project, const Statement &statement)
    : QUndoCommand(tr("Mark \u201C%1\u201D as a statement").arg(excerpt(statement.text)))
    , m_project(project)
    , m_statement(statement)
{
}

void AddStatementCommand::redo()
{
    finishEdit(this, m_project, m_project->insertStatement(&m_statement), text());
}

void AddStatementCommand::undo()
{
    finishEdit(this, m_project, m_project->deleteStatement(m_statement.id), undoAction(this));
}

} // namespace Verbatim
