// Highlighting, compared with committed references (golden files), as KSyntaxHighlighting's own tests do:
// each tests/data/highlighting/NAME.txt is highlighted and written out as <Format>text</Format>, one line per block,
// then compared with NAME.structure.ref (the syntax definition alone) and NAME.extracted.ref (with the extractor's
// spans, an annotation and search hits painted on top).
//
// To regenerate the references after an intended change, run the test with VERBATIM_UPDATE_REFERENCES=1 and review
// the diff:  VERBATIM_UPDATE_REFERENCES=1 packaging/dev test -R highlighting_test && git diff tests/data/highlighting
#include "extract/ruleextractor.h"
#include "highlight/articlehighlighter.h"
#include "highlight/highlighting.h"
#include "testsupport.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QDirIterator>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Verbatim;
using namespace Qt::StringLiterals;

namespace {

// The document as "<Name>text</Name>" runs, a line per block; plain text stays bare.
QString serialise(const QTextDocument &document)
{
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        std::sort(ranges.begin(), ranges.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
        QString line;
        int position = 0;
        for (const QTextLayout::FormatRange &range : std::as_const(ranges)) {
            const QString name = ArticleHighlighter::formatName(range.format);
            if (name.isEmpty())
                continue;
            line += text.mid(position, range.start - position);
            line += u'<' + name + u'>' + text.mid(range.start, range.length) + u"</"_s + name + u'>';
            position = range.start + range.length;
        }
        line += text.mid(position);
        lines.append(line);
    }
    return lines.join(u'\n') + u'\n';
}

QList<HighlightSpan> extractedSpans(const QString &text)
{
    const RuleExtractor extractor;
    const Extraction extraction = extractor.extract({text, QDate(2025, 3, 1), {}});
    QList<HighlightSpan> spans;
    for (const ExtractedStatement &statement : extraction.statements) {
        spans.append({statement.start, statement.end,
                      statement.kind == StatementKind::Direct ? HighlightSpan::Kind::DirectQuotation : HighlightSpan::Kind::ReportedSpeech, {}, {}});
        if (statement.speakerStart >= 0)
            spans.append({statement.speakerStart, statement.speakerEnd, HighlightSpan::Kind::Speaker, {}, {}});
    }
    for (const EntityMention &mention : extraction.mentions)
        spans.append({mention.start, mention.end, HighlightSpan::kindOf(mention.type), {}, {}});
    // An annotation on the first sentence and search hits for "ceasefire", as the reader paints them.
    const qsizetype firstStop = text.indexOf(u'.');
    if (firstStop > 0)
        spans.append({0, firstStop, HighlightSpan::Kind::Annotation, QColor(u"#1f77b4"_s), {}});
    for (qsizetype at = text.indexOf(u"ceasefire"_s); at >= 0; at = text.indexOf(u"ceasefire"_s, at + 1))
        spans.append({at, at + 9, HighlightSpan::Kind::SearchHit, {}, {}});
    return spans;
}

} // namespace

class HighlightingTest : public QObject
{
    Q_OBJECT

private:
    void compareWithReference(const QString &actual, const QString &referencePath)
    {
        if (qEnvironmentVariableIsSet("VERBATIM_UPDATE_REFERENCES")) {
            QVERIFY(VerbatimTest::writeFile(referencePath, actual.toUtf8()));
            qInfo("updated %s", qPrintable(referencePath));
            return;
        }
        const QByteArray reference = VerbatimTest::readAll(referencePath);
        QVERIFY2(!reference.isEmpty(), qPrintable(u"no reference at %1; create it with VERBATIM_UPDATE_REFERENCES=1"_s.arg(referencePath)));
        if (actual != QString::fromUtf8(reference)) {
            const QStringList got = actual.split(u'\n');
            const QStringList want = QString::fromUtf8(reference).split(u'\n');
            for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i) {
                if (got.value(i) != want.value(i))
                    QFAIL(qPrintable(u"%1, line %2\nexpected: %3\nactual:   %4"_s.arg(referencePath).arg(i + 1).arg(want.value(i), got.value(i))));
            }
        }
    }

    static KSyntaxHighlighting::Theme referenceTheme()
    {
        // A fixed theme, so that the references do not depend on the system's palette.
        return Highlighting::repository().theme(u"Breeze Light"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Highlighting::newsDefinition().isValid(), "the Verbatim News definition did not load from :/ksyntaxhighlighting");
        QVERIFY(referenceTheme().isValid());
    }

    void definition_hasTheFormatsThePainterUses()
    {
        QStringList names;
        for (const KSyntaxHighlighting::Format &format : Highlighting::newsDefinition().formats())
            names.append(format.name());
        for (const char *name : {"Quotation", "Nested Quotation", "Date Header", "Label", "Link", "Person", "Organisation", "Place", "Date",
                                 "Group", "Speaker", "Reported Speech"})
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);
    }

    void golden_data()
    {
        QTest::addColumn<QString>("input");
        QDirIterator it(VerbatimTest::testDataPath(u"highlighting"_s), {u"*.txt"_s}, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QFileInfo(path).completeBaseName())) << path;
        }
    }
    void golden()
    {
        QFETCH(QString, input);
        const QString text = QString::fromUtf8(VerbatimTest::readAll(input));
        QVERIFY(!text.isEmpty());
        const QString base = input.chopped(4);

        QTextDocument structure;
        structure.setPlainText(text);
        ArticleHighlighter structureHighlighter(&structure);
        structureHighlighter.setTheme(referenceTheme());
        compareWithReference(serialise(structure), base + u".structure.ref"_s);

        QTextDocument painted;
        painted.setPlainText(text);
        ArticleHighlighter paintedHighlighter(&painted);
        paintedHighlighter.setTheme(referenceTheme());
        paintedHighlighter.setSpans(extractedSpans(text));
        compareWithReference(serialise(painted), base + u".extracted.ref"_s);
    }

    void markup_isNeverInterpreted()
    {
        QTextDocument document;
        const QString text = u"<b>bold</b> &amp; <script>alert(1)</script>"_s;
        document.setPlainText(text);
        ArticleHighlighter highlighter(&document);
        QCOMPARE(document.toPlainText(), text);
    }

    void overlay_usesTheThemesColours()
    {
        // The same spans under a light and a dark theme take each theme's colour for "Person".
        const QString text = u"Anton Mirescu spoke."_s;
        auto personColour = [&](const KSyntaxHighlighting::Theme &theme) {
            QTextDocument document;
            document.setPlainText(text);
            ArticleHighlighter highlighter(&document);
            highlighter.setTheme(theme);
            highlighter.setSpans({{0, 13, HighlightSpan::Kind::Person, {}, {}}});
            const QList<QTextLayout::FormatRange> ranges = document.begin().layout()->formats();
            return ranges.isEmpty() ? QColor() : ranges.constFirst().format.foreground().color();
        };
        const QColor light = personColour(Highlighting::repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        const QColor dark = personColour(Highlighting::repository().defaultTheme(KSyntaxHighlighting::Repository::DarkTheme));
        QVERIFY(light.isValid());
        QVERIFY(dark.isValid());
        QVERIFY(light != dark);
        QVERIFY(dark.lightness() > light.lightness());
    }

    void annotation_showsItsFirstTagBehindAndItsLastTagUnder()
    {
        const QColor position(u"#1f77b4"_s);
        const QColor threat(u"#d62728"_s);
        auto formatOf = [&](const HighlightSpan &span) {
            QTextDocument document;
            document.setPlainText(u"We will not give up an inch."_s);
            ArticleHighlighter highlighter(&document);
            highlighter.setTheme(referenceTheme());
            highlighter.setSpans({span});
            const QList<QTextLayout::FormatRange> ranges = document.begin().layout()->formats();
            return ranges.isEmpty() ? QTextCharFormat() : ranges.constFirst().format;
        };
        const QTextCharFormat one = formatOf({0, 10, HighlightSpan::Kind::Annotation, position, {}});
        QCOMPARE(one.background().color().rgb(), position.rgb());
        QCOMPARE(one.underlineColor(), position);
        QCOMPARE(one.underlineStyle(), QTextCharFormat::SingleUnderline);
        const QTextCharFormat two = formatOf({0, 10, HighlightSpan::Kind::Annotation, position, threat});
        QCOMPARE(two.background().color().rgb(), position.rgb());
        QCOMPARE(two.underlineColor(), threat);
        QCOMPARE(two.underlineStyle(), QTextCharFormat::DashUnderline);
    }

    void spans_acrossBlocks_andOutOfRange_areSafe()
    {
        QTextDocument document;
        document.setPlainText(u"one\n\ntwo"_s);
        ArticleHighlighter highlighter(&document);
        highlighter.setTheme(referenceTheme());
        // A span over all three blocks, one past the end, and an empty one.
        highlighter.setSpans({{0, 8, HighlightSpan::Kind::ReportedSpeech, {}, {}}, {5, 500, HighlightSpan::Kind::Person, {}, {}}, {2, 2, HighlightSpan::Kind::Date, {}, {}}});
        const QString serialised = serialise(document);
        QCOMPARE(serialised, u"<Reported Speech>one</Reported Speech>\n\n<Reported Speech+Person>two</Reported Speech+Person>\n"_s);
    }
};

QTEST_MAIN(HighlightingTest)
#include "highlighting_test.moc"
