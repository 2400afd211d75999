#pragma once

#include "io/articlefilereader.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Verbatim {

class Extractor;

/// How far an import has come, for a progress bar.
struct ImportProgress {
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    int filesDone = 0;
    int filesTotal = 0;
    qint64 articlesImported = 0;
    qint64 duplicates = 0;
    qint64 elapsedMs = 0;

    /// Megabytes of input per second so far.
    double megabytesPerSecond() const;
    /// An estimate of the time left in milliseconds, or -1 before there is enough to go on.
    qint64 remainingMs() const;
};

/// What an import did.
struct ImportReport {
    int filesRead = 0;
    qint64 articlesImported = 0;
    qint64 duplicates = 0;
    QList<ImportMessage> messages; ///< skipped files and records, and warnings
    bool cancelled = false; ///< nothing was imported: the project is as it was before
    QString error; ///< a failure of the project itself (disk full, locked); nothing was imported
    qint64 elapsedMs = 0;
    qint64 waitingMs = 0; ///< of which the writer waited for files to be read and extracted
    qint64 committingMs = 0; ///< ... and the final commit took

    bool succeeded() const { return !cancelled && error.isEmpty(); }
    qsizetype skippedCount() const;
    /// "Imported 291 articles from 1 file in 2.1 s (3 duplicates left out, 1 file skipped)."
    QString summary() const;
};

/// Imports files and folders into a project: files are read and parsed and extraction runs on all cores, while
/// one connection writes, all in one transaction. Runs in the calling thread (the command line) or on a worker
/// thread (the window); it never touches widgets.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    using ProgressCallback = std::function<void(const ImportProgress &)>;
    using CancelCheck = std::function<bool()>;

    Importer(const QString &projectPath, const Extractor &extractor);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelCheck(CancelCheck isCancelled) { m_isCancelled = std::move(isCancelled); }

    ImportReport run(const QStringList &paths);

private:
    QString m_projectPath;
    const Extractor &m_extractor;
    ProgressCallback m_progress;
    CancelCheck m_isCancelled;
};

} // namespace Verbatim
