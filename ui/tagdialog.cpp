#include "tagdialog.h"

#include "confirmshortcut.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Verbatim::Ui {

TagDialog::TagDialog(const Tag &tag, const QStringList &otherNames, QWidget *parent)
    : QDialog(parent)
    , m_tag(tag)
    , m_otherNames(otherNames)
{
    setWindowTitle(tag.id == 0 ? tr("New Tag") : tr("Edit Tag"));
    m_name = new QLineEdit(tag.name, this);
    m_name->setPlaceholderText(tr("For example: Ceasefire proposal"));
    m_colour = new QPushButton(this);
    m_description = new QPlainTextEdit(tag.description, this);
    m_description->setPlaceholderText(tr("When to apply this tag (shown as its tooltip)"));
    m_description->setTabChangesFocus(true);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Colour:"), m_colour);
    form->addRow(tr("&Description:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    setColour(tag.colour.isValid() ? tag.colour : QColor::fromHsv((int(otherNames.size()) * 67) % 360, 160, 210));
    connect(m_colour, &QPushButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(m_tag.colour, this, tr("Tag Colour"));
        if (chosen.isValid())
            setColour(chosen);
    });
    connect(m_name, &QLineEdit::textChanged, this, &TagDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return in the description starts a new line; Ctrl+Return confirms, as in the annotate dialog.
    addConfirmShortcut(this, m_buttons->button(QDialogButtonBox::Ok));
    validate();
}

void TagDialog::setColour(const QColor &colour)
{
    m_tag.colour = colour;
    QPixmap swatch(32, 16);
    swatch.fill(colour);
    m_colour->setIcon(QIcon(swatch));
    m_colour->setText(colour.name());
}

void TagDialog::validate()
{
    const QString name = m_name->text().simplified();
    QString problem;
    if (name.isEmpty())
        problem = tr("A tag needs a name.");
    else if (name.contains(Tag::nameSeparator))
        problem = tr("A tag\u2019s name cannot contain \u201C%1\u201D: the exports separate tag names with it.").arg(Tag::nameSeparator);
    else if (std::any_of(m_otherNames.cbegin(), m_otherNames.cend(), [&](const QString &other) { return other.compare(name, Qt::CaseInsensitive) == 0; }))
        problem = tr("The codebook already has a tag called \u201C%1\u201D.").arg(name);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Tag TagDialog::tag() const
{
    Tag tag = m_tag;
    tag.name = m_name->text().simplified();
    tag.description = m_description->toPlainText().trimmed();
    return tag;
}

} // namespace Verbatim::Ui
