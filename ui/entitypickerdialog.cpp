#include "entitypickerdialog.h"

#include "common/plural.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Verbatim::Ui {

namespace {
// Enough to choose from; typing narrows the list, so a project of a million entities stays quick to search.
constexpr int maxShown = 500;
} // namespace

EntityPickerDialog::EntityPickerDialog(const QString &title, const QString &prompt, Lookup lookup, bool allowNew, QWidget *parent)
    : QDialog(parent)
    , m_lookup(std::move(lookup))
    , m_allowNew(allowNew)
{
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(allowNew ? tr("Type a name: choose one below, or give a new one") : tr("Type part of a name"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setUniformItemSizes(true);
    m_hint = new QLabel(this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    if (allowNew) {
        m_type = new QComboBox(this);
        for (const EntityType type : {EntityType::Person, EntityType::Organisation, EntityType::Place, EntityType::Group})
            m_type->addItem(entityTypeName(type), int(type));
        auto *typeRow = new QHBoxLayout;
        typeRow->addWidget(new QLabel(tr("A new name is a:"), this));
        typeRow->addWidget(m_type);
        typeRow->addStretch();
        layout->addLayout(typeRow);
    }
    layout->addWidget(m_hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &EntityPickerDialog::refill);
    connect(m_list, &QListWidget::currentRowChanged, this, &EntityPickerDialog::validate);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Up and Down in the filter move through the list, so that the dialog works without the mouse.
    m_filter->installEventFilter(this);
    m_filter->setFocus();
    refill();
    resize(420, 460);
}

bool EntityPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void EntityPickerDialog::exclude(qint64 entity)
{
    m_excluded = entity;
    refill();
}

void EntityPickerDialog::setText(const QString &text)
{
    m_filter->setText(text);
    m_filter->selectAll();
}

void EntityPickerDialog::refill()
{
    const QString text = m_filter->text().simplified();
    m_list->clear();
    int shown = 0;
    qint64 matching = 0;
    // One more than shown, for the entity left out (the one being merged).
    const QList<EntitySummary> found = m_lookup ? m_lookup(text, maxShown + 1, &matching) : QList<EntitySummary>();
    for (const EntitySummary &entity : found) {
        if (entity.id == m_excluded || entity.ignored) {
            --matching;
            continue;
        }
        if (shown >= maxShown)
            continue;
        const QString mentions = plural(entity.mentionCount, tr("%1 mention"), tr("%1 mentions"));
        auto *item = new QListWidgetItem(tr("%1  \u00B7  %2, %3").arg(entity.name, entityTypeName(entity.type), mentions), m_list);
        item->setData(Qt::UserRole, entity.id);
        // An exact name goes first.
        const bool exact = entity.name.compare(text, Qt::CaseInsensitive) == 0;
        item->setData(Qt::UserRole + 1, exact);
        if (exact)
            m_list->insertItem(0, m_list->takeItem(m_list->row(item)));
        ++shown;
    }
    // Without new names, the best match is chosen; with them, only an exact one, so that a new name stays possible.
    const bool exactFirst = m_list->count() > 0 && m_list->item(0)->data(Qt::UserRole + 1).toBool();
    if (m_list->count() > 0 && (!m_allowNew || text.isEmpty() || exactFirst))
        m_list->setCurrentRow(0);
    QString hint;
    if (matching > shown)
        hint = tr("%1 more match; type more of the name.").arg(QLocale().toString(matching - shown));
    else if (m_allowNew && !text.isEmpty() && m_list->currentRow() < 0)
        hint = tr("\u201C%1\u201D will be added as a new name.").arg(text);
    m_hint->setText(hint);
    validate();
}

void EntityPickerDialog::validate()
{
    m_ok->setEnabled(m_list->currentRow() >= 0 || (m_allowNew && !m_filter->text().simplified().isEmpty()));
    if (m_allowNew && m_list->currentRow() < 0 && !m_filter->text().simplified().isEmpty())
        m_hint->setText(tr("\u201C%1\u201D will be added as a new name.").arg(m_filter->text().simplified()));
}

qint64 EntityPickerDialog::chosenEntity() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString EntityPickerDialog::newName() const
{
    return chosenEntity() == 0 ? m_filter->text().simplified() : QString();
}

EntityType EntityPickerDialog::newType() const
{
    return m_type ? static_cast<EntityType>(m_type->currentData().toInt()) : EntityType::Person;
}

} // namespace Verbatim::Ui
