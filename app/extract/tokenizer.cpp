#include "tokenizer.h"

#include "lexicon.h"
#include "wordtable.h"

#include <algorithm>

namespace Verbatim {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011);
}

bool isClosingMark(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case 0x201D: case 0x2019: case 0x00BB: case 0x203A: case 0x201C: case u')': case u']':
        return true;
    default:
        return false;
    }
}

bool isOpeningMark(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case 0x201C: case 0x2018: case 0x00AB: case 0x201E: case 0x2039: case u'(': case u'[':
        return true;
    default:
        return false;
    }
}

// Words whose full stop does not end a sentence.
const WordTable<> &abbreviations()
{
    static const WordTable<> table{
        u"Mr", u"Mrs", u"Ms", u"Dr", u"Prof", u"St", u"Gen", u"Lt", u"Col", u"Maj", u"Sgt", u"Capt", u"Cpt", u"Adm", u"Gov",
        u"Sen", u"Rep", u"Rev", u"Jr", u"Sr", u"Mt", u"Ft", u"No", u"Nos", u"vs", u"etc", u"approx", u"Jan", u"Feb", u"Mar",
        u"Apr", u"Jun", u"Jul", u"Aug", u"Sep", u"Sept", u"Oct", u"Nov", u"Dec", u"Gens", u"Cmdr", u"Brig", u"Amb", u"Pres",
        u"Hon", u"Supt", u"Insp", u"Det", u"Pvt", u"Cpl", u"Fig", u"al", u"Co", u"Corp", u"Messrs", u"Mme", u"Mlle",
    };
    return table;
}

} // namespace

Tokenizer::Tokenizer(QStringView text)
    : m_text(text)
{
    m_tokens.reserve(text.size() / 5);
    scan();
    splitSentences();
}

void Tokenizer::scan()
{
    const qsizetype size = m_text.size();
    int paragraph = 0;
    int newlinesSinceToken = 0;
    qsizetype i = 0;
    while (i < size) {
        const QChar c = m_text[i];
        if (c.isSpace()) {
            if (c == u'\n')
                ++newlinesSinceToken;
            ++i;
            continue;
        }
        if (newlinesSinceToken >= 2 && !m_tokens.isEmpty())
            ++paragraph;
        newlinesSinceToken = 0;

        Token token;
        token.start = i;
        token.paragraph = paragraph;
        if (isWordChar(c)) {
            bool digitsOnly = true;
            qsizetype j = i;
            while (j < size) {
                const QChar d = m_text[j];
                if (isWordChar(d)) {
                    if (!d.isDigit())
                        digitsOnly = false;
                    ++j;
                    continue;
                }
                const bool nextIsWord = j + 1 < size && isWordChar(m_text[j + 1]);
                if (isHyphen(d) && nextIsWord && j > i) {
                    ++j;
                    continue;
                }
                if (digitsOnly && (d == u',' || d == u'.') && j + 1 < size && m_text[j + 1].isDigit()) {
                    ++j;
                    continue;
                }
                if (isApostrophe(d) && nextIsWord && m_text[j - 1].isLetter()) {
                    // "'s" at the end of a word is a possessive of its own; "doesn't" and "O'Brien" stay whole.
                    const bool possessive = (m_text[j + 1] == u's' || m_text[j + 1] == u'S')
                        && (j + 2 >= size || !isWordChar(m_text[j + 2]));
                    if (possessive)
                        break;
                    ++j;
                    continue;
                }
                // "U.S.", "U.K.": single capitals joined by full stops.
                if (d == u'.' && j - i >= 1 && m_text[j - 1].isUpper() && (j - 1 == i || m_text[j - 2] == u'.') && j + 2 < size
                    && m_text[j + 1].isUpper() && m_text[j + 2] == u'.') {
                    j += 2;
                    continue;
                }
                if (d == u'.' && j - i >= 2 && m_text[j - 2] == u'.' && m_text[j - 1].isUpper()) {
                    ++j; // the final stop of "U.S."
                    break;
                }
                break;
            }
            // An initial keeps its full stop ("Janet L. Yellen", "writer L. Ron Hubbard"), so that the name stays one
            // run; but a letter after a lower-case word, before a word that opens sentences, ends one ("they chose plan
            // B. The minister ...").
            if (j == i + 1 && c.isUpper() && j + 2 < size && m_text[j] == u'.' && m_text[j + 1] == u' ' && m_text[j + 2].isUpper()
                && (followsCapitalisedWord(i) || !Lexicon::sentenceStarters().contains(wordAt(j + 2))))
                ++j;
            token.end = j;
            token.kind = digitsOnly ? Token::Kind::Number : Token::Kind::Word;
            token.capitalized = c.isUpper() || (c.isLetter() && c.isTitleCase());
            i = j;
        } else if (isApostrophe(c) && !m_tokens.isEmpty() && m_tokens.constLast().end == i && i + 1 < size
                   && (m_text[i + 1] == u's' || m_text[i + 1] == u'S') && (i + 2 >= size || !isWordChar(m_text[i + 2]))) {
            token.end = i + 2;
            token.kind = Token::Kind::Possessive;
            i += 2;
        } else {
            token.end = i + 1;
            token.kind = Token::Kind::Punct;
            ++i;
        }
        m_tokens.append(token);
    }
}

bool Tokenizer::followsCapitalisedWord(qsizetype position) const
{
    // Called while scanning: the tokens made so far all come before `position`.
    if (m_tokens.isEmpty())
        return false;
    const Token &previous = m_tokens.constLast();
    return previous.kind == Token::Kind::Word && previous.capitalized && previous.end + 1 == position && m_text[previous.end] == u' ';
}

QStringView Tokenizer::wordAt(qsizetype position) const
{
    qsizetype end = position;
    while (end < m_text.size() && isWordChar(m_text[end]))
        ++end;
    return m_text.sliced(position, end - position);
}

void Tokenizer::splitSentences()
{
    const int count = int(m_tokens.size());
    int sentence = 0;
    int sentenceFirst = 0;
    auto close = [&](int endToken) {
        if (endToken <= sentenceFirst)
            return;
        Sentence s;
        s.firstToken = sentenceFirst;
        s.endToken = endToken;
        s.start = m_tokens[sentenceFirst].start;
        s.end = m_tokens[endToken - 1].end;
        s.paragraph = m_tokens[sentenceFirst].paragraph;
        m_sentences.append(s);
        for (int t = sentenceFirst; t < endToken; ++t)
            m_tokens[t].sentence = sentence;
        m_tokens[sentenceFirst].sentenceStart = true;
        ++sentence;
        sentenceFirst = endToken;
    };

    for (int t = 0; t < count; ++t) {
        if (t > sentenceFirst && m_tokens[t].paragraph != m_tokens[t - 1].paragraph) {
            close(t);
            continue;
        }
        const Token &token = m_tokens[t];
        if (token.kind != Token::Kind::Punct)
            continue;
        const QChar c = m_text[token.start];
        if (c != u'.' && c != u'!' && c != u'?' && c != QChar(0x2026))
            continue;
        if (c == u'.' && t > 0 && m_tokens[t - 1].end == token.start && m_tokens[t - 1].kind == Token::Kind::Word) {
            const QStringView previous = textOf(t - 1);
            // (Initials were joined with their full stops by scan(); a letter left on its own ends a sentence.)
            if (abbreviations().contains(previous))
                continue;
        }
        // Past closing quotation marks and brackets that belong to this sentence.
        int end = t + 1;
        while (end < count && m_tokens[end].kind == Token::Kind::Punct && isClosingMark(m_text[m_tokens[end].start])
               && m_tokens[end].paragraph == token.paragraph && m_tokens[end].start == m_tokens[end - 1].end)
            ++end;
        if (end >= count) {
            close(count);
            break;
        }
        const Token &next = m_tokens[end];
        if (next.paragraph != token.paragraph) {
            close(end);
            continue;
        }
        const QChar first = m_text[next.start];
        if (next.capitalized || next.kind == Token::Kind::Number || isOpeningMark(first) || first == u'-' || first == QChar(0x2013)
            || first == QChar(0x2014))
            close(end);
        t = end - 1;
    }
    close(count);
}

int Tokenizer::tokenAt(qsizetype position) const
{
    const auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), position,
                                     [](const Token &token, qsizetype pos) { return token.start < pos; });
    return int(it - m_tokens.cbegin());
}

} // namespace Verbatim
