#pragma once

#include "searchquery.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace Verbatim {

struct SearchHit {
    qint64 article = 0;
    QString articleId;
    QDate date;
    QString title;
};

/// Full-text search over a project's articles with SQLite FTS5.
class ArticleSearch
{
public:
    enum class Order {
        Rank, ///< best matches first (bm25)
        Date, ///< newest first; articles without a date last
    };

    /// Returns at most `limit` hits (all of them when `limit` is 0 or less) in `order`. On an error, returns nothing
    /// and sets `*error`.
    static QList<SearchHit> search(const QSqlDatabase &db, const SearchQuery &query, int limit, QString *error, Order order = Order::Rank);
};

} // namespace Verbatim
