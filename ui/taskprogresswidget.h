#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Verbatim::Ui {

/// The status bar's view of a background task: what it is doing, how far it is, the time left, and Cancel.
class TaskProgressWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskProgressWidget)

public:
    explicit TaskProgressWidget(QWidget *parent = nullptr);

    /// Shows the widget for a task called `title` ("Importing", "Re-extracting"); `cancelTip` says what Cancel does.
    void begin(const QString &title, const QString &cancelTip);
    void setProgress(qint64 done, qint64 total, const QString &status);
    void end();

Q_SIGNALS:
    void cancelRequested();

private:
    QString m_title;
    QElapsedTimer m_timer;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace Verbatim::Ui
