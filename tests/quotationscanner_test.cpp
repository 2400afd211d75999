// QuotationScanner: every common quotation style, nesting, apostrophes, and quotations over paragraphs.
#include "extract/quotationscanner.h"

#include <QTest>

using namespace Verbatim;
using namespace Qt::StringLiterals;

class QuotationScannerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // "depth:content" in order of opening marks

        QTest::newRow("curly") << u"He said \u201Cwe are ready\u201D today."_s << QStringList{u"0:we are ready"_s};
        QTest::newRow("straight") << u"He said \"we are ready\" today."_s << QStringList{u"0:we are ready"_s};
        QTest::newRow("guillemets") << u"Il a dit \u00AB nous sommes pr\u00EAts \u00BB hier."_s << QStringList{u"0:nous sommes pr\u00EAts"_s};
        QTest::newRow("german low") << u"Er sagte \u201Ewir sind bereit\u201C gestern."_s << QStringList{u"0:wir sind bereit"_s};
        QTest::newRow("german reversed guillemets") << u"Er sagte \u00BBwir sind bereit\u00AB gestern."_s << QStringList{u"0:wir sind bereit"_s};
        QTest::newRow("single curly") << u"She called it \u2018a pause\u2019 and left."_s << QStringList{u"0:a pause"_s};
        QTest::newRow("single straight") << u"She called it 'a pause' and left."_s << QStringList{u"0:a pause"_s};
        QTest::newRow("trailing comma dropped") << u"\u201CWe are ready,\u201D she said."_s << QStringList{u"0:We are ready"_s};
        QTest::newRow("nested single in double") << u"\u201CIf NATO says \u2018we are ready\u2019 \u2013 fine,\u201D he said."_s
                                                 << QStringList{u"0:If NATO says \u2018we are ready\u2019 \u2013 fine"_s, u"1:we are ready"_s};
        QTest::newRow("nested straight single in straight double") << u"\"My grandmother said 'never' to that,\" he said."_s
                                                                   << QStringList{u"0:My grandmother said 'never' to that"_s, u"1:never"_s};
        QTest::newRow("nested low single") << u"\u201EWir nennen das \u201Aeinen Plan\u2018, sagte er.\u201C"_s
                                           << QStringList{u"0:Wir nennen das \u201Aeinen Plan\u2018, sagte er."_s, u"1:einen Plan"_s};
        QTest::newRow("apostrophes") << u"Ukraine's grid, the '90s, rock 'n' roll and Kyiv\u2019s doesn't-quote O'Brien."_s << QStringList{};
        QTest::newRow("possessive plural then quote") << u"The leaders' aides said \"talks resume\" soon."_s
                                                      << QStringList{u"0:talks resume"_s};
        QTest::newRow("two quotations") << u"\u201COne,\u201D she said. \u201CTwo.\u201D"_s << QStringList{u"0:One"_s, u"0:Two."_s};
        QTest::newRow("continues when next paragraph opens with a mark")
            << u"\u201CFirst paragraph of the quotation.\n\n\u201CSecond paragraph, closed.\u201D Then prose."_s
            << QStringList{u"0:First paragraph of the quotation.\n\n\u201CSecond paragraph, closed."_s};
        QTest::newRow("continues when next paragraph closes an unopened quotation")
            << u"Quote: \"First part.\n\nSecond part closes it.\" Prose."_s << QStringList{u"0:First part.\n\nSecond part closes it."_s};
        QTest::newRow("ends with its paragraph otherwise") << u"He said \u201Cunclosed words here\n\nA new paragraph of prose."_s
                                                           << QStringList{u"0:unclosed words here"_s};
        QTest::newRow("unclosed at the end of the text") << u"Last words: \u201Cnever closed"_s << QStringList{u"0:never closed"_s};
        QTest::newRow("single quotes never run on") << u"It was 'open\n\nand this is prose."_s << QStringList{};
        QTest::newRow("empty quotation ignored") << u"He said \u201C\u201D and nothing."_s << QStringList{};
        QTest::newRow("emoji inside") << u"\u201CLess typing \U0001F54A\uFE0F\u201D she wrote."_s << QStringList{u"0:Less typing \U0001F54A\uFE0F"_s};
    }
    void scan()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList actual;
        for (const Quotation &quotation : QuotationScanner::scan(text)) {
            QVERIFY(quotation.contentStart >= 0 && quotation.contentEnd <= text.size() && quotation.contentStart < quotation.contentEnd);
            actual.append(u"%1:%2"_s.arg(quotation.depth).arg(text.sliced(quotation.contentStart, quotation.contentEnd - quotation.contentStart)));
        }
        QCOMPARE(actual, expected);
    }

    void scan_reportsMarksAndParagraphs()
    {
        const QString text = u"\u201CA.\n\n\u201CB.\u201D"_s;
        const QList<Quotation> quotations = QuotationScanner::scan(text);
        QCOMPARE(quotations.size(), 1);
        QCOMPARE(quotations[0].open, 0);
        QCOMPARE(quotations[0].close, text.size() - 1);
        QCOMPARE(quotations[0].paragraphs, 2);
        QCOMPARE(quotations[0].mark, QChar(0x201C));

        const QList<Quotation> unclosed = QuotationScanner::scan(u"\u201Copen"_s);
        QCOMPARE(unclosed.size(), 1);
        QCOMPARE(unclosed[0].close, -1);
    }

    void scan_survivesHostileInput()
    {
        // Only marks, marks at the edges, and a long run of alternating marks: no crash, spans inside the text.
        for (const QString &text : {u"\"\"\"\"\"\""_s, u"\u201C"_s, u"\u201D"_s, u"'"_s, u"\u00AB\u00BB\u00AB"_s,
                                    QString(u"\u201C\u2018\""_s).repeated(2000), u"\n\n\n\u201C\n\n"_s}) {
            for (const Quotation &quotation : QuotationScanner::scan(text)) {
                QVERIFY(quotation.contentStart >= 0);
                QVERIFY(quotation.contentEnd <= text.size());
                QVERIFY(quotation.contentStart <= quotation.contentEnd);
            }
        }
    }
};

QTEST_GUILESS_MAIN(QuotationScannerTest)
#include "quotationscanner_test.moc"
