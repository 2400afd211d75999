#pragma once

#include <QKeySequence>
#include <QList>

class QWidget;

namespace Verbatim::Ui {

/// Leaves `keys` typed in `scope` or any widget inside it, now or later, to the window's shortcuts where the widget
/// would take them for itself: the note box's own undo history, a line edit's Emacs-style Ctrl+E (end of line) on
/// desktops that bind it.
void leaveKeysToWindow(QWidget *scope, const QList<QKeySequence> &keys);

/// Ctrl+Shift+Z and Ctrl+Y, whatever the platform's binding for redo, each once (a key bound twice is ambiguous).
QList<QKeySequence> redoKeys();

} // namespace Verbatim::Ui
