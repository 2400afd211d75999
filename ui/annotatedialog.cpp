#include "annotatedialog.h"

#include "confirmshortcut.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Verbatim::Ui {

AnnotateDialog::AnnotateDialog(const QString &passage, const QList<Tag> &codebook, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Annotate Passage"));
    auto *quote = new QLabel(this);
    quote->setTextFormat(Qt::PlainText);
    quote->setWordWrap(true);
    const QString simplified = passage.simplified();
    quote->setText(QStringLiteral("\u201C%1\u201D").arg(simplified.size() > 300 ? simplified.first(299) + QChar(0x2026) : simplified));

    m_tags = new QListWidget(this);
    for (const Tag &tag : codebook) {
        auto *item = new QListWidgetItem(tag.name, m_tags);
        QPixmap swatch(14, 14);
        swatch.fill(tag.colour);
        item->setIcon(QIcon(swatch));
        item->setToolTip(tag.description);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, tag.id);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("Note"));
    m_note->setTabChangesFocus(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quote);
    layout->addWidget(new QLabel(tr("Tags:"), this));
    layout->addWidget(m_tags, 1);
    layout->addWidget(new QLabel(tr("Note:"), this));
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    // Space toggles the current tag; the dialog is usable without a mouse.
    auto update = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!tagIds().isEmpty() || !note().trimmed().isEmpty()); };
    connect(m_tags, &QListWidget::itemChanged, this, update);
    connect(m_note, &QPlainTextEdit::textChanged, this, update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Ctrl+Return opened the dialog and confirms it, also from the note, where Return starts a new line.
    addConfirmShortcut(this, buttons->button(QDialogButtonBox::Ok));
    update();
    resize(420, 420);
}

QList<qint64> AnnotateDialog::tagIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_tags->count(); ++row) {
        if (m_tags->item(row)->checkState() == Qt::Checked)
            ids.append(m_tags->item(row)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

QString AnnotateDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace Verbatim::Ui
