#pragma once

#include "corpusquery.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Verbatim {

/// Runs the corpus-wide queries of the article list and the statements table on a thread of its own, with its own
/// connection to the project, so that the window never waits for a million rows. Requests come in channels (one per
/// model): a new request on a channel makes the older ones stale; a stale request that is waiting is skipped, one that
/// runs is interrupted, and a stale result is never delivered.
class QueryRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryRunner)

public:
    /// The work of one request; it runs on the runner's thread and returns its result.
    using Work = std::function<QVariant(CorpusQuery &query, const CorpusQuery::CancelCheck &cancelled)>;

    /// One stream of requests whose newest only counts; a model holds one.
    class Channel
    {
    public:
        Channel();
        /// Makes every request made so far stale.
        void cancel();

    private:
        friend class QueryRunner;
        std::shared_ptr<std::atomic<quint64>> m_latest;
    };

    explicit QueryRunner(const QString &projectPath, QObject *parent = nullptr);
    ~QueryRunner() override;

    /// Runs `work` after the requests before it, unless a newer request on `channel` comes first. `done` is called
    /// with the result on `context`'s thread, and only while this is still the newest request on the channel.
    void submit(Channel &channel, Work work, QObject *context, std::function<void(const QVariant &result)> done);

private:
    QThread m_thread;
    QObject *m_worker = nullptr; ///< lives on m_thread and owns its connection and CorpusQuery
};

} // namespace Verbatim
