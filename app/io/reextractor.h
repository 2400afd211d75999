#pragma once

#include "store/articlewriter.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace Verbatim {

class Extractor;

struct ReextractionReport {
    ReextractionCounts counts;
    bool cancelled = false; ///< nothing changed
    QString error; ///< nothing changed
    qint64 elapsedMs = 0;

    bool succeeded() const { return !cancelled && error.isEmpty(); }
    /// "Re-extracted 291 articles in 3.2 s: 410 statements (was 380); 12 annotations attached again, 1 kept on its passage."
    QString summary() const;
};

/// Runs the extractor again over a project's articles, after the rules or the gazetteers changed, without losing the
/// user's work (see ArticleWriter::replaceExtraction()). Extraction runs on all cores; writing is one transaction.
class Reextractor
{
    Q_DECLARE_TR_FUNCTIONS(Reextractor)

public:
    enum class Scope {
        Outdated, ///< articles extracted by another version of the extractor
        All,
    };
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;
    using CancelCheck = std::function<bool()>;

    /// Opens a connection of its own to the project (for the command line and worker threads).
    Reextractor(const QString &projectPath, const Extractor &extractor);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelCheck(CancelCheck isCancelled) { m_isCancelled = std::move(isCancelled); }

    ReextractionReport run(Scope scope);

    /// Re-extracts a few articles through an open connection of the calling thread, inside the caller's
    /// transaction (curation: after the user adds a name). Returns false with `*error` set on failure.
    static bool reextractArticles(const QSqlDatabase &db, const QList<qint64> &articles, const Extractor &extractor,
                                  ReextractionCounts *counts, QString *error);

    /// How many articles `extractor` would re-extract with Scope::Outdated.
    static qint64 outdatedCount(const QSqlDatabase &db, const Extractor &extractor);

private:
    QString m_projectPath;
    const Extractor &m_extractor;
    ProgressCallback m_progress;
    CancelCheck m_isCancelled;
};

} // namespace Verbatim
