// Long articles are highlighted a slice at a time, what is on screen first, and end highlighted exactly as if they
// had been highlighted at once; edits and switching articles meanwhile do not break that.
#include "articlereader.h"
#include "highlight/articlehighlighter.h"
#include "highlight/highlighting.h"
#include "testsupport.h"

#include <KSyntaxHighlighting/Theme>

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Verbatim;
using namespace Qt::StringLiterals;

namespace {

// Paragraphs with quotations (which the definition colours) and a word to search for, separated by blank lines.
QString longText(int paragraphs)
{
    QStringList parts;
    for (int i = 0; i < paragraphs; ++i) {
        switch (i % 4) {
        case 0:
            parts.append(u"\u201CWe will not sign in a hurry,\u201D said Anna Weber in paragraph %1. The harbour talks go on."_s.arg(i));
            break;
        case 1:
            parts.append(u"Officials met behind closed doors for paragraph %1, and nobody spoke to reporters."_s.arg(i));
            break;
        case 2:
            // A quotation that runs over two lines of one paragraph: the second line's colour depends on the first's.
            parts.append(u"\u201CThe ferry runs again,\nand the harbour is open,\u201D the mayor said (%1)."_s.arg(i));
            break;
        default:
            parts.append(u"Quote: \"Nobody wants this more than we do\", paragraph %1."_s.arg(i));
            break;
        }
    }
    return parts.join(u"\n\n"_s);
}

// Spans of every kind the reader paints, spread over the text.
QList<HighlightSpan> spansFor(const QString &text)
{
    QList<HighlightSpan> spans;
    for (qsizetype at = text.indexOf(u"Anna Weber"_s); at >= 0; at = text.indexOf(u"Anna Weber"_s, at + 1))
        spans.append({at, at + 10, HighlightSpan::Kind::Person, {}, {}});
    for (qsizetype at = text.indexOf(u"harbour"_s); at >= 0; at = text.indexOf(u"harbour"_s, at + 1))
        spans.append({at, at + 7, HighlightSpan::Kind::SearchHit, {}, {}});
    for (qsizetype at = text.indexOf(u"Officials"_s); at >= 0; at = text.indexOf(u"Officials"_s, at + 1))
        spans.append({at, at + 40, HighlightSpan::Kind::ReportedSpeech, {}, {}});
    spans.append({5, 60, HighlightSpan::Kind::Annotation, QColor(u"#1f77b4"_s), {}});
    return spans;
}

// One block's formats as "<Name>text</Name>" runs.
QString serialiseBlock(const QTextBlock &block)
{
    const QString text = block.text();
    QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    std::sort(ranges.begin(), ranges.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    QString line;
    int position = 0;
    for (const QTextLayout::FormatRange &range : std::as_const(ranges)) {
        const QString name = ArticleHighlighter::formatName(range.format);
        if (name.isEmpty())
            continue;
        line += text.mid(position, range.start - position) + u'<' + name + u'>' + text.mid(range.start, range.length) + u"</"_s + name + u'>';
        position = range.start + range.length;
    }
    return line + text.mid(position);
}

QStringList serialise(const QTextDocument &document)
{
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        lines.append(serialiseBlock(block));
    return lines;
}

bool hasFormats(const QTextBlock &block)
{
    return block.isValid() && !block.layout()->formats().isEmpty();
}

KSyntaxHighlighting::Theme theme()
{
    return Highlighting::repository().theme(u"Breeze Light"_s);
}

// The document highlighted at once, to compare with.
QStringList highlightedAtOnce(const QString &text, const QList<HighlightSpan> &spans)
{
    QTextDocument document;
    document.setPlainText(text);
    ArticleHighlighter highlighter(&document);
    highlighter.setProgressiveThreshold(0);
    highlighter.setTheme(theme());
    highlighter.setSpans(spans);
    return serialise(document);
}

ArticleContent contentOf(const QString &text)
{
    ArticleContent content;
    content.summary.id = 1;
    content.summary.title = u"A long article"_s;
    content.text = text;
    return content;
}

} // namespace

class ProgressiveHighlightingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { VerbatimTest::enableTestMode(); }

    void shortDocument_isHighlightedWithinSetSpans()
    {
        const QString text = longText(8);
        QTextDocument document;
        document.setPlainText(text);
        ArticleHighlighter highlighter(&document);
        highlighter.setTheme(theme());
        QSignalSpy completed(&highlighter, &ArticleHighlighter::completed);
        highlighter.setSpans(spansFor(text));
        QVERIFY(highlighter.isComplete());
        QCOMPARE(completed.count(), 1);
        QCOMPARE(serialise(document), highlightedAtOnce(text, spansFor(text)));
    }

    void longDocument_isHighlightedInSlices_andEndsAsIfAtOnce()
    {
        const QString text = longText(1200);
        const QStringList expected = highlightedAtOnce(text, spansFor(text));
        QTextDocument document;
        document.setPlainText(text);
        ArticleHighlighter highlighter(&document);
        highlighter.setProgressiveThreshold(5000);
        highlighter.setTheme(theme());
        QSignalSpy completed(&highlighter, &ArticleHighlighter::completed);
        highlighter.setSpans(spansFor(text));
        // Nothing yet: the pass runs from the event loop.
        QVERIFY(!highlighter.isComplete());
        QVERIFY(!hasFormats(document.lastBlock()));
        QCOMPARE(completed.count(), 0);
        // A few slices in, the start is done and the end is not.
        QTRY_VERIFY(hasFormats(document.firstBlock()));
        QVERIFY(!hasFormats(document.lastBlock()));
        QTRY_VERIFY_WITH_TIMEOUT(highlighter.isComplete(), 60000);
        QCOMPARE(completed.count(), 1);
        QCOMPARE(serialise(document), expected);
    }

    void highlightNow_doesTheBlocksAskedForBeforeThePass()
    {
        const QString text = longText(1200);
        const QStringList expected = highlightedAtOnce(text, spansFor(text));
        QTextDocument document;
        document.setPlainText(text);
        ArticleHighlighter highlighter(&document);
        highlighter.setProgressiveThreshold(5000);
        highlighter.setTheme(theme());
        highlighter.setSpans(spansFor(text));
        // Blocks 2001 to 2040, far ahead of the pass; the second lines of two-line quotations among them are coloured as
        // the first lines make them.
        const QTextBlock first = document.findBlockByNumber(2001);
        const QTextBlock last = document.findBlockByNumber(2040);
        highlighter.highlightNow(first, last);
        for (QTextBlock block = first; block.isValid() && block.blockNumber() <= last.blockNumber(); block = block.next())
            QCOMPARE(serialiseBlock(block), expected[block.blockNumber()]);
        QVERIFY(!hasFormats(document.findBlockByNumber(1000)));
        QVERIFY(!hasFormats(document.findBlockByNumber(2100)));
        QTRY_VERIFY_WITH_TIMEOUT(highlighter.isComplete(), 60000);
        QCOMPARE(serialise(document), expected);
        // Once complete, asking again changes nothing.
        highlighter.highlightNow(first, last);
        QCOMPARE(serialise(document), expected);
    }

    void expectText_short_isHighlightedAsItIsSet_withItsOwnSpans()
    {
        QTextDocument document;
        document.documentLayout(); // as a view gives it: the document then announces changes
        ArticleHighlighter highlighter(&document);
        highlighter.setTheme(theme());
        const QString first = longText(4);
        document.setPlainText(first);
        highlighter.setSpans(spansFor(first));
        QVERIFY(hasFormats(document.firstBlock()));

        // The next text is highlighted as it is set, with its own spans, never with those of the text before.
        const QString second = longText(6).replace(u"Anna Weber"_s, u"Jonas Brandt"_s);
        QSignalSpy completed(&highlighter, &ArticleHighlighter::completed);
        highlighter.expectText(second.size(), spansFor(second));
        QVERIFY(!highlighter.isComplete());
        QCOMPARE(serialise(document), highlightedAtOnce(first, spansFor(first))); // nothing changed yet
        document.setPlainText(second);
        QVERIFY(highlighter.isComplete());
        QCOMPARE(completed.count(), 1);
        QCOMPARE(serialise(document), highlightedAtOnce(second, spansFor(second)));
    }

    void expectText_long_waitsUntilSet_thenGoesProgressively()
    {
        QTextDocument document;
        document.documentLayout();
        ArticleHighlighter highlighter(&document);
        highlighter.setProgressiveThreshold(5000);
        highlighter.setTheme(theme());
        const QString text = longText(1200);
        highlighter.expectText(text.size(), spansFor(text));
        document.setPlainText(text);
        // Set, and nothing highlighted yet: the pass runs from the event loop.
        QVERIFY(!highlighter.isComplete());
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
            QVERIFY2(!hasFormats(block), qPrintable(block.text()));
        QTRY_VERIFY_WITH_TIMEOUT(highlighter.isComplete(), 60000);
        QCOMPARE(serialise(document), highlightedAtOnce(text, spansFor(text)));
    }

    void editsDuringAPass_endHighlightedAsTheEditedText()
    {
        const QString text = longText(1200);
        QTextDocument document;
        // A document tells of edits (contentsChange) only once it has a layout, as every view gives it.
        document.documentLayout();
        document.setPlainText(text);
        ArticleHighlighter highlighter(&document);
        highlighter.setProgressiveThreshold(5000);
        highlighter.setTheme(theme());
        // The structure only: spans are positions in the text as it was, and an edit moves the text under them.
        highlighter.setSpans({});
        QTRY_VERIFY(hasFormats(document.findBlockByNumber(40)));
        QVERIFY(!highlighter.isComplete());
        // An edit behind the pass (new blocks there), one ahead of it, and a quotation opened on a line of its own.
        QTextCursor cursor(&document);
        cursor.setPosition(document.findBlockByNumber(4).position()); // the first line of a two-line quotation
        cursor.insertText(u"\u201CInserted behind the pass,\u201D she said.\n\nAnd a new paragraph.\n\n"_s);
        cursor.setPosition(document.findBlockByNumber(1500).position());
        cursor.insertText(u"\u201COpened here\nand closed on the next line\u201D.\n\n"_s);
        // Highlighted ahead of the pass, then edited.
        highlighter.highlightNow(document.findBlockByNumber(2200), document.findBlockByNumber(2210));
        cursor.setPosition(document.findBlockByNumber(2204).position());
        cursor.insertText(u"\u201CA quotation typed in\u201D "_s);
        QTRY_VERIFY_WITH_TIMEOUT(highlighter.isComplete(), 60000);
        QCOMPARE(serialise(document), highlightedAtOnce(document.toPlainText(), {}));
    }

    // --- the reader --------------------------------------------------------------------------------------------

    void reader_longArticle_showsTheVisiblePartHighlightedAtOnce_andTheRestLater()
    {
        const QString text = longText(3000);
        QList<HighlightSpan> hits;
        for (qsizetype at = text.indexOf(u"harbour"_s); at >= 0; at = text.indexOf(u"harbour"_s, at + 1))
            hits.append({at, at + 7, HighlightSpan::Kind::SearchHit, {}, {}});
        const QStringList expected = highlightedAtOnce(text, hits);
        Verbatim::Ui::ArticleReader reader;
        reader.setTheme(theme());
        reader.resize(800, 600);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        reader.setSearchTerms({u"harbour"_s});
        reader.showArticle(contentOf(text), {});
        QTextDocument *document = reader.textView()->document();
        QVERIFY(document->characterCount() > 100000); // long enough to be highlighted progressively
        QVERIFY(!reader.isHighlightingComplete());
        // What is on screen is highlighted before anything is painted; the end is not.
        const QTextBlock top = reader.textView()->cursorForPosition(QPoint(0, 0)).block();
        const QTextBlock bottom = reader.textView()->cursorForPosition(QPoint(10, reader.textView()->viewport()->height() - 2)).block();
        QVERIFY(bottom.blockNumber() > top.blockNumber());
        for (QTextBlock block = top; block.isValid() && block.blockNumber() <= bottom.blockNumber(); block = block.next())
            QCOMPARE(serialiseBlock(block), expected[block.blockNumber()]);
        QVERIFY(!hasFormats(document->lastBlock()));

        // Jumping to the end highlights the end before it is painted, long before the pass gets there.
        QScrollBar *scrollBar = reader.textView()->verticalScrollBar();
        scrollBar->setValue(scrollBar->maximum());
        QVERIFY(hasFormats(document->lastBlock()));
        QVERIFY(serialiseBlock(document->lastBlock()).contains(u"<Quotation"_s));
        QVERIFY(!hasFormats(document->findBlockByNumber(document->blockCount() / 2)));

        QTRY_VERIFY_WITH_TIMEOUT(reader.isHighlightingComplete(), 60000);
        QCOMPARE(serialise(*document), expected);
    }

    void reader_searchHitsAndSelection_workWhileHighlighting()
    {
        const QString text = longText(3000);
        Verbatim::Ui::ArticleReader reader;
        reader.setTheme(theme());
        reader.resize(800, 600);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        reader.setSearchTerms({u"harbour"_s});
        reader.showArticle(contentOf(text), {});
        QVERIFY(!reader.isHighlightingComplete());
        QCOMPARE(reader.searchHitCount(), int(text.count(u"harbour"_s)));
        // F3 from the start, and Shift+F3 round to the last hit, at the very end of the article.
        reader.nextSearchHit();
        QCOMPARE(reader.selection(), std::make_pair(text.indexOf(u"harbour"_s), text.indexOf(u"harbour"_s) + 7));
        reader.previousSearchHit();
        const qsizetype lastHit = text.lastIndexOf(u"harbour"_s);
        QCOMPARE(reader.selection(), std::make_pair(lastHit, lastHit + 7));
        const QTextBlock block = reader.textView()->document()->findBlock(int(lastHit));
        QVERIFY2(serialiseBlock(block).contains(u"Search Hit>harbour</"_s), qPrintable(serialiseBlock(block)));
        QVERIFY(!reader.isHighlightingComplete());
        // The selection stays as the pass goes on.
        QTRY_VERIFY_WITH_TIMEOUT(reader.isHighlightingComplete(), 60000);
        QCOMPARE(reader.selection(), std::make_pair(lastHit, lastHit + 7));
    }

    void reader_anotherArticleDuringAPass_isHighlightedAsItsOwn()
    {
        Verbatim::Ui::ArticleReader reader;
        reader.setTheme(theme());
        reader.resize(800, 600);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        reader.showArticle(contentOf(longText(3000)), {});
        QVERIFY(!reader.isHighlightingComplete());
        // A short one next: highlighted at once, and nothing of the long one's pass touches it.
        const QString shortText = longText(6);
        reader.showArticle(contentOf(shortText), {});
        QVERIFY(reader.isHighlightingComplete());
        QTest::qWait(100);
        QCOMPARE(serialise(*reader.textView()->document()), highlightedAtOnce(shortText, {}));
        // And cleared: nothing left; cleared again (an empty document announces no change), still complete.
        reader.clear();
        QVERIFY(reader.isHighlightingComplete());
        QCOMPARE(reader.textView()->document()->toPlainText(), QString());
        reader.clear();
        QVERIFY(reader.isHighlightingComplete());
        // An article without text is complete at once too.
        reader.showArticle(contentOf(QString()), {});
        QVERIFY(reader.isHighlightingComplete());
    }
};

QTEST_MAIN(ProgressiveHighlightingTest)
#include "progressivehighlighting_test.moc"
