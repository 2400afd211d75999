#include "articlesearch.h"

#include "store/sql.h"

#include <QSqlQuery>

namespace Verbatim {

QList<SearchHit> ArticleSearch::search(const QSqlDatabase &db, const SearchQuery &query, int limit, QString *error, Order order)
{
    QList<SearchHit> hits;
    if (query.isEmpty())
        return hits;
    QSqlQuery sql(db);
    sql.setForwardOnly(true);
    // Newest first walks the date index and stops at the limit, looking each article up in the (materialised) matches;
    // best first has to score every match, which FTS5 does in one pass with its own top-N sort.
    const QString statement = order == Order::Rank
        ? QStringLiteral("SELECT article.id, article.article_id, article.date, article.title FROM article_fts "
                         "JOIN article ON article.id = article_fts.rowid WHERE article_fts MATCH ? ORDER BY rank LIMIT ?")
        : QStringLiteral("SELECT id, article_id, date, title FROM article "
                         "WHERE id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?) ORDER BY date DESC, id DESC LIMIT ?");
    if (!Sql::exec(sql, statement, {query.ftsExpression(), limit > 0 ? limit : -1}, error))
        return hits;
    while (sql.next()) {
        SearchHit hit;
        hit.article = sql.value(0).toLongLong();
        hit.articleId = sql.value(1).toString();
        hit.date = QDate::fromString(sql.value(2).toString(), Qt::ISODate);
        hit.title = sql.value(3).toString();
        hits.append(hit);
    }
    return hits;
}

} // namespace Verbatim
