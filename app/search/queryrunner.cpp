#include "queryrunner.h"

#include "store/projectfile.h"

#include <QSqlDatabase>

namespace Verbatim {

namespace {

// Lives on the runner's thread: the connection and the CorpusQuery (with its cached orders) belong to that thread.
class QueryWorker : public QObject
{
public:
    explicit QueryWorker(const QString &projectPath)
        : m_projectPath(projectPath)
    {
    }

    CorpusQuery &query()
    {
        if (!m_query) {
            m_connectionName = ProjectFile::uniqueConnectionName(u"query");
            QString error;
            const QSqlDatabase db = ProjectFile::openConnection(m_projectPath, m_connectionName, &error);
            if (!error.isEmpty())
                qWarning("The query thread cannot open the project: %s", qPrintable(error));
            m_query = std::make_unique<CorpusQuery>(db);
        }
        return *m_query;
    }

    void close()
    {
        if (!m_query)
            return;
        {
            QSqlDatabase db = m_query->database();
            m_query.reset();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    std::atomic<bool> stopping{false};

private:
    QString m_projectPath;
    QString m_connectionName;
    std::unique_ptr<CorpusQuery> m_query;
};

} // namespace

QueryRunner::Channel::Channel()
    : m_latest(std::make_shared<std::atomic<quint64>>(0))
{
}

void QueryRunner::Channel::cancel()
{
    m_latest->fetch_add(1);
}

QueryRunner::QueryRunner(const QString &projectPath, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("Verbatim queries"));
    auto *worker = new QueryWorker(projectPath);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    m_thread.start();
}

QueryRunner::~QueryRunner()
{
    auto *worker = static_cast<QueryWorker *>(m_worker);
    worker->stopping.store(true);
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete worker;
}

void QueryRunner::submit(Channel &channel, Work work, QObject *context, std::function<void(const QVariant &)> done)
{
    const std::shared_ptr<std::atomic<quint64>> latest = channel.m_latest;
    const quint64 generation = latest->fetch_add(1) + 1;
    auto *worker = static_cast<QueryWorker *>(m_worker);
    const QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(worker, [this, worker, latest, generation, work = std::move(work), receiver, done = std::move(done)] {
        const CorpusQuery::CancelCheck stale = [worker, latest, generation] {
            return worker->stopping.load(std::memory_order_relaxed) || latest->load(std::memory_order_relaxed) != generation;
        };
        if (stale())
            return; // a newer request on the channel came while this one waited
        const QVariant result = work(worker->query(), stale);
        if (stale())
            return;
        // Delivered through the runner, which lives on the thread that submitted: there, with no other thread involved,
        // a request that went stale meanwhile (or a receiver that went away) is recognised for certain.
        QMetaObject::invokeMethod(this, [latest, generation, receiver, done, result] {
            if (latest->load() == generation && receiver)
                done(result);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace Verbatim
