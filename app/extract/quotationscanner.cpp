#include "quotationscanner.h"

#include <algorithm>

namespace Verbatim {

namespace {

enum class Family : quint8 { None, Double, Single, Guillemet, SingleGuillemet };

Family familyOf(QChar c)
{
    switch (c.unicode()) {
    case u'"': case 0x201C: case 0x201D: case 0x201E: case 0x201F:
        return Family::Double;
    case u'\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
        return Family::Single;
    case 0x00AB: case 0x00BB:
        return Family::Guillemet;
    case 0x2039: case 0x203A:
        return Family::SingleGuillemet;
    default:
        return Family::None;
    }
}

bool isSpaceOrEdge(QStringView text, qsizetype i)
{
    return i < 0 || i >= text.size() || text[i].isSpace();
}

// Characters after which a quotation mark opens: a space, an opening bracket, a dash, a colon, a slash.
bool opensAfter(QStringView text, qsizetype i)
{
    if (i < 0)
        return true;
    const QChar c = text[i];
    return c.isSpace() || c == u'(' || c == u'[' || c == u'{' || c == u'/' || c == QChar(0x2013) || c == QChar(0x2014)
        || c == u'-' || c == u':' || familyOf(c) != Family::None;
}

// Characters before which a quotation mark closes: a space, punctuation, the end.
bool closesBefore(QStringView text, qsizetype i)
{
    if (i >= text.size())
        return true;
    const QChar c = text[i];
    return c.isSpace() || (c.isPunct() && c != u'\'' && c != QChar(0x2019)) || c.isSymbol() || familyOf(c) != Family::None;
}

struct Open {
    QChar mark;
    Family family;
    qsizetype position;
    int paragraphs = 1;
};

struct Paragraph {
    qsizetype start;
    qsizetype end;
};

QList<Paragraph> paragraphsOf(QStringView text)
{
    QList<Paragraph> paragraphs;
    qsizetype start = 0;
    const qsizetype size = text.size();
    while (start < size) {
        qsizetype end = start;
        while (true) {
            end = text.indexOf(u'\n', end);
            if (end < 0) {
                end = size;
                break;
            }
            qsizetype next = end + 1;
            while (next < size && (text[next] == u' ' || text[next] == u'\t' || text[next] == u'\r'))
                ++next;
            if (next < size && text[next] == u'\n')
                break;
            end = next;
        }
        paragraphs.append({start, end});
        start = end;
        while (start < size && text[start].isSpace())
            ++start;
    }
    return paragraphs;
}

// Whether a quotation left open at the end of one paragraph runs on into `next`.
bool continuesInto(QStringView text, const Paragraph &next, const Open &open)
{
    if (next.start >= next.end)
        return false;
    const QChar first = text[next.start];
    if (familyOf(first) == open.family && open.family != Family::Single)
        return true;
    // A paragraph that closes a quotation it never opened continues the one before it.
    for (qsizetype i = next.start; i < next.end; ++i) {
        const QChar c = text[i];
        if (familyOf(c) != open.family)
            continue;
        if (c == QChar(0x201D) || c == QChar(0x00BB))
            return true;
        if (c == QChar(0x201C) || c == QChar(0x00AB) || c == QChar(0x201E))
            return false;
        if (c == u'"')
            return !isSpaceOrEdge(text, i - 1) && closesBefore(text, i + 1);
    }
    return false;
}

} // namespace

QList<Quotation> QuotationScanner::scan(QStringView text)
{
    QList<Quotation> quotations;
    QList<Open> stack;

    auto finish = [&](const Open &open, qsizetype close, qsizetype contentEnd) {
        Quotation q;
        q.open = open.position;
        q.close = close;
        q.mark = open.mark;
        q.paragraphs = open.paragraphs;
        q.depth = 0;
        for (const Open &outer : std::as_const(stack)) {
            if (outer.position < open.position)
                ++q.depth;
        }
        qsizetype start = open.position + 1;
        qsizetype end = contentEnd;
        while (start < end && text[start].isSpace())
            ++start;
        while (end > start && text[end - 1].isSpace())
            --end;
        // The comma before an attribution ("...," she said) belongs to the sentence, not to the quotation.
        if (end > start && text[end - 1] == u',')
            --end;
        q.contentStart = start;
        q.contentEnd = end;
        if (end > start)
            quotations.append(q);
    };

    const QList<Paragraph> paragraphs = paragraphsOf(text);
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const Paragraph &paragraph = paragraphs[p];
        qsizetype i = paragraph.start;
        // A paragraph that continues a quotation opens with a mark that is not a new quotation.
        if (!stack.isEmpty() && i < paragraph.end && familyOf(text[i]) == stack.constFirst().family && stack.constFirst().paragraphs > 1)
            ++i;

        for (; i < paragraph.end; ++i) {
            const QChar c = text[i];
            const Family family = familyOf(c);
            if (family == Family::None)
                continue;
            const bool topIsSame = !stack.isEmpty() && stack.constLast().family == family;
            const bool letterBefore = i > 0 && text[i - 1].isLetterOrNumber();
            const bool letterAfter = i + 1 < text.size() && text[i + 1].isLetterOrNumber();

            bool closes = false;
            bool opens = false;
            switch (c.unicode()) {
            case 0x201C: // “ opens, or closes „ (German)
                if (topIsSame && stack.constLast().mark == QChar(0x201E))
                    closes = true;
                else
                    opens = true;
                break;
            case 0x201D: // ”
                closes = topIsSame;
                break;
            case 0x201E: // „
            case 0x201A: // ‚
                opens = true;
                break;
            case 0x00AB: // « opens, or closes »…« (German)
            case 0x2039: // ‹
                if (topIsSame && (stack.constLast().mark == QChar(0x00BB) || stack.constLast().mark == QChar(0x203A)))
                    closes = true;
                else
                    opens = true;
                break;
            case 0x00BB: // » closes «, or opens »…« (German)
            case 0x203A:
                if (topIsSame)
                    closes = true;
                else
                    opens = !isSpaceOrEdge(text, i + 1);
                break;
            case 0x2018: // ‘ opens, or closes ‚ (German); before a digit it is an apostrophe ('90s)
                if (topIsSame && stack.constLast().mark == QChar(0x201A))
                    closes = true;
                else
                    opens = opensAfter(text, i - 1) && !isSpaceOrEdge(text, i + 1) && !(i + 1 < text.size() && text[i + 1].isDigit());
                break;
            case 0x2019: // ’ closes ‘ only where it cannot be an apostrophe
            case u'\'':
                if (letterBefore && letterAfter)
                    break; // don't, Ukraine's, O'Brien
                if (topIsSame && !isSpaceOrEdge(text, i - 1) && closesBefore(text, i + 1)) {
                    closes = true;
                    break;
                }
                if (c == u'\'' && opensAfter(text, i - 1) && letterAfter) {
                    // rock 'n' roll
                    if (i + 2 < text.size() && (text[i + 1] == u'n' || text[i + 1] == u'N') && familyOf(text[i + 2]) == Family::Single) {
                        i += 2;
                        break;
                    }
                    opens = true;
                }
                break;
            case u'"':
            case 0x201F: {
                const bool openLike = opensAfter(text, i - 1) && !isSpaceOrEdge(text, i + 1);
                const bool closeLike = !isSpaceOrEdge(text, i - 1) && closesBefore(text, i + 1);
                const bool anyOpen = std::any_of(stack.cbegin(), stack.cend(), [](const Open &o) { return o.mark == u'"'; });
                if (anyOpen && (closeLike || !openLike))
                    closes = true;
                else if (openLike || !anyOpen)
                    opens = openLike || !closeLike;
                break;
            }
            default:
                break;
            }

            if (closes) {
                // Close the innermost open quotation of this family, dropping any unclosed ones inside it.
                qsizetype k = stack.size() - 1;
                while (k >= 0 && stack[k].family != family)
                    --k;
                if (k < 0)
                    continue;
                const Open open = stack[k];
                stack.resize(k);
                finish(open, i, i);
            } else if (opens) {
                stack.append({c, family, i});
            }
        }

        // End of paragraph: single quotes never run on; an outer double quotation may.
        while (!stack.isEmpty() && stack.size() > 1)
            stack.removeLast();
        if (!stack.isEmpty()) {
            Open &open = stack.first();
            if (open.family == Family::Single || open.family == Family::SingleGuillemet) {
                stack.clear();
                continue;
            }
            if (p + 1 < paragraphs.size() && continuesInto(text, paragraphs[p + 1], open)) {
                ++open.paragraphs;
            } else {
                const Open unclosed = open;
                stack.clear();
                finish(unclosed, -1, paragraph.end);
            }
        }
    }
    if (!stack.isEmpty()) {
        const Open unclosed = stack.constFirst();
        stack.clear();
        finish(unclosed, -1, text.size());
    }

    std::sort(quotations.begin(), quotations.end(), [](const Quotation &a, const Quotation &b) { return a.open < b.open; });
    return quotations;
}

} // namespace Verbatim
