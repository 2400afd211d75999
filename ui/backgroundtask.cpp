#include "backgroundtask.h"

#include <QPointer>
#include <QtConcurrent>

namespace Verbatim::Ui {

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<QVariant>::finished, this, [this] {
        const QFuture<QVariant> future = m_watcher.future();
        Q_EMIT finished(future.resultCount() > 0 ? future.result() : QVariant());
    });
}

BackgroundTask::~BackgroundTask()
{
    cancel();
    waitForFinished();
}

bool BackgroundTask::start(Work work)
{
    if (isRunning())
        return false;
    QPointer<BackgroundTask> self(this);
    const QFuture<QVariant> future = QtConcurrent::run(&m_pool, [self, work = std::move(work)](QPromise<QVariant> &promise) {
        const Report report = [self](qint64 done, qint64 total, const QString &status) {
            QMetaObject::invokeMethod(
                self, [self, done, total, status] {
                    if (self)
                        Q_EMIT self->progressChanged(done, total, status);
                },
                Qt::QueuedConnection);
        };
        promise.addResult(work(report, [&promise] { return promise.isCanceled(); }));
    });
    m_watcher.setFuture(future);
    return true;
}

void BackgroundTask::cancel()
{
    if (isRunning())
        m_watcher.cancel();
}

void BackgroundTask::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace Verbatim::Ui
