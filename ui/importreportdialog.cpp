#include "importreportdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Verbatim::Ui {

ImportReportDialog::ImportReportDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import"));
    auto *summary = new QLabel(report.summary(), this);
    summary->setWordWrap(true);
    auto *details = new QPlainTextEdit(this);
    details->setReadOnly(true);
    details->setLineWrapMode(QPlainTextEdit::NoWrap);
    QStringList lines;
    for (const ImportMessage &message : report.messages)
        lines.append((message.severity == ImportMessage::Severity::Skipped ? tr("Skipped: ") : tr("Warning: ")) + message.toString());
    details->setPlainText(lines.join(u'\n'));
    details->setVisible(!lines.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(details, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    resize(lines.isEmpty() ? QSize(420, 120) : QSize(760, 420));
}

} // namespace Verbatim::Ui
