#pragma once

#include "store/records.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Verbatim::Ui {

/// Chooses an entity by typing part of its name: for "merge into" and for a statement's speaker. With allowNew,
/// a name that no entity has can be given too, with its type, for the caller to create.
class EntityPickerDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPickerDialog)

public:
    /// The entities whose names contain `text`, best first, at most `limit`; `*matching` receives how many match in all.
    /// Asked again as the user types, so that a project of a million entities is never read whole.
    using Lookup = std::function<QList<EntitySummary>(const QString &text, int limit, qint64 *matching)>;

    EntityPickerDialog(const QString &title, const QString &prompt, Lookup lookup, bool allowNew, QWidget *parent = nullptr);

    /// Leaves `entity` out of the choices (the one being merged).
    void exclude(qint64 entity);
    void setText(const QString &text);

    /// The chosen entity, or 0 when a new name was given.
    qint64 chosenEntity() const;
    QString newName() const;
    EntityType newType() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();
    void validate();

    Lookup m_lookup;
    qint64 m_excluded = 0;
    bool m_allowNew = false;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_ok = nullptr;
};

} // namespace Verbatim::Ui
