#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QHeaderView;
class QPoint;

namespace Verbatim::Ui {

/// The columns of a view that the user can hide and show again from the header's context menu, as Dolphin and Kate
/// offer. The user's choice is remembered under a settings key. A column with nothing to show (the source of a
/// corpus without sources) is hidden too, without being taken for the user's choice, and comes back once it has
/// something to show.
class ColumnChooser : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooser)

public:
    /// `alwaysShown`: the columns that cannot be hidden (what a row is about); `hiddenAtFirst`: the columns hidden
    /// until the user chooses otherwise.
    ColumnChooser(QHeaderView *header, const QString &settingsKey, const QList<int> &alwaysShown, const QList<int> &hiddenAtFirst = {},
                  QObject *parent = nullptr);

    /// Says whether `column` has anything to show; an empty column is hidden.
    void setColumnEmpty(int column, bool empty);
    bool isHiddenByUser(int column) const { return m_hiddenByUser.contains(column); }
    void setHiddenByUser(int column, bool hidden);
    /// Hides and shows the header's sections as the user chose and as their content requires; called after the
    /// header's state is restored, which brings back whatever was hidden when it was saved.
    void apply();

private:
    void showMenu(const QPoint &position);

    QHeaderView *m_header;
    QString m_settingsKey;
    QList<int> m_alwaysShown;
    QSet<int> m_hiddenByUser;
    QSet<int> m_empty;
};

}
