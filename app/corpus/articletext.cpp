#include "articletext.h"

#include <QCryptographicHash>
#include <QTextBoundaryFinder>

namespace Verbatim::ArticleText {

QString normalise(QStringView text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    QString result;
    result.reserve(text.size());
    int pendingNewlines = 0;
    qsizetype lineStart = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i <= size; ++i) {
        const bool atEnd = i == size;
        const QChar c = atEnd ? QChar() : text[i];
        if (!atEnd && c != u'\n' && c != u'\r')
            continue;
        QStringView line = text.sliced(lineStart, i - lineStart);
        // Trailing whitespace on a line is never meaningful in news text.
        qsizetype keep = line.size();
        while (keep > 0 && line[keep - 1].isSpace())
            --keep;
        line = line.first(keep);
        if (line.isEmpty()) {
            if (!result.isEmpty())
                ++pendingNewlines;
        } else {
            if (!result.isEmpty())
                result += pendingNewlines > 0 ? QStringLiteral("\n\n") : QStringLiteral("\n");
            pendingNewlines = 0;
            // Leading whitespace of the very first line is dropped; indentation elsewhere is kept.
            if (result.isEmpty())
                line = line.trimmed();
            result += line;
        }
        if (!atEnd && c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
            ++i;
        lineStart = i + 1;
    }
    return result;
}

QString leadSentence(QStringView text, int maxLength)
{
    const qsizetype paragraphEnd = text.indexOf(u'\n');
    QStringView firstParagraph = paragraphEnd < 0 ? text : text.first(paragraphEnd);

    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, firstParagraph.toString());
    qsizetype end = finder.toNextBoundary();
    if (end <= 0)
        end = firstParagraph.size();
    // A title is one line: tabs and runs of spaces in the text would split `verbatim search`'s columns.
    QString sentence = firstParagraph.first(end).toString().simplified();
    if (sentence.size() > maxLength) {
        qsizetype cut = sentence.lastIndexOf(u' ', maxLength - 1);
        if (cut < maxLength / 2)
            cut = maxLength - 1;
        sentence = sentence.first(cut) + QChar(0x2026);
    }
    return sentence;
}

QByteArray contentHash(QStringView normalisedText)
{
    return QCryptographicHash::hash(normalisedText.toUtf8(), QCryptographicHash::Sha256);
}

QString derivedId(QStringView normalisedText)
{
    return QString::fromLatin1(contentHash(normalisedText).first(8).toHex());
}

} // namespace Verbatim::ArticleText
