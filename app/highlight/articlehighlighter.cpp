#include "articlehighlighter.h"

#include "highlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QTextDocument>

#include <algorithm>

namespace Verbatim {

namespace {

// Where a format keeps the name of what it shows.
constexpr int nameProperty = QTextFormat::UserProperty + 1;

const char16_t *layerName(HighlightSpan::Kind kind)
{
    switch (kind) {
    case HighlightSpan::Kind::ReportedSpeech:
        return u"Reported Speech";
    case HighlightSpan::Kind::DirectQuotation:
        return u"Quotation";
    case HighlightSpan::Kind::Person:
        return u"Person";
    case HighlightSpan::Kind::Organisation:
        return u"Organisation";
    case HighlightSpan::Kind::Place:
        return u"Place";
    case HighlightSpan::Kind::Date:
        return u"Date";
    case HighlightSpan::Kind::Group:
        return u"Group";
    case HighlightSpan::Kind::Speaker:
        return u"Speaker";
    case HighlightSpan::Kind::Annotation:
        return u"Annotation";
    case HighlightSpan::Kind::SearchHit:
        return u"Search Hit";
    }
    return u"";
}

QTextCharFormat charFormat(const KSyntaxHighlighting::Format &format, const KSyntaxHighlighting::Theme &theme)
{
    QTextCharFormat result;
    if (format.hasTextColor(theme))
        result.setForeground(format.textColor(theme));
    if (format.hasBackgroundColor(theme))
        result.setBackground(format.backgroundColor(theme));
    if (format.isBold(theme))
        result.setFontWeight(QFont::Bold);
    if (format.isItalic(theme))
        result.setFontItalic(true);
    if (format.isUnderline(theme))
        result.setFontUnderline(true);
    if (format.isStrikeThrough(theme))
        result.setFontStrikeOut(true);
    return result;
}

} // namespace

HighlightSpan::Kind HighlightSpan::kindOf(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return Kind::Person;
    case EntityType::Organisation:
        return Kind::Organisation;
    case EntityType::Place:
        return Kind::Place;
    case EntityType::Date:
        return Kind::Date;
    case EntityType::Group:
        return Kind::Group;
    }
    return Kind::Person;
}

ArticleHighlighter::ArticleHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    setDefinition(Highlighting::newsDefinition());
}

QString ArticleHighlighter::formatName(const QTextFormat &format)
{
    return format.property(nameProperty).toString();
}

void ArticleHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    KSyntaxHighlighting::SyntaxHighlighter::setTheme(theme);
    updateOverlayFormats();
    rehighlight();
}

void ArticleHighlighter::updateOverlayFormats()
{
    const KSyntaxHighlighting::Theme current = theme();
    QHash<QString, KSyntaxHighlighting::Format> formats;
    for (const KSyntaxHighlighting::Format &format : definition().formats())
        formats.insert(format.name(), format);

    for (int layer = 0; layer < layerCount; ++layer) {
        const auto kind = static_cast<HighlightSpan::Kind>(layer);
        const QString name = QString::fromUtf16(layerName(kind));
        QTextCharFormat overlay;
        switch (kind) {
        case HighlightSpan::Kind::ReportedSpeech: {
            // Only the background: reported speech keeps the colours of what is inside it.
            const KSyntaxHighlighting::Format format = formats.value(name);
            QColor background = format.hasBackgroundColor(current) ? format.backgroundColor(current)
                                                                     : QColor::fromRgba(current.editorColor(KSyntaxHighlighting::Theme::CurrentLine));
            overlay.setBackground(background);
            break;
        }
        case HighlightSpan::Kind::SearchHit:
            overlay.setBackground(QColor::fromRgba(current.editorColor(KSyntaxHighlighting::Theme::SearchHighlight)));
            break;
        case HighlightSpan::Kind::Annotation:
            break; // coloured per span, in the tag's colour
        default:
            overlay = charFormat(formats.value(name), current);
            break;
        }
        m_overlayFormats[layer] = overlay;
    }
}

void ArticleHighlighter::setSpans(const QList<HighlightSpan> &spans)
{
    m_allSpans = spans;
    for (Layer &layer : m_layers) {
        layer.spans.clear();
        layer.maxEnd.clear();
    }
    for (const HighlightSpan &span : spans) {
        if (span.end > span.start)
            m_layers[int(span.kind)].spans.append(span);
    }
    for (Layer &layer : m_layers) {
        std::sort(layer.spans.begin(), layer.spans.end(), [](const HighlightSpan &a, const HighlightSpan &b) { return a.start < b.start; });
        qsizetype furthest = -1;
        for (const HighlightSpan &span : std::as_const(layer.spans)) {
            furthest = std::max(furthest, span.end);
            layer.maxEnd.append(furthest);
        }
    }
    if (m_overlayFormats[int(HighlightSpan::Kind::Person)].isEmpty())
        updateOverlayFormats();
    rehighlight();
}

void ArticleHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || format.isDefaultTextStyle(theme()))
        return;
    QTextCharFormat textFormat = charFormat(format, theme());
    textFormat.setProperty(nameProperty, format.name());
    setFormat(offset, length, textFormat);
}

QTextCharFormat ArticleHighlighter::overlayFormat(const HighlightSpan &span) const
{
    if (span.kind != HighlightSpan::Kind::Annotation)
        return m_overlayFormats[int(span.kind)];
    // The tag's own colour, light enough to read through, and underlined so that it shows on any background.
    QTextCharFormat format;
    QColor background = span.colour.isValid() ? span.colour : QColor(Qt::gray);
    format.setUnderlineColor(background);
    format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    background.setAlpha(70);
    format.setBackground(background);
    return format;
}

void ArticleHighlighter::paintLayer(const Layer &layer, int blockStart, int blockLength)
{
    if (layer.spans.isEmpty())
        return;
    const qsizetype blockEnd = blockStart + blockLength;
    // The spans that start before the block ends, walked back while some of them may still reach into it.
    auto it = std::lower_bound(layer.spans.cbegin(), layer.spans.cend(), blockEnd,
                               [](const HighlightSpan &span, qsizetype position) { return span.start < position; });
    for (qsizetype i = (it - layer.spans.cbegin()) - 1; i >= 0 && layer.maxEnd[i] > blockStart; --i) {
        const HighlightSpan &span = layer.spans[i];
        if (span.end <= blockStart)
            continue;
        const int from = int(std::max<qsizetype>(span.start, blockStart) - blockStart);
        const int to = int(std::min<qsizetype>(span.end, blockEnd) - blockStart);
        const QTextCharFormat overlay = overlayFormat(span);
        const QString overlayName = QString::fromUtf16(layerName(span.kind));
        // Merge into what is there, one run of equal formats at a time.
        int runStart = from;
        while (runStart < to) {
            const QTextCharFormat base = format(runStart);
            int runEnd = runStart + 1;
            while (runEnd < to && format(runEnd) == base)
                ++runEnd;
            QTextCharFormat merged = base;
            merged.merge(overlay);
            const QString baseName = formatName(base);
            if (!baseName.split(u'+').contains(overlayName))
                merged.setProperty(nameProperty, baseName.isEmpty() ? overlayName : baseName + u'+' + overlayName);
            setFormat(runStart, runEnd - runStart, merged);
            runStart = runEnd;
        }
    }
}

void ArticleHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    const int blockStart = currentBlock().position();
    for (const Layer &layer : m_layers)
        paintLayer(layer, blockStart, int(text.size()));
}

} // namespace Verbatim
