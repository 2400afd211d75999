#pragma once

class QDialog;
class QPushButton;

namespace Verbatim::Ui {

/// Makes Ctrl+Return and Ctrl+Enter accept `dialog` from anywhere in it, also from a text box where Return starts a
/// new line, as long as `ok` is enabled; `ok` names the shortcut in its tooltip.
void addConfirmShortcut(QDialog *dialog, QPushButton *ok);

} // namespace Verbatim::Ui
