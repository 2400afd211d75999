#include "confirmshortcut.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QKeySequence>
#include <QPushButton>

namespace Verbatim::Ui {

void addConfirmShortcut(QDialog *dialog, QPushButton *ok)
{
    // An action of the dialog: its shortcut works from every child that leaves the key alone, and the text boxes
    // take Return, not Ctrl+Return.
    auto *confirm = new QAction(dialog);
    confirm->setShortcuts({QKeySequence(QCoreApplication::translate("ConfirmShortcut", "Ctrl+Return")),
                           QKeySequence(QCoreApplication::translate("ConfirmShortcut", "Ctrl+Enter"))});
    QObject::connect(confirm, &QAction::triggered, dialog, [dialog, ok] {
        if (ok->isEnabled())
            dialog->accept();
    });
    dialog->addAction(confirm);
    ok->setToolTip(QCoreApplication::translate("ConfirmShortcut", "Ctrl+Return"));
}

} // namespace Verbatim::Ui
