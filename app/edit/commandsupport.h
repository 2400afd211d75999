#pragma once

#include <QString>

class QUndoCommand;

namespace Verbatim {

class Project;

/// Ends an undo command's redo() or undo(): when the edit failed, tells the window (Project::notifyEditFailed())
/// and makes the command obsolete, so that the undo stack never holds an edit that did not happen.
void finishEdit(QUndoCommand *command, Project *project, bool succeeded, const QString &action);

/// "Undo Rename X to Y", for the message when undoing fails.
QString undoAction(const QUndoCommand *command);

} // namespace Verbatim
