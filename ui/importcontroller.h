#pragma once

#include "io/importer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

namespace Verbatim::Ui {

/// Runs an import on a worker thread, so that the window stays responsive, and reports its progress there.
/// Cancelling rolls the import back: the project is left exactly as it was.
class ImportController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    /// Starts importing `paths` into the project at `projectPath`; returns false when an import is already running.
    bool start(const QString &projectPath, const QStringList &paths);

public Q_SLOTS:
    void cancel();
    /// Blocks until a running import has finished (after cancel(), when the window closes).
    void waitForFinished();

Q_SIGNALS:
    void progressChanged(const Verbatim::ImportProgress &progress);
    void finished(const Verbatim::ImportReport &report);

private:
    QThreadPool m_pool; ///< one thread that drives the import; extraction uses the global pool's threads
    QFutureWatcher<ImportReport> m_watcher;
};

} // namespace Verbatim::Ui
