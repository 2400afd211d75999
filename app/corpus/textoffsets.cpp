#include "textoffsets.h"

#include <algorithm>

namespace Verbatim {

TextOffsets::TextOffsets(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_surrogatePairStarts.append(i);
            ++i;
        }
    }
}

qsizetype TextOffsets::toCodePoint(qsizetype utf16Position) const
{
    // Every pair that starts before the position (and so ends at or before it) counts one code point less.
    const auto pairsBefore = std::lower_bound(m_surrogatePairStarts.cbegin(), m_surrogatePairStarts.cend(), utf16Position)
        - m_surrogatePairStarts.cbegin();
    return utf16Position - pairsBefore;
}

qsizetype TextOffsets::toUtf16(qsizetype codePointPosition) const
{
    // The k-th pair starts at code point m_surrogatePairStarts[k] - k.
    qsizetype low = 0;
    qsizetype high = m_surrogatePairStarts.size();
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        if (m_surrogatePairStarts[mid] - mid < codePointPosition)
            low = mid + 1;
        else
            high = mid;
    }
    return codePointPosition + low;
}

} // namespace Verbatim
