#pragma once

#include <QList>
#include <QStringView>

namespace Verbatim {

/// A passage in quotation marks.
struct Quotation {
    qsizetype open = 0; ///< position of the opening mark
    qsizetype close = -1; ///< position of the closing mark, -1 when the quotation is never closed
    qsizetype contentStart = 0; ///< the quoted words, without the marks, surrounding spaces or a trailing comma
    qsizetype contentEnd = 0;
    int depth = 0; ///< 0 for a quotation, 1 for one inside it, ...
    int paragraphs = 1; ///< how many paragraphs it runs over
    QChar mark; ///< the opening mark
};

/// Finds quotations in “…”, "…", «…», „…“, ‘…’, '…' and ‹…›, nested in one another, without mistaking apostrophes
/// (Ukraine's, the '90s, rock 'n' roll) for quotation marks. A quotation left open at the end of a paragraph runs on
/// when the next paragraph opens with a quotation mark (the news convention) or closes one it never opened;
/// otherwise it ends with its paragraph.
class QuotationScanner
{
public:
    /// Quotations in the order of their opening marks.
    static QList<Quotation> scan(QStringView text);
};

} // namespace Verbatim
