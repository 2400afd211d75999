#include "windowshortcuts.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QObject>
#include <QWidget>

namespace Verbatim::Ui {

namespace {

// Declines a widget's claim on a key (ShortcutOverride), so that the key reaches the window's shortcut. It watches
// the application, so that widgets made later inside the scope (a panel's filter field) are covered too.
class KeyPassThrough : public QObject
{
public:
    KeyPassThrough(QWidget *scope, const QList<QKeySequence> &keys)
        : QObject(scope)
        , m_scope(scope)
        , m_keys(keys)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride
            && m_keys.contains(QKeySequence(static_cast<QKeyEvent *>(event)->keyCombination()))) {
            const auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && (widget == m_scope || m_scope->isAncestorOf(widget))) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_scope; // the parent: the filter goes with it
    QList<QKeySequence> m_keys;
};

} // namespace

void leaveKeysToWindow(QWidget *scope, const QList<QKeySequence> &keys)
{
    QCoreApplication::instance()->installEventFilter(new KeyPassThrough(scope, keys));
}

QList<QKeySequence> redoKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : {QKeySequence(QObject::tr("Ctrl+Shift+Z")), QKeySequence(QObject::tr("Ctrl+Y"))}) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace Verbatim::Ui
