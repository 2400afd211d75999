#include "corpus/articledate.h"
#include "corpus/articletext.h"
#include "corpus/textoffsets.h"

#include <QTest>

using namespace Verbatim;
using namespace Qt::StringLiterals;

class ArticleTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("already normal") << u"One.\n\nTwo."_s << u"One.\n\nTwo."_s;
        QTest::newRow("crlf") << u"One.\r\n\r\nTwo.\r\n"_s << u"One.\n\nTwo."_s;
        QTest::newRow("bare cr") << u"One.\r\rTwo."_s << u"One.\n\nTwo."_s;
        QTest::newRow("bom and outer space") << u"\uFEFF  One.  \n\n"_s << u"One."_s;
        QTest::newRow("runs of blank lines") << u"One.\n\n\n\n\nTwo."_s << u"One.\n\nTwo."_s;
        QTest::newRow("blank lines with spaces") << u"One.\n \t \n\nTwo."_s << u"One.\n\nTwo."_s;
        QTest::newRow("single line break kept") << u"One,\ncontinued."_s << u"One,\ncontinued."_s;
        QTest::newRow("trailing spaces on lines") << u"One.   \nTwo.\t"_s << u"One.\nTwo."_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only whitespace") << u" \n\n \t"_s << QString();
    }
    void normalise()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ArticleText::normalise(input), expected);
    }

    void leadSentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first sentence") << u"Talks resumed. Both sides met."_s << u"Talks resumed."_s;
        QTest::newRow("first paragraph only") << u"A headline without a stop\n\nBody."_s << u"A headline without a stop"_s;
        const QString longText = QString(u"word "_s).repeated(80);
        QTest::newRow("cut at a word") << longText << QString(QString(u"word "_s).repeated(39) + u"word\u2026"_s);
    }
    void leadSentence()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ArticleText::leadSentence(text), expected);
    }

    void derivedId_isStableAndDistinct()
    {
        const QString a = ArticleText::derivedId(u"Some article text."_s);
        QCOMPARE(a.size(), 16);
        QCOMPARE(a, ArticleText::derivedId(u"Some article text."_s));
        QVERIFY(a != ArticleText::derivedId(u"Some other article text."_s));
        for (const QChar c : a)
            QVERIFY(c.isDigit() || (c >= u'a' && c <= u'f'));
    }

    void textOffsets_bmpIsIdentity()
    {
        const TextOffsets offsets(u"Zoë Kovač-Đurić said “yes”."_s);
        QVERIFY(offsets.isIdentity());
        QCOMPARE(offsets.toCodePoint(10), 10);
        QCOMPARE(offsets.toUtf16(10), 10);
    }

    void textOffsets_astral()
    {
        // "a😀b🕊️c": 😀 and 🕊 are two UTF-16 units each.
        const QString text = u"a\U0001F600b\U0001F54A\uFE0Fc"_s;
        const TextOffsets offsets(text);
        QVERIFY(!offsets.isIdentity());
        QCOMPARE(text.size(), 8);
        QCOMPARE(offsets.toCodePoint(0), 0);
        QCOMPARE(offsets.toCodePoint(1), 1); // before 😀
        QCOMPARE(offsets.toCodePoint(3), 2); // b
        QCOMPARE(offsets.toCodePoint(4), 3); // before 🕊
        QCOMPARE(offsets.toCodePoint(6), 4); // variation selector
        QCOMPARE(offsets.toCodePoint(8), 6); // end
        for (qsizetype cp = 0; cp <= 6; ++cp)
            QCOMPARE(offsets.toCodePoint(offsets.toUtf16(cp)), cp);
        QCOMPARE(text.toUcs4().size(), 6);
    }

    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("iso") << u"2022-09-30"_s << QDate(2022, 9, 30);
        QTest::newRow("iso with time") << u"2022-09-30T14:05:00Z"_s << QDate(2022, 9, 30);
        QTest::newRow("us long") << u"September 30, 2022"_s << QDate(2022, 9, 30);
        QTest::newRow("us short") << u"Sep 30, 2022"_s << QDate(2022, 9, 30);
        QTest::newRow("sept.") << u"Sept. 30, 2022"_s << QDate(2022, 9, 30);
        QTest::newRow("day month year") << u"30 September 2022"_s << QDate(2022, 9, 30);
        QTest::newRow("rfc 2822") << u"Fri, 30 Sep 2022 12:00:00 +0000"_s << QDate(2022, 9, 30);
        QTest::newRow("slashes") << u"2022/09/30"_s << QDate(2022, 9, 30);
        QTest::newRow("padded") << u"  2022-09-30 "_s << QDate(2022, 9, 30);
        QTest::newRow("not a date") << u"yesterday"_s << QDate();
        QTest::newRow("impossible") << u"2022-02-30"_s << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(parseArticleDate(text), expected);
    }
};

QTEST_GUILESS_MAIN(ArticleTextTest)
#include "articletext_test.moc"
