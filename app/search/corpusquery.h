#pragma once

#include "articlefilter.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace Verbatim {

/// Finds the articles and statements an ArticleFilter shows, in order, over corpora of a million articles: it keeps
/// the date order of every article (with each article's number of statements) in memory, turns each condition into a
/// set of articles read from a covering index, and intersects the sets as bitmaps. Not thread-safe: use one per
/// thread, on that thread's own connection (QueryRunner does). The memory is reused until another connection changes
/// the project.
class CorpusQuery
{
public:
    /// Returns true when the result is no longer wanted; the query then stops soon, with `cancelled` set.
    using CancelCheck = std::function<bool()>;
    enum class ArticleOrder { Date, Title, Source, Statements, Tags };
    enum class StatementOrder {
        Date, ///< by the date of the article (ties by article), each article's statements in reading order
        Speaker, ///< by the speaker's name (statements without a known speaker last), then by date
    };

    struct Articles {
        QList<qint64> ids; ///< the project's row ids of the articles shown, in order
        qint64 total = 0; ///< articles in the project
        QString error; ///< why the query failed (a damaged full-text index), empty when it did not
        bool cancelled = false;
    };

    /// The statements shown, in order. Whole articles are listed by article, so that twelve million statements cost
    /// two numbers per article; a speaker or tag condition, or the speaker order, lists the statements themselves.
    struct Statements {
        bool wholeArticles = true;
        /// With wholeArticles: rows firstRow[i] to firstRow[i + 1] - 1 are the statements of articles[i], in reading order.
        QList<qint64> articles;
        QList<qint64> firstRow; ///< one more entry than `articles`; empty when there are none
        /// Otherwise: the statement ids, in order.
        QList<qint64> ids;
        qint64 articleCount = 0; ///< articles the statements come from
        qint64 total = 0; ///< statements in the project
        QString error;
        bool cancelled = false;

        qint64 count() const { return wholeArticles ? (firstRow.isEmpty() ? 0 : firstRow.constLast()) : ids.size(); }
    };

    /// Queries `db`, which must belong to the calling thread and stay open while this object is used.
    explicit CorpusQuery(const QSqlDatabase &db);
    ~CorpusQuery();
    Q_DISABLE_COPY_MOVE(CorpusQuery)

    Articles articles(const ArticleFilter &filter, ArticleOrder order, Qt::SortOrder direction, const CancelCheck &cancelled = {});
    Statements statements(const ArticleFilter &filter, StatementOrder order, Qt::SortOrder direction, const CancelCheck &cancelled = {});

    /// The sources of the articles (publishers, feeds), sorted; the empty one left out.
    QStringList sources(const CancelCheck &cancelled = {});

    QSqlDatabase database() const { return m_db; }

private:
    struct Cache;
    struct Run;
    bool begin(Run &run);
    bool loadDateOrder(Run &run);
    bool loadOrder(Run &run, ArticleOrder order);
    bool articleSet(Run &run, const ArticleFilter &filter, bool withStatementConditions);

    QSqlDatabase m_db;
    std::unique_ptr<Cache> m_cache;
};

} // namespace Verbatim

Q_DECLARE_METATYPE(Verbatim::CorpusQuery::Articles)
Q_DECLARE_METATYPE(Verbatim::CorpusQuery::Statements)
