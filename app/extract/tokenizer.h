#pragma once

#include <QList>
#include <QStringView>

namespace Verbatim {

/// A word, number or punctuation mark of an article, with the sentence and paragraph it belongs to.
struct Token {
    enum class Kind : quint8 {
        Word, ///< letters (and digits), with inner hyphens and apostrophes: "Kovač-Đurić", "doesn't", "U.S."
        Number, ///< digits with inner separators: "30", "1,000", "2.5"
        Possessive, ///< the "'s" or "’s" split off a word
        Punct, ///< one punctuation or symbol character
    };
    qsizetype start = 0;
    qsizetype end = 0;
    Kind kind = Kind::Word;
    bool capitalized = false; ///< begins with an upper-case letter
    bool sentenceStart = false;
    int sentence = 0;
    int paragraph = 0;

    qsizetype length() const { return end - start; }
};

struct Sentence {
    int firstToken = 0;
    int endToken = 0; ///< one past the last token
    qsizetype start = 0;
    qsizetype end = 0;
    int paragraph = 0;
};

/// Splits text into tokens and sentences. Paragraphs are separated by a blank line; a sentence ends at . ! ? or …
/// (past any closing quotation marks) before a capitalised word, a number or an opening quotation mark, unless the
/// full stop belongs to an abbreviation or an initial ("Mr.", "Gen.", "J.").
class Tokenizer
{
public:
    explicit Tokenizer(QStringView text);

    const QList<Token> &tokens() const { return m_tokens; }
    const QList<Sentence> &sentences() const { return m_sentences; }
    QStringView text() const { return m_text; }
    QStringView textOf(const Token &token) const { return m_text.sliced(token.start, token.length()); }
    QStringView textOf(int tokenIndex) const { return textOf(m_tokens[tokenIndex]); }

    /// Whether token `t` exists and is the word `word`, in any case. Asked of every token several times over: the
    /// length, known at compile time, rules out most tokens without comparing characters.
    template<qsizetype N>
    bool isWord(int t, const char16_t (&word)[N]) const
    {
        return t >= 0 && t < m_tokens.size() && m_tokens[t].kind == Token::Kind::Word && m_tokens[t].length() == N - 1
            && textOf(t).compare(QStringView(word, N - 1), Qt::CaseInsensitive) == 0;
    }
    /// Whether token `t` exists and is a word that does not begin with a capital.
    bool isLowerWord(int t) const { return t >= 0 && t < m_tokens.size() && m_tokens[t].kind == Token::Kind::Word && !m_tokens[t].capitalized; }
    /// Whether token `t` exists and is the punctuation mark `mark`.
    bool isPunct(int t, QChar mark) const
    {
        return t >= 0 && t < m_tokens.size() && m_tokens[t].kind == Token::Kind::Punct && m_text[m_tokens[t].start] == mark;
    }
    /// Whether token `t` exists and is one of the punctuation marks `marks`.
    bool isPunct(int t, QStringView marks) const
    {
        return t >= 0 && t < m_tokens.size() && m_tokens[t].kind == Token::Kind::Punct && marks.contains(m_text[m_tokens[t].start]);
    }

    /// The index of the first token that starts at or after `position`.
    int tokenAt(qsizetype position) const;

private:
    void scan();
    /// While scanning: whether the last token is a capitalised word that ends one space before `position`.
    bool followsCapitalisedWord(qsizetype position) const;
    /// The letters and digits from `position` on.
    QStringView wordAt(qsizetype position) const;
    void splitSentences();

    QStringView m_text;
    QList<Token> m_tokens;
    QList<Sentence> m_sentences;
};

} // namespace Verbatim
