#include "articlehighlighter.h"

#include "highlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace Verbatim {

namespace {

// Where a format keeps the name of what it shows.
constexpr int nameProperty = QTextFormat::UserProperty + 1;

// How long one slice of a progressive pass may keep the event loop waiting: well under a frame, so that scrolling and
// typing stay smooth while a long article is highlighted.
constexpr int sliceMilliseconds = 8;

// How far highlightNow() looks back for the start of a paragraph: a quotation opened in an earlier line of it colours
// the lines after it (the definition ends quotations with their paragraph).
constexpr int paragraphLookBack = 20;

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
    , m_frontier(document)
{
    setDefinition(Highlighting::newsDefinition());
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &ArticleHighlighter::highlightSlice);
    connect(document, &QTextDocument::contentsChange, this, [this](int from, int, int) { onContentsChange(from); });
}

QString ArticleHighlighter::formatName(const QTextFormat &format)
{
    return format.property(nameProperty).toString();
}

void ArticleHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    KSyntaxHighlighting::SyntaxHighlighter::setTheme(theme);
    updateOverlayFormats();
    restart();
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

void ArticleHighlighter::storeSpans(const QList<HighlightSpan> &spans)
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
}

void ArticleHighlighter::setSpans(const QList<HighlightSpan> &spans)
{
    storeSpans(spans);
    m_held = false;
    m_expectedCharacters = -1;
    restart();
}

bool ArticleHighlighter::isProgressive(qsizetype characters) const
{
    return m_progressiveThreshold > 0 && characters > m_progressiveThreshold;
}

void ArticleHighlighter::expectText(qsizetype length, const QList<HighlightSpan> &spans)
{
    m_passRunning = false;
    m_sliceTimer.stop();
    m_ahead.clear();
    storeSpans(spans);
    // The document counts one character more: the separator after its last block.
    m_expectedCharacters = int(length) + 1;
    // A short text is highlighted as it is set, while the document announces the change: its blocks are then laid out
    // once, when painted (highlighting a text already set lays out every block as it formats it, which costs more than
    // the highlighting). A long one waits until it is set, then is highlighted progressively.
    m_held = isProgressive(length);
}

void ArticleHighlighter::restart()
{
    if (m_held || m_expectedCharacters >= 0)
        return; // the text to come will be highlighted
    m_ahead.clear();
    if (!isProgressive(document()->characterCount())) {
        m_passRunning = false;
        m_sliceTimer.stop();
        rehighlight();
        Q_EMIT completed();
        return;
    }
    startPass();
}

void ArticleHighlighter::startPass()
{
    // Blocks keep the formats they have until the pass (or highlightNow()) comes to them: no flash of plain text.
    m_passRunning = true;
    m_frontier.setPosition(0);
    m_revision = document()->revision();
    m_sliceTimer.start();
}

bool ArticleHighlighter::isDone(const QTextBlock &block) const
{
    return !m_passRunning || block.position() < m_frontier.position() || m_ahead.contains(block.blockNumber());
}

void ArticleHighlighter::highlightNow(const QTextBlock &first, const QTextBlock &last)
{
    if (m_held || !m_passRunning || !first.isValid())
        return;
    QTextBlock block = first;
    for (int back = 0; back < paragraphLookBack && block.previous().isValid() && block.previous().length() > 1 && !isDone(block.previous()); ++back)
        block = block.previous();
    m_permitted = true;
    for (; block.isValid(); block = block.next()) {
        if (!isDone(block)) {
            rehighlightBlock(block);
            m_ahead.insert(block.blockNumber());
        }
        if (block == last)
            break;
    }
    m_permitted = false;
}

void ArticleHighlighter::highlightSlice()
{
    if (m_held || !m_passRunning)
        return;
    QElapsedTimer timer;
    timer.start();
    QTextBlock block = document()->findBlock(m_frontier.position());
    m_permitted = true;
    // In order, from the start: blocks highlightNow() did ahead of the pass are done again here, with the state the
    // blocks before them end in (they started from a paragraph's start, which is right for nearly every article).
    while (block.isValid() && timer.elapsed() < sliceMilliseconds) {
        rehighlightBlock(block);
        block = block.next();
    }
    m_permitted = false;
    if (block.isValid()) {
        m_frontier.setPosition(block.position());
        m_sliceTimer.start();
        return;
    }
    m_passRunning = false;
    m_ahead.clear();
    Q_EMIT completed();
}

void ArticleHighlighter::onContentsChange(int from)
{
    // The text expectText() announced has been set (QSyntaxHighlighter, notified first, has highlighted a short one).
    if (m_expectedCharacters >= 0 && document()->characterCount() == m_expectedCharacters) {
        m_expectedCharacters = -1;
        if (m_held) {
            m_held = false;
            startPass();
        } else {
            Q_EMIT completed();
        }
        return;
    }
    // Formats applied by highlighting change no text (the revision stays); only an edit during a pass matters: it may
    // have added blocks behind the frontier that nothing highlighted, and it renumbered the blocks after it.
    if (m_permitted || !m_passRunning || document()->revision() == m_revision)
        return;
    m_revision = document()->revision();
    m_ahead.clear();
    const int start = document()->findBlock(from).position();
    if (start < m_frontier.position())
        m_frontier.setPosition(start);
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
    // The first tag's colour behind the text, light enough to read through; the last tag's under it, so that a
    // passage with two tags shows both and a tagged passage stands out from the tint of reported speech.
    QTextCharFormat format;
    QColor background = span.colour.isValid() ? span.colour : QColor(Qt::gray);
    const QColor underline = span.accent.isValid() ? span.accent : background;
    format.setUnderlineColor(underline);
    format.setUnderlineStyle(span.accent.isValid() && span.accent != span.colour ? QTextCharFormat::DashUnderline
                                                                                 : QTextCharFormat::SingleUnderline);
    background.setAlpha(95);
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
    // A block never highlighted waits for the progressive pass (or highlightNow()) while one runs, and for the spans
    // while held: this is what keeps QSyntaxHighlighter from highlighting a whole new text at once.
    if ((m_held || m_passRunning) && !m_permitted && !currentBlockUserData())
        return;
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    const int blockStart = currentBlock().position();
    for (const Layer &layer : m_layers)
        paintLayer(layer, blockStart, int(text.size()));
}

} // namespace Verbatim
