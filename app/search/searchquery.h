#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Verbatim {

/// Turns what a user types in the search box into an SQLite FTS5 query that cannot fail on punctuation:
/// words match words (`ceasefire`), "quoted text" matches a phrase, `negotiat*` matches a prefix, and
/// AND, OR, NOT and parentheses combine them. Everything else is quoted, so `Zelenskyy's` or `30-day` is searched
/// as written rather than read as FTS5 syntax. Parentheses that do not balance, or nest more than 20 deep, are
/// left out. `-word` is `NOT word`. A NOT with nothing before it makes the query empty, with a problem() to show:
/// FTS5 cannot list every article but some, and searching for the word instead would find the opposite.
class SearchQuery
{
public:
    explicit SearchQuery(QStringView text);

    /// What in the text could not be searched as written, for the user: brackets that were left out, a NOT with
    /// nothing before it (which makes the whole query empty), or a text with no word in it. Empty when the text was
    /// read as written, or is blank.
    QString problem() const { return m_problem; }
    /// The FTS5 MATCH expression, empty when the text holds nothing to search for.
    QString ftsExpression() const { return m_expression; }
    bool isEmpty() const { return m_expression.isEmpty(); }
    /// The words and phrases searched for (without operators), for highlighting hits in the reader.
    /// A prefix term ends with '*'.
    QStringList terms() const { return m_terms; }

private:
    QString m_expression;
    QStringList m_terms;
    QString m_problem;
};

} // namespace Verbatim
