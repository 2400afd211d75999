#include "importcontroller.h"

#include "extract/ruleextractor.h"

#include <QPointer>
#include <QtConcurrent>

namespace Verbatim::Ui {

ImportController::ImportController(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this, [this] {
        const QFuture<ImportReport> future = m_watcher.future();
        ImportReport report;
        if (future.resultCount() > 0)
            report = future.result();
        else
            report.cancelled = true;
        Q_EMIT finished(report);
    });
}

ImportController::~ImportController()
{
    cancel();
    waitForFinished();
}

bool ImportController::start(const QString &projectPath, const QStringList &paths)
{
    if (isRunning())
        return false;
    QPointer<ImportController> self(this);
    const QFuture<ImportReport> future = QtConcurrent::run(&m_pool, [self, projectPath, paths](QPromise<ImportReport> &promise) {
        const RuleExtractor extractor;
        Importer importer(projectPath, extractor);
        importer.setCancelCheck([&promise] { return promise.isCanceled(); });
        importer.setProgressCallback([self](const ImportProgress &progress) {
            // Progress is reported on the window's thread.
            QMetaObject::invokeMethod(
                self, [self, progress] {
                    if (self)
                        Q_EMIT self->progressChanged(progress);
                },
                Qt::QueuedConnection);
        });
        promise.addResult(importer.run(paths));
    });
    m_watcher.setFuture(future);
    return true;
}

void ImportController::cancel()
{
    if (isRunning())
        m_watcher.cancel();
}

void ImportController::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace Verbatim::Ui
