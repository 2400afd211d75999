#pragma once

#include "searchquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Verbatim {

/// What the article list and the statements table show: every condition that is set must hold. Article conditions
/// (search, entity, source, dates) choose articles; the speaker and tag conditions choose statements, and the articles
/// that hold such statements (for the tag: such annotations).
struct ArticleFilter {
    Q_DECLARE_TR_FUNCTIONS(ArticleFilter)

public:
    /// `tag` value that asks for anything tagged at all.
    static constexpr qint64 anyTag = -1;

    SearchQuery search{QString()}; ///< full text of the article (title and body)
    qint64 entity = 0; ///< articles that mention the entity or quote it as a speaker
    qint64 speaker = 0; ///< statements whose speaker is this entity
    qint64 tag = 0; ///< statements (and articles with annotations) carrying this tag, or anyTag
    QString source; ///< articles from this source exactly; empty for every source
    QDate from; ///< first day, inclusive; invalid for no lower bound. Undated articles never match a bound.
    QDate to; ///< last day, inclusive; invalid for no upper bound

    /// Nothing is filtered.
    bool isEmpty() const;
    /// Some condition chooses statements, not only articles.
    bool hasStatementConditions() const { return speaker != 0 || tag != 0; }
    /// Why the filter cannot be applied, for the user ("the start date is after the end date"); empty when it can.
    QString problem() const;

    friend bool operator==(const ArticleFilter &a, const ArticleFilter &b)
    {
        return a.search.ftsExpression() == b.search.ftsExpression() && a.entity == b.entity && a.speaker == b.speaker
            && a.tag == b.tag && a.source == b.source && a.from == b.from && a.to == b.to;
    }
};

/// Reads a date bound as typed in the filter bar: "2023", "2023-05" or "2023-05-14" (also "2023/05/14"). A year or
/// a month stands for its first day as a lower bound (`last` false) and its last day as an upper bound (`last` true).
/// Returns an invalid date for anything else.
QDate parseDateBound(QStringView text, bool last);

} // namespace Verbatim
