#include "importreportdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

namespace Verbatim::Ui {

ImportReportDialog::ImportReportDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import"));
    auto *summary = new QLabel(report.summary(), this);
    summary->setWordWrap(true);
    // A QTextEdit rather than a QPlainTextEdit: it indents the lines a long message wraps onto under its first line
    // (a hanging indent), so that each message still reads as one. Paths have no spaces, so a line may also break
    // inside a word.
    auto *details = new QTextEdit(this);
    details->setReadOnly(true);
    details->setAcceptRichText(false);
    details->setLineWrapMode(QTextEdit::WidgetWidth);
    details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QStringList lines;
    for (const ImportMessage &message : report.messages)
        lines.append((message.severity == ImportMessage::Severity::Skipped ? tr("Skipped: ") : tr("Warning: ")) + message.toString());
    details->setPlainText(lines.join(u'\n'));
    const int indent = 2 * details->fontMetrics().horizontalAdvance(u'M');
    QTextBlockFormat hanging;
    hanging.setLeftMargin(indent);
    hanging.setTextIndent(-indent);
    QTextCursor everything(details->document());
    everything.select(QTextCursor::Document);
    everything.mergeBlockFormat(hanging);
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
