#pragma once

#include "extract/extraction.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QColor>
#include <QList>
#include <QTextCharFormat>

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
        Annotation, ///< the user's tags: painted in the first tag's colour
        SearchHit,
    };
    qsizetype start = 0; ///< UTF-16 positions in the document
    qsizetype end = 0;
    Kind kind = Kind::Person;
    QColor colour; ///< for Annotation

    /// The layer that shows entities of `type`.
    static Kind kindOf(EntityType type);

    friend bool operator==(const HighlightSpan &, const HighlightSpan &) = default;
};

/// Highlights an article: KSyntaxHighlighting's "Verbatim News" definition colours the structure (quotations, the
/// date header, labels), and spans found by the extractor and made by the user are painted on top in layers
/// (reported speech, entities, speakers, annotations, search hits), with the colours the definition's formats have
/// in the current theme. Every format it sets carries the name of what it shows (see formatName()), which the
/// reader uses for tooltips and the tests use to compare with committed references.
class ArticleHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleHighlighter)

public:
    /// Highlights `document` with the news definition.
    explicit ArticleHighlighter(QTextDocument *document);

    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    /// Replaces the painted spans and highlights the document again.
    void setSpans(const QList<HighlightSpan> &spans);
    const QList<HighlightSpan> &spans() const { return m_allSpans; }

    /// The name of what a format shows, such as "Quotation" or "Quotation+Speaker"; empty for plain text.
    static QString formatName(const QTextFormat &format);

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

    QList<HighlightSpan> m_allSpans;
    std::array<Layer, layerCount> m_layers;
    std::array<QTextCharFormat, layerCount> m_overlayFormats;
};

} // namespace Verbatim
