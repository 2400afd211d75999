#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "testsupport.h"

#include <QBuffer>
#include <QTest>

using namespace Verbatim;
using namespace Qt::StringLiterals;

namespace {

// Every record of `text`, or the records read before an error (which the caller checks on its own).
QList<QStringList> readAllRecords(QStringView text, QString *error = nullptr)
{
    CsvReader reader(text);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(fields))
        records.append(fields);
    if (error)
        *error = reader.errorString();
    return records;
}

} // namespace

class CsvTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- CsvWriter -------------------------------------------------------------------------------------------

    void escape_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"ceasefire"_s << u"ceasefire"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("inner space") << u"two words"_s << u"two words"_s;
        QTest::newRow("leading space not quoted") << u" padded"_s << u" padded"_s;
        QTest::newRow("comma") << u"Kovač, Ana"_s << u"\"Kovač, Ana\""_s;
        QTest::newRow("quote doubled") << u"say \"no\""_s << u"\"say \"\"no\"\"\""_s;
        QTest::newRow("only a quote") << u"\""_s << u"\"\"\"\""_s;
        QTest::newRow("lf") << u"line one\nline two"_s << u"\"line one\nline two\""_s;
        QTest::newRow("crlf") << u"line one\r\nline two"_s << u"\"line one\r\nline two\""_s;
        QTest::newRow("bare cr") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("unicode untouched") << u"Zoë “quoted” 😀"_s << u"Zoë “quoted” 😀"_s;
        QTest::newRow("apostrophe inside untouched") << u"Zelenskyy's"_s << u"Zelenskyy's"_s;
        // So that one leading apostrophe always comes off: a genuine one is told apart from the prefix.
        QTest::newRow("apostrophe first") << u"'Tis the season"_s << u"''Tis the season"_s;
        QTest::newRow("only an apostrophe") << u"'"_s << u"''"_s;
        QTest::newRow("apostrophe before a formula") << u"'=A1"_s << u"''=A1"_s;
        QTest::newRow("formula =") << u"=SUM(A1:A2)"_s << u"'=SUM(A1:A2)"_s;
        QTest::newRow("formula +") << u"+31 20 555"_s << u"'+31 20 555"_s;
        QTest::newRow("formula -") << u"-40 degrees"_s << u"'-40 degrees"_s;
        QTest::newRow("formula @") << u"@handle"_s << u"'@handle"_s;
        QTest::newRow("formula tab") << u"\tindented"_s << u"'\tindented"_s;
        QTest::newRow("formula cr, then quoted") << u"\rx"_s << u"\"'\rx\""_s;
        QTest::newRow("formula with comma, prefixed then quoted") << u"=A1,B1"_s << u"\"'=A1,B1\""_s;
        QTest::newRow("formula with quote") << u"=\"x\""_s << u"\"'=\"\"x\"\"\""_s;
        QTest::newRow("= inside not prefixed") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("- inside not prefixed") << u"30-day"_s << u"30-day"_s;
    }
    void escape()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::escape(field), expected);
    }

    void writeRecord_joinsFieldsWithCommasAndEndsWithCrlf()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        writer.writeRecord(QStringList{u"id"_s, u"text"_s, u"note"_s});
        writer.writeRecord(QStringList{u"1"_s, u"Hello, world"_s, QString()});
        writer.writeRecord(QStringList{u"2"_s, u"two\nlines"_s, u"=1+1"_s});
        QVERIFY(!writer.hasError());
        QCOMPARE(buffer.data(), QByteArray("id,text,note\r\n"
                                           "1,\"Hello, world\",\r\n"
                                           "2,\"two\nlines\",'=1+1\r\n"));
    }

    void writeRecord_writesUtf8WithoutBom()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        writer.writeRecord(QStringList{u"Zoë"_s, u"\U0001F54A"_s});
        QCOMPARE(buffer.data(), QByteArray("Zo\xC3\xAB,\xF0\x9F\x95\x8A\r\n"));
    }

    void writeRecord_numericOverload_neverPrefixesNumbers()
    {
        // The header promises that cells written through this overload are never prefixed: a negative number
        // must stay a number for the spreadsheet.
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        writer.writeRecordAsIs({u"12", u"-5", u"+3", u"0.25"});
        QCOMPARE(buffer.data(), QByteArray("12,-5,+3,0.25\r\n"));
    }

    void writeRecord_numericOverload_writesPlainCells()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        writer.writeRecordAsIs({u"7", u"1042", u"1077"});
        QCOMPARE(buffer.data(), QByteArray("7,1042,1077\r\n"));
    }

    void writeRecord_onReadOnlyDevice_setsError()
    {
        QByteArray data;
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvWriter writer(&buffer);
        QVERIFY(!writer.hasError());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"QIODevice::write.*"_s));
        writer.writeRecord(QStringList{u"a"_s});
        QVERIFY(writer.hasError());
        QVERIFY(data.isEmpty());
    }

    // --- CsvReader -------------------------------------------------------------------------------------------

    void readRecord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("expected");
        using Records = QList<QStringList>;
        QTest::newRow("lf records") << u"a,b\nc,d\n"_s << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
        QTest::newRow("crlf records") << u"a,b\r\nc,d\r\n"_s << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
        QTest::newRow("mixed line ends") << u"a\r\nb\nc"_s << Records{{u"a"_s}, {u"b"_s}, {u"c"_s}};
        QTest::newRow("no final line end") << u"a,b\nc,d"_s << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
        QTest::newRow("empty fields") << u",,\n"_s << Records{{QString(), QString(), QString()}};
        QTest::newRow("trailing comma adds a field") << u"a,\n"_s << Records{{u"a"_s, QString()}};
        QTest::newRow("quoted comma") << u"\"Kovač, Ana\",x\n"_s << Records{{u"Kovač, Ana"_s, u"x"_s}};
        QTest::newRow("doubled quotes") << u"\"say \"\"no\"\"\",x\n"_s << Records{{u"say \"no\""_s, u"x"_s}};
        QTest::newRow("empty quoted field") << u"\"\",x\n"_s << Records{{QString(), u"x"_s}};
        QTest::newRow("quoted lf") << u"\"one\ntwo\",x\ny,z\n"_s << Records{{u"one\ntwo"_s, u"x"_s}, {u"y"_s, u"z"_s}};
        QTest::newRow("quoted crlf kept") << u"\"one\r\ntwo\",x\r\n"_s << Records{{u"one\r\ntwo"_s, u"x"_s}};
        QTest::newRow("quoted blank line") << u"\"p1\n\np2\"\n"_s << Records{{u"p1\n\np2"_s}};
        QTest::newRow("bom skipped") << u"\uFEFFid,text\n1,x\n"_s << Records{{u"id"_s, u"text"_s}, {u"1"_s, u"x"_s}};
        QTest::newRow("lone quote in unquoted field kept") << u"a 5\" screen,b\n"_s << Records{{u"a 5\" screen"_s, u"b"_s}};
        QTest::newRow("text after closing quote kept") << u"\"quoted\" tail,b\n"_s << Records{{u"quoted tail"_s, u"b"_s}};
        QTest::newRow("blank line is one empty field") << u"a\n\nb\n"_s << Records{{u"a"_s}, {QString()}, {u"b"_s}};
        QTest::newRow("unicode and emoji") << u"Đurić,🎉\U0001F6A2\n"_s << Records{{u"Đurić"_s, u"🎉\U0001F6A2"_s}};
        QTest::newRow("apostrophe prefix kept") << u"'=SUM(A1)\n"_s << Records{{u"'=SUM(A1)"_s}};
        QTest::newRow("empty text") << QString() << Records{};
    }
    void readRecord()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, expected);
        QString error;
        const QList<QStringList> records = readAllRecords(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records, expected);
    }

    void readRecord_atEndAfterLastRecord()
    {
        CsvReader reader(u"a,b\r\n"_s);
        QVERIFY(!reader.atEnd());
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QVERIFY(reader.atEnd());
        QVERIFY(!reader.readRecord(fields));
        QVERIFY(fields.isEmpty());
        QVERIFY(reader.errorString().isEmpty());
    }

    void recordLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("one line each") << u"a\nb\nc\n"_s << QList<int>{1, 2, 3};
        QTest::newRow("crlf") << u"a\r\nb\r\nc\r\n"_s << QList<int>{1, 2, 3};
        QTest::newRow("multi-line quoted field") << u"id,text\n1,\"one\ntwo\nthree\"\n2,x\n"_s << QList<int>{1, 2, 5};
        QTest::newRow("multi-line quoted crlf") << u"h\r\n\"a\r\nb\"\r\nc\r\n"_s << QList<int>{1, 2, 4};
        QTest::newRow("blank line counted") << u"a\n\nb\n"_s << QList<int>{1, 2, 3};
    }
    void recordLine()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, lines);
        CsvReader reader(text);
        QStringList fields;
        QList<int> actual;
        while (reader.readRecord(fields))
            actual.append(reader.recordLine());
        QVERIFY(reader.errorString().isEmpty());
        QCOMPARE(actual, lines);
    }

    void readRecord_unterminatedQuote_isErrorNamingTheLine()
    {
        const QString text = u"id,text\n1,fine\n2,\"never\nclosed, at all\n"_s;
        CsvReader reader(text);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QVERIFY(reader.readRecord(fields));
        QCOMPARE(fields, (QStringList{u"1"_s, u"fine"_s}));
        QVERIFY(!reader.readRecord(fields));
        QCOMPARE(reader.recordLine(), 3);
        const QString error = reader.errorString();
        QVERIFY2(error.contains(u"never closed"_s), qPrintable(error));
        QVERIFY2(error.contains(u"line 3"_s), qPrintable(error));
        // The reader stays stopped.
        QVERIFY(!reader.readRecord(fields));
        QCOMPARE(reader.errorString(), error);
    }

    void readRecord_unterminatedQuoteOnFirstLine_isError()
    {
        CsvReader reader(u"\"abc"_s);
        QStringList fields;
        QVERIFY(!reader.readRecord(fields));
        QVERIFY(reader.errorString().contains(u"line 1"_s));
    }

    // --- Both ------------------------------------------------------------------------------------------------

    void roundTrip_awkwardValuesComeBackExactly()
    {
        const QList<QStringList> written = {
            {u"id"_s, u"text"_s, u"note"_s},
            {u"1"_s, u"Zoë Kovač-Đurić said “yes”."_s, u"emoji 😀🕊\uFE0F"_s},
            {u"2"_s, u"one, two, three"_s, u"He said \"enough\"."_s},
            {u"3"_s, u"first line\nsecond line\r\nthird line"_s, u"\"quoted\""_s},
            {u"4"_s, u"=HYPERLINK(\"x\")"_s, u"-minus"_s},
            {u"5"_s, u"+plus"_s, u"@at"_s},
            {u"6"_s, QString(), u","_s},
            {u"7"_s, u"'Tis the season"_s, u"''"_s},
        };
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        for (const QStringList &record : written)
            writer.writeRecord(record);
        QVERIFY(!writer.hasError());

        const QString text = QString::fromUtf8(buffer.data());
        QString error;
        const QList<QStringList> read = readAllRecords(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Cells a spreadsheet would run as formulas, and cells that begin with an apostrophe, come back with the
        // apostrophe the writer added; nothing else changes.
        QList<QStringList> expected = written;
        expected[4] = {u"4"_s, u"'=HYPERLINK(\"x\")"_s, u"'-minus"_s};
        expected[5] = {u"5"_s, u"'+plus"_s, u"'@at"_s};
        expected[7] = {u"7"_s, u"''Tis the season"_s, u"'''"_s};
        QCOMPARE(read, expected);
        // Taking one leading apostrophe off every cell that has one gives back what was written.
        QList<QStringList> unescaped = read;
        for (QStringList &record : unescaped) {
            for (QString &cell : record)
                cell = VerbatimTest::unescapedCell(cell);
        }
        QCOMPARE(unescaped, written);
        // The importer's rule gives back the same, and leaves a leading apostrophe another program wrote alone.
        for (qsizetype r = 0; r < read.size(); ++r) {
            for (qsizetype c = 0; c < read[r].size(); ++c)
                QCOMPARE(CsvWriter::unescaped(read[r][c]), written[r][c]);
        }
        QCOMPARE(CsvWriter::unescaped(u"'Tis the season"_s), u"'Tis the season"_s);
        QCOMPARE(CsvWriter::unescaped(u"'"_s), u"'"_s);
    }

    void roundTrip_recordLinesFollowEmbeddedNewlines()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        writer.writeRecord(QStringList{u"a"_s});
        writer.writeRecord(QStringList{u"b\nc\nd"_s});
        writer.writeRecord(QStringList{u"e"_s});
        CsvReader reader(QString::fromUtf8(buffer.data()));
        QStringList fields;
        QList<int> lines;
        while (reader.readRecord(fields))
            lines.append(reader.recordLine());
        QCOMPARE(lines, (QList<int>{1, 2, 5}));
    }
};

QTEST_GUILESS_MAIN(CsvTest)
#include "csv_test.moc"
