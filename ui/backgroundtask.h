#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QVariant>

#include <functional>

namespace Verbatim::Ui {

/// Runs one long piece of work at a time (an import, a re-extraction) on a worker thread, so that the window stays
/// responsive, and reports its progress on the window's thread. Cancelling asks the work to stop; the work itself
/// guarantees that a cancelled run changes nothing.
class BackgroundTask : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTask)

public:
    /// Called by the work, on its thread, as it progresses.
    using Report = std::function<void(qint64 done, qint64 total, const QString &status)>;
    using Cancelled = std::function<bool()>;
    /// The work: runs on the worker thread and returns its result (an ImportReport, a ReextractionReport).
    using Work = std::function<QVariant(const Report &report, const Cancelled &cancelled)>;

    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    /// Starts `work`; returns false when a task is already running.
    bool start(Work work);

public Q_SLOTS:
    void cancel();
    /// Blocks until a running task has finished (after cancel(), when the window closes).
    void waitForFinished();

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total, const QString &status);
    void finished(const QVariant &result);

private:
    QThreadPool m_pool; ///< one thread that drives the task; its parallel parts use the global pool
    QFutureWatcher<QVariant> m_watcher;
};

} // namespace Verbatim::Ui
