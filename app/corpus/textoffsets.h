#pragma once

#include <QList>
#include <QStringView>

namespace Verbatim {

/// Converts between UTF-16 positions (what QString and the highlighter use) and Unicode code point positions
/// (what the project file and every export use, so that Python and other tools can slice the text directly).
/// Cheap for the common case: text without characters outside the Basic Multilingual Plane maps one to one.
class TextOffsets
{
public:
    explicit TextOffsets(QStringView text);

    qsizetype toCodePoint(qsizetype utf16Position) const;
    qsizetype toUtf16(qsizetype codePointPosition) const;
    bool isIdentity() const { return m_surrogatePairStarts.isEmpty(); }

private:
    QList<qsizetype> m_surrogatePairStarts; ///< UTF-16 positions of high surrogates, ascending
};

} // namespace Verbatim
