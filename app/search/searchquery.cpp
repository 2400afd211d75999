#include "searchquery.h"

#include <QObject>

namespace Verbatim {

namespace {

QString quoted(QStringView text)
{
    QString escaped = text.toString();
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

bool isOperator(QStringView token)
{
    return token == u"AND" || token == u"OR" || token == u"NOT";
}

} // namespace

SearchQuery::SearchQuery(QStringView text)
{
    // Tokens: phrases in quotes, parentheses, and runs of anything else up to a space.
    QStringList tokens;
    QList<bool> isPhrase;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'"' || c == QChar(0x201C) || c == QChar(0x201D)) {
            qsizetype end = i + 1;
            while (end < size && text[end] != u'"' && text[end] != QChar(0x201C) && text[end] != QChar(0x201D))
                ++end;
            const QString phrase = text.sliced(i + 1, end - i - 1).trimmed().toString();
            if (!phrase.isEmpty()) {
                tokens.append(phrase);
                isPhrase.append(true);
            }
            i = end + 1;
        } else if (c == u'(' || c == u')') {
            tokens.append(QString(c));
            isPhrase.append(false);
            ++i;
        } else {
            qsizetype end = i;
            while (end < size && !text[end].isSpace() && text[end] != u'"' && text[end] != u'(' && text[end] != u')')
                ++end;
            QStringView word = text.sliced(i, end - i);
            // "-grain", -2024, -"grain exports" and -(grain OR wheat) exclude what follows, as in a web search engine.
            const bool beforePhraseOrGroup = end < size && (text[end] == u'"' || text[end] == QChar(0x201C) || text[end] == u'(');
            if (word[0] == u'-' && (word.size() > 1 ? word[1].isLetterOrNumber() : beforePhraseOrGroup)) {
                tokens.append(QStringLiteral("NOT"));
                isPhrase.append(false);
                word = word.sliced(1);
            }
            if (!word.isEmpty()) {
                tokens.append(word.toString());
                isPhrase.append(false);
            }
            i = end;
        }
    }

    // Parentheses are kept only when they balance, and nest no deeper than FTS5's parser can take (its stack
    // overflows at about 50 levels); operators only between two terms.
    constexpr int deepestNesting = 20;
    int depth = 0;
    bool balanced = true;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        if (isPhrase[t])
            continue;
        if (tokens[t] == u"(" && ++depth > deepestNesting)
            balanced = false;
        else if (tokens[t] == u")" && --depth < 0)
            balanced = false;
    }
    balanced = balanced && depth == 0;
    if (!balanced)
        m_problem = QObject::tr("brackets that do not pair up (or nest more than %1 deep) were left out").arg(deepestNesting);

    QStringList parts;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const QString &token = tokens[t];
        if (!isPhrase[t] && (token == u"(" || token == u")")) {
            if (balanced)
                parts.append(token);
            continue;
        }
        if (!isPhrase[t] && isOperator(token)) {
            parts.append(token);
            continue;
        }
        if (isPhrase[t]) {
            parts.append(quoted(token));
            m_terms.append(token);
            continue;
        }
        QStringView word = token;
        const bool prefix = word.endsWith(u'*') && word.size() > 1;
        while (word.endsWith(u'*'))
            word.chop(1);
        if (word.isEmpty())
            continue;
        parts.append(quoted(word) + (prefix ? QStringLiteral("*") : QString()));
        m_terms.append(word.toString() + (prefix ? QStringLiteral("*") : QString()));
    }

    // An operator needs a term on each side, and "()" holds nothing: drop what would be a syntax error.
    bool changed = true;
    bool negatesNothing = false;
    while (changed) {
        changed = false;
        for (qsizetype p = 0; p < parts.size(); ++p) {
            const bool op = isOperator(parts[p]);
            const bool atEdge = p == 0 || p + 1 == parts.size();
            const bool beforeBad = p + 1 < parts.size() && (isOperator(parts[p + 1]) || parts[p + 1] == u")");
            const bool afterOpen = p > 0 && parts[p - 1] == u"(";
            if (op && (atEdge || beforeBad || afterOpen)) {
                // FTS5 cannot find "everything but": dropping the NOT would find the very articles left out.
                if (parts[p] == u"NOT" && (p == 0 || afterOpen) && p + 1 < parts.size() && !isOperator(parts[p + 1]) && parts[p + 1] != u")")
                    negatesNothing = true;
                parts.removeAt(p);
                changed = true;
                break;
            }
            if (parts[p] == u"(" && p + 1 < parts.size() && parts[p + 1] == u")") {
                parts.remove(p, 2);
                changed = true;
                break;
            }
        }
    }
    // FTS5 joins two terms without an operator, but not a term and a parenthesised group: say AND there. Say it
    // after the term a NOT leaves out too: FTS5 binds terms side by side tighter than NOT, so "a NOT b c" would be
    // "a NOT (b AND c)" and find articles with b.
    for (qsizetype p = 1; p < parts.size(); ++p) {
        const QString &before = parts[p - 1];
        const QString &after = parts[p];
        const bool beforeEndsTerm = before == u")" || (!isOperator(before) && before != u"(");
        const bool afterStartsTerm = after == u"(" || (!isOperator(after) && after != u")");
        const bool beforeIsExcluded = p >= 2 && parts[p - 2] == u"NOT";
        if (beforeEndsTerm && afterStartsTerm && (before == u")" || after == u"(" || beforeIsExcluded))
            parts.insert(p++, QStringLiteral("AND"));
    }
    if (negatesNothing) {
        m_terms.clear();
        m_problem = QObject::tr("NOT (or -) needs something to find before it, as in: ceasefire NOT grain");
        return;
    }
    m_expression = parts.join(u' ');
    if (m_expression.isEmpty() && !text.trimmed().isEmpty())
        m_problem = QObject::tr("there is no word to search for (AND, OR, NOT, brackets and * alone find nothing)");
}

} // namespace Verbatim
