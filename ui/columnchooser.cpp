#include "columnchooser.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace Verbatim::Ui {

ColumnChooser::ColumnChooser(QHeaderView *header, const QString &settingsKey, const QList<int> &alwaysShown, const QList<int> &hiddenAtFirst,
                             QObject *parent)
    : QObject(parent)
    , m_header(header)
    , m_settingsKey(settingsKey)
    , m_alwaysShown(alwaysShown)
{
    const QSettings settings;
    if (settings.contains(m_settingsKey)) {
        for (const QVariant &column : settings.value(m_settingsKey).toList())
            m_hiddenByUser.insert(column.toInt());
    } else {
        m_hiddenByUser = QSet<int>(hiddenAtFirst.cbegin(), hiddenAtFirst.cend());
    }
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
}

void ColumnChooser::setColumnEmpty(int column, bool empty)
{
    if (empty)
        m_empty.insert(column);
    else
        m_empty.remove(column);
    apply();
}

void ColumnChooser::setHiddenByUser(int column, bool hidden)
{
    if (m_alwaysShown.contains(column))
        return;
    if (hidden)
        m_hiddenByUser.insert(column);
    else
        m_hiddenByUser.remove(column);
    QVariantList columns;
    for (int hiddenColumn : std::as_const(m_hiddenByUser))
        columns.append(hiddenColumn);
    std::sort(columns.begin(), columns.end(), [](const QVariant &a, const QVariant &b) { return a.toInt() < b.toInt(); });
    QSettings().setValue(m_settingsKey, columns);
    apply();
}

void ColumnChooser::apply()
{
    for (int column = 0; column < m_header->count(); ++column) {
        const bool hidden = !m_alwaysShown.contains(column) && (m_hiddenByUser.contains(column) || m_empty.contains(column));
        if (m_header->isSectionHidden(column) != hidden)
            m_header->setSectionHidden(column, hidden);
    }
}

void ColumnChooser::showMenu(const QPoint &position)
{
    if (!m_header->model())
        return;
    QMenu menu(m_header);
    menu.setToolTipsVisible(true);
    for (int column = 0; column < m_header->count(); ++column) {
        const QString name = m_header->model()->headerData(column, m_header->orientation(), Qt::DisplayRole).toString();
        QAction *action = menu.addAction(name);
        action->setCheckable(true);
        action->setChecked(!m_hiddenByUser.contains(column));
        if (m_alwaysShown.contains(column)) {
            action->setEnabled(false);
        } else if (m_empty.contains(column)) {
            // Hidden while it has nothing to show; it comes back by itself, so there is nothing to choose.
            action->setText(tr("%1 (empty)").arg(name));
            action->setChecked(false);
            action->setEnabled(false);
        }
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setHiddenByUser(column, !shown); });
    }
    menu.exec(m_header->mapToGlobal(position));
}

}
