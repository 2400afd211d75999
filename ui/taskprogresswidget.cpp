#include "taskprogresswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Verbatim::Ui {

namespace {
QString formatDuration(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds >= 3600)
        return TaskProgressWidget::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    if (seconds >= 60)
        return TaskProgressWidget::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return TaskProgressWidget::tr("%1 s").arg(seconds);
}
} // namespace

TaskProgressWidget::TaskProgressWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &TaskProgressWidget::cancelRequested);
    hide();
}

void TaskProgressWidget::begin(const QString &title, const QString &cancelTip)
{
    m_title = title;
    m_timer.start();
    m_cancel->setToolTip(cancelTip);
    m_label->setText(title + QChar(0x2026));
    m_bar->setValue(0);
    show();
}

void TaskProgressWidget::setProgress(qint64 done, qint64 total, const QString &status)
{
    m_bar->setValue(total > 0 ? int(1000 * done / total) : 0);
    QString text = m_title + QStringLiteral(": ") + status;
    // Time left from the rate so far, once there is enough to go on.
    const qint64 elapsed = m_timer.elapsed();
    if (done > 0 && total > done && elapsed > 1000)
        text += tr(", %1 left").arg(formatDuration(qint64(double(elapsed) * double(total - done) / double(done))));
    m_label->setText(text);
}

void TaskProgressWidget::end()
{
    hide();
}

} // namespace Verbatim::Ui
