#include "commandsupport.h"

#include "store/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Verbatim {

void finishEdit(QUndoCommand *command, Project *project, bool succeeded, const QString &action)
{
    if (succeeded)
        return;
    project->notifyEditFailed(action);
    command->setObsolete(true);
}

QString undoAction(const QUndoCommand *command)
{
    return QCoreApplication::translate("Commands", "Undo %1").arg(command->text());
}

} // namespace Verbatim
