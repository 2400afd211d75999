#pragma once

#include "extract/extraction.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QColor>
#include <QList>
#include <QSet>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTimer>

#include <array>

namespace Verbatim {

/// A span of the article to paint over its structure.
struct HighlightSpan {
    enum class Kind {
        ReportedSpeech, ///< an indirect or mixed statement
        DirectQuotation, ///< a direct statement (also where the definition cannot see the quotation marks)
        Person,
        Organisation,
        Place,
        Date,
        Group,
        Speaker,
        Annotation, ///< the user's tags: the first tag's colour behind the text, the last one's under it
        SearchHit,
    };
    qsizetype start = 0; ///< UTF-16 positions in the document
    qsizetype end = 0;
    Kind kind = Kind::Person;
    QColor colour; ///< for Annotation: its first tag's colour, for the background
    QColor accent; ///< for Annotation: its last tag's colour, for the underline (the first's when it has one tag)

    /// The layer that shows entities of `type`.
    static Kind kindOf(EntityType type);

    friend bool operator==(const HighlightSpan &, const HighlightSpan &) = default;
};

/// Highlights an article: KSyntaxHighlighting's "Verbatim News" definition colours the structure (quotations, the
/// date header, labels), and spans found by the extractor and made by the user are painted on top in layers
/// (reported speech, entities, speakers, annotations, search hits), with the colours the definition's formats have
/// in the current theme. Every format it sets carries the name of what it shows (see formatName()), which the
/// reader uses for tooltips and the tests use to compare with committed references.
///
/// A document longer than progressiveThreshold() is highlighted a slice of blocks at a time from the event loop, so
/// that a very long article never freezes the window: highlightNow() does the part on screen first, and completed()
/// says when every block is done. Shorter documents are highlighted at once, within setSpans(), or as their text is
/// set after expectText().
class ArticleHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleHighlighter)

public:
    /// Highlights `document` with the news definition.
    explicit ArticleHighlighter(QTextDocument *document);

    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    /// Replaces the painted spans and highlights the document again: at once when it is short, else progressively.
    void setSpans(const QList<HighlightSpan> &spans);
    const QList<HighlightSpan> &spans() const { return m_allSpans; }

    /// Documents of more characters than this are highlighted progressively; 0 highlights every document at once.
    void setProgressiveThreshold(int characters) { m_progressiveThreshold = characters; }
    int progressiveThreshold() const { return m_progressiveThreshold; }

    /// Call before replacing the document's text with one of `length` characters, painted with `spans`: a short text
    /// is highlighted as it is set (its blocks laid out once, lazily), a long one progressively once it is set. Either
    /// way, it is never highlighted with the spans of the text it replaces.
    void expectText(qsizetype length, const QList<HighlightSpan> &spans);
    /// Highlights the blocks from `first` to `last` now where a progressive pass has not reached them yet (the part of
    /// the document on screen). Does nothing when highlighting is complete or held.
    void highlightNow(const QTextBlock &first, const QTextBlock &last);
    /// Whether every block is highlighted with the current spans.
    bool isComplete() const { return !m_held && !m_passRunning && m_expectedCharacters < 0; }

    /// The name of what a format shows, such as "Quotation" or "Quotation+Speaker"; empty for plain text.
    static QString formatName(const QTextFormat &format);

Q_SIGNALS:
    /// Every block is now highlighted with the current spans (emitted at once for a short document).
    void completed();

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    static constexpr int layerCount = int(HighlightSpan::Kind::SearchHit) + 1;
    struct Layer {
        QList<HighlightSpan> spans; ///< sorted by start
        QList<qsizetype> maxEnd; ///< maxEnd[i]: the furthest end among spans[0..i], to find overlaps quickly
    };

    void updateOverlayFormats();
    void paintLayer(const Layer &layer, int blockStart, int blockLength);
    QTextCharFormat overlayFormat(const HighlightSpan &span) const;
    void storeSpans(const QList<HighlightSpan> &spans);
    bool isProgressive(qsizetype characters) const;
    void restart();
    void startPass();
    void highlightSlice();
    bool isDone(const QTextBlock &block) const;
    void onContentsChange(int from);

    QList<HighlightSpan> m_allSpans;
    std::array<Layer, layerCount> m_layers;
    std::array<QTextCharFormat, layerCount> m_overlayFormats;

    int m_progressiveThreshold = 100000;
    bool m_held = false; ///< a long text is expected: blocks are not highlighted until it is set
    int m_expectedCharacters = -1; ///< the document's character count once the text expectText() announced is set
    bool m_passRunning = false; ///< a progressive pass has blocks left
    bool m_permitted = false; ///< the pass or highlightNow() is highlighting: blocks highlighted for the first time too
    QTextCursor m_frontier; ///< the progressive pass has highlighted every block before this position
    QSet<int> m_ahead; ///< blocks after the frontier that highlightNow() did (block numbers)
    int m_revision = 0; ///< the document's revision when the pass started, to tell edits from format changes
    QTimer m_sliceTimer;
};

} // namespace Verbatim
