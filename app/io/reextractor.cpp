#include "reextractor.h"

#include "common/plural.h"
#include "extract/extraction.h"
#include "store/projectfile.h"
#include "store/sql.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

namespace Verbatim {

namespace {

struct Source {
    qint64 article = 0;
    QString text;
    QDate date;
    QString title;
};

// Reads the texts of some articles through `db`.
QList<Source> loadSources(const QSqlDatabase &db, const QList<qint64> &articles, QString *error)
{
    QList<Source> sources;
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT article_text.text, article.date, article.title FROM article JOIN article_text ON article_text.article = article.id "
                                      "WHERE article.id = ?"))) {
        *error = query.lastError().text();
        return sources;
    }
    for (const qint64 article : articles) {
        if (!Sql::execPrepared(query, {article}, error))
            return {};
        if (query.next())
            sources.append({article, query.value(0).toString(), QDate::fromString(query.value(1).toString(), Qt::ISODate), query.value(2).toString()});
        query.finish();
    }
    return sources;
}

QList<Extraction> extractAll(const QList<Source> &sources, const Extractor &extractor)
{
    return QtConcurrent::blockingMapped(sources, [&extractor](const Source &source) { return extractor.extract({source.text, source.date, source.title}); });
}

} // namespace

QString ReextractionReport::summary() const
{
    if (!error.isEmpty())
        return Reextractor::tr("Re-extraction failed and nothing changed: %1").arg(error);
    if (cancelled)
        return Reextractor::tr("Re-extraction was cancelled; nothing changed.");
    QString text = Reextractor::tr("Re-extracted %1 in %2 s: %3 (was %4)")
                       .arg(plural(counts.articles, Reextractor::tr("%1 article"), Reextractor::tr("%1 articles")))
                       .arg(double(elapsedMs) / 1000.0, 0, 'f', 1)
                       .arg(plural(counts.statementsAfter, Reextractor::tr("%1 statement"), Reextractor::tr("%1 statements")))
                       .arg(counts.statementsBefore);
    const qint64 reattached = counts.reattachedBySpan + counts.reattachedByText;
    if (reattached > 0 || !counts.detached.isEmpty())
        text += Reextractor::tr("; %1 attached again, %2 kept on their passage")
                    .arg(plural(reattached, Reextractor::tr("%1 annotation"), Reextractor::tr("%1 annotations")))
                    .arg(counts.detached.size());
    return text + u'.';
}

Reextractor::Reextractor(const QString &projectPath, const Extractor &extractor)
    : m_projectPath(projectPath)
    , m_extractor(extractor)
{
}

qint64 Reextractor::outdatedCount(const QSqlDatabase &db, const Extractor &extractor)
{
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM article WHERE extraction_version <> ?"), {extractor.version()}).toLongLong();
}

bool Reextractor::reextractArticles(const QSqlDatabase &db, const QList<qint64> &articles, const Extractor &extractor,
                                    ReextractionCounts *counts, QString *error)
{
    const QList<Source> sources = loadSources(db, articles, error);
    if (!error->isEmpty())
        return false;
    const QList<Extraction> extractions = extractAll(sources, extractor);
    ArticleWriter writer(db);
    if (!writer.begin()) {
        *error = writer.errorString();
        return false;
    }
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (!writer.replaceExtraction(sources[i].article, sources[i].text, extractions[i], extractor.version(), counts)) {
            *error = writer.errorString();
            writer.rollback();
            return false;
        }
    }
    if (!writer.commit()) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

ReextractionReport Reextractor::run(Scope scope)
{
    QElapsedTimer timer;
    timer.start();
    ReextractionReport report;
    const QString connectionName = ProjectFile::uniqueConnectionName(u"reextract");
    {
        QSqlDatabase db = ProjectFile::openConnection(m_projectPath, connectionName, &report.error);
        if (db.isOpen()) {
            QList<qint64> articles;
            QSqlQuery query(db);
            query.setForwardOnly(true);
            const QString sql = scope == Scope::All ? QStringLiteral("SELECT id FROM article ORDER BY id")
                                                    : QStringLiteral("SELECT id FROM article WHERE extraction_version <> ? ORDER BY id");
            if (Sql::exec(query, sql, scope == Scope::All ? QVariantList() : QVariantList{m_extractor.version()}, &report.error)) {
                while (query.next())
                    articles.append(query.value(0).toLongLong());
            }
            query.finish();

            ArticleWriter writer(db);
            if (report.error.isEmpty() && !writer.begin())
                report.error = writer.errorString();
            constexpr qsizetype batchSize = 256;
            auto batchOf = [&](qsizetype first) { return articles.mid(first, batchSize); };
            QFuture<QList<Extraction>> next;
            QList<Source> nextSources;
            if (report.error.isEmpty() && !articles.isEmpty()) {
                nextSources = loadSources(db, batchOf(0), &report.error);
                next = QtConcurrent::run([sources = nextSources, this] { return extractAll(sources, m_extractor); });
            }
            for (qsizetype first = 0; report.error.isEmpty() && first < articles.size(); first += batchSize) {
                const QList<Source> sources = nextSources;
                const QList<Extraction> extractions = next.result();
                // Read the next batch's texts (on this thread's connection) and extract them while this batch is written.
                if (first + batchSize < articles.size()) {
                    nextSources = loadSources(db, batchOf(first + batchSize), &report.error);
                    next = QtConcurrent::run([sources = nextSources, this] { return extractAll(sources, m_extractor); });
                } else {
                    next = QFuture<QList<Extraction>>();
                }
                for (qsizetype i = 0; i < sources.size() && report.error.isEmpty(); ++i) {
                    if (m_isCancelled && m_isCancelled()) {
                        report.cancelled = true;
                        break;
                    }
                    if (!writer.replaceExtraction(sources[i].article, sources[i].text, extractions[i], m_extractor.version(), &report.counts))
                        report.error = writer.errorString();
                }
                if (report.cancelled)
                    break;
                if (m_progress)
                    m_progress(std::min<qint64>(first + batchSize, articles.size()), articles.size());
            }
            if (next.isValid())
                next.waitForFinished();
            if (report.error.isEmpty() && !report.cancelled) {
                if (!writer.commit())
                    report.error = writer.errorString();
            } else {
                writer.rollback();
            }
            if (!report.succeeded())
                report.counts = ReextractionCounts();
        }
        db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(connectionName);
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace Verbatim
