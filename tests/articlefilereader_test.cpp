#include "corpus/articletext.h"
#include "io/articlefilereader.h"
#include "testsupport.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Verbatim;
using namespace Qt::StringLiterals;

namespace {

QByteArray encoded(QStringConverter::Encoding encoding, const QString &text)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder(text);
}

QStringList idsOf(const QList<Article> &articles)
{
    QStringList ids;
    for (const Article &article : articles)
        ids.append(article.articleId);
    return ids;
}

QString describe(const QList<ImportMessage> &messages)
{
    QStringList lines;
    for (const ImportMessage &message : messages)
        lines.append(message.toString());
    return lines.join(u'\n');
}

// A short, invented article in the corpus format, used by several rows.
const char corpusArticle[] = " date 2025-02-09 Harbour workers in Portvale ended a two-day strike on Sunday. The union said wages "
                             "would rise by four percent.\n\nShipping lines expect the backlog to clear within a week.\n";
const char16_t corpusText[] = u"Harbour workers in Portvale ended a two-day strike on Sunday. The union said wages would rise by four "
                              u"percent.\n\nShipping lines expect the backlog to clear within a week.";
const char16_t corpusTitle[] = u"Harbour workers in Portvale ended a two-day strike on Sunday.";

} // namespace

class ArticleFileReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { VerbatimTest::enableTestMode(); }

    // --- Formats that import -------------------------------------------------------------------------------

    void readData_formats_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("ids");
        // The first article:
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("origin");

        const QString text = QString::fromUtf16(corpusText);
        const QString title = QString::fromUtf16(corpusTitle);
        const QDate feb9(2025, 2, 9);

        QTest::newRow("corpus format") << u"000_70271345e58e0fa7.txt"_s << QByteArray(corpusArticle) << QStringList{u"70271345e58e0fa7"_s}
                                       << feb9 << title << QString() << QString() << text << u"000_70271345e58e0fa7.txt"_s;
        // The id as the file gives it, so that it names the same file in every export.
        QTest::newRow("corpus format, upper-case hex in the name")
            << u"corpus/017_ABCDEF0123456789.txt"_s << QByteArray(corpusArticle) << QStringList{u"ABCDEF0123456789"_s} << feb9 << title
            << QString() << QString() << text << u"corpus/017_ABCDEF0123456789.txt"_s;
        QTest::newRow("corpus format, crlf line ends")
            << u"001_00000000000000aa.txt"_s << QByteArray(corpusArticle).replace("\n", "\r\n") << QStringList{u"00000000000000aa"_s}
            << feb9 << title << QString() << QString() << text << u"001_00000000000000aa.txt"_s;
        QTest::newRow("corpus format, name without an id")
            << u"harbour-strike.txt"_s << QByteArray(corpusArticle) << QStringList{ArticleText::derivedId(text)} << feb9 << title
            << QString() << QString() << text << u"harbour-strike.txt"_s;

        const QString council = u"The council approved the new budget on Tuesday. Debate lasted four hours.\n\nTwo members abstained."_s;
        QTest::newRow("plain text without header")
            << u"council.txt"_s
            << QByteArray("The council approved the new budget on Tuesday. Debate lasted four hours.\r\n\r\n\r\nTwo members abstained.\r\n")
            << QStringList{ArticleText::derivedId(council)} << QDate() << u"The council approved the new budget on Tuesday."_s << QString()
            << QString() << council << u"council.txt"_s;
        QTest::newRow(".text extension") << u"council.text"_s << council.toUtf8() << QStringList{ArticleText::derivedId(council)} << QDate()
                                         << u"The council approved the new budget on Tuesday."_s << QString() << QString() << council
                                         << u"council.text"_s;
        QTest::newRow("utf-8 with bom") << u"council.txt"_s << QByteArray("\xEF\xBB\xBF") + council.toUtf8()
                                        << QStringList{ArticleText::derivedId(council)} << QDate()
                                        << u"The council approved the new budget on Tuesday."_s << QString() << QString() << council
                                        << u"council.txt"_s;

        const QString zoe = u"Zoë Kovač-Đurić opened the bridge. Crowds watched."_s;
        QTest::newRow("utf-16le with bom") << u"002_0123456789abcdef.txt"_s
                                           << encoded(QStringConverter::Utf16LE, u" date 2024-05-01 "_s + zoe + u"\n"_s)
                                           << QStringList{u"0123456789abcdef"_s} << QDate(2024, 5, 1)
                                           << u"Zoë Kovač-Đurić opened the bridge."_s << QString() << QString() << zoe
                                           << u"002_0123456789abcdef.txt"_s;
        QTest::newRow("utf-16be with bom") << u"bridge.txt"_s << encoded(QStringConverter::Utf16BE, zoe + u"\r\n"_s)
                                           << QStringList{ArticleText::derivedId(zoe)} << QDate()
                                           << u"Zoë Kovač-Đurić opened the bridge."_s << QString() << QString() << zoe << u"bridge.txt"_s;

        QTest::newRow("json lines, every key")
            << u"feed.jsonl"_s
            << QByteArray(R"({"id": " vg-101 ", "date": "2024-05-01", "title": "  Bridge \n reopens ", "source": "Valley  Gazette",)"
                          R"( "url": " https://example.org/vg-101 ", "text": "The old bridge reopened.\n\nTraffic was light."})"
                          "\n")
            << QStringList{u"vg-101"_s} << QDate(2024, 5, 1) << u"Bridge reopens"_s << u"Valley Gazette"_s
            << u"https://example.org/vg-101"_s << u"The old bridge reopened.\n\nTraffic was light."_s << u"feed.jsonl:1"_s;
        QTest::newRow("json lines, article and date_iso")
            << u"feed.jsonl"_s
            << QByteArray(R"({"id": "a2", "date_iso": "2023-11-05T08:00:00Z", "article": "Snow closed the pass. It reopens Friday."})")
            << QStringList{u"a2"_s} << QDate(2023, 11, 5) << u"Snow closed the pass."_s << QString() << QString()
            << u"Snow closed the pass. It reopens Friday."_s << u"feed.jsonl:1"_s;
        QTest::newRow("json lines, body and published")
            << u"feed.jsonl"_s << QByteArray(R"({"id": "b3", "published": "Sep 30, 2022", "body": "Ferries ran late."})")
            << QStringList{u"b3"_s} << QDate(2022, 9, 30) << u"Ferries ran late."_s << QString() << QString() << u"Ferries ran late."_s
            << u"feed.jsonl:1"_s;
        QTest::newRow("json lines, content")
            << u"feed.jsonl"_s << QByteArray(R"({"id": "c4", "content": "A new library opened."})") << QStringList{u"c4"_s} << QDate()
            << u"A new library opened."_s << QString() << QString() << u"A new library opened."_s << u"feed.jsonl:1"_s;
        QTest::newRow("json lines, text wins over article")
            << u"feed.jsonl"_s << QByteArray(R"({"id": "c5", "article": "Second choice.", "text": "First choice."})")
            << QStringList{u"c5"_s} << QDate() << u"First choice."_s << QString() << QString() << u"First choice."_s << u"feed.jsonl:1"_s;
        QTest::newRow("json lines, numeric id")
            << u"feed.jsonl"_s << QByteArray(R"({"id": 4201777, "text": "Numbers as ids."})") << QStringList{u"4201777"_s} << QDate()
            << u"Numbers as ids."_s << QString() << QString() << u"Numbers as ids."_s << u"feed.jsonl:1"_s;
        QTest::newRow("json lines, unreadable date then date_iso")
            << u"feed.jsonl"_s << QByteArray(R"({"id": "d6", "date": "soon", "date_iso": "2021-01-02", "text": "Dated."})")
            << QStringList{u"d6"_s} << QDate(2021, 1, 2) << u"Dated."_s << QString() << QString() << u"Dated."_s << u"feed.jsonl:1"_s;
        QTest::newRow("json lines, no id derives one")
            << u"feed.jsonl"_s << QByteArray(R"({"text": "No id here."})") << QStringList{ArticleText::derivedId(u"No id here."_s)}
            << QDate() << u"No id here."_s << QString() << QString() << u"No id here."_s << u"feed.jsonl:1"_s;
        QTest::newRow("json lines, bom, crlf and blank lines")
            << u"feed.jsonl"_s << QByteArray("\xEF\xBB\xBF{\"id\": \"e1\", \"text\": \"One.\"}\r\n\r\n  \r\n{\"id\": \"e2\", \"text\": \"Two.\"}\r\n")
            << QStringList{u"e1"_s, u"e2"_s} << QDate() << u"One."_s << QString() << QString() << u"One."_s << u"feed.jsonl:1"_s;
        QTest::newRow(".ndjson") << u"feed.ndjson"_s << QByteArray("\n{\"id\": \"n1\", \"text\": \"Line two.\"}\n") << QStringList{u"n1"_s}
                                 << QDate() << u"Line two."_s << QString() << QString() << u"Line two."_s << u"feed.ndjson:2"_s;
        QTest::newRow(".json array")
            << u"digest.json"_s
            << QByteArray("[\n  {\"id\": \"j1\", \"date\": \"2020-07-14\", \"title\": \"First\", \"text\": \"First item.\"},\n"
                          "  {\"id\": \"j2\", \"text\": \"Second item.\"}\n]\n")
            << QStringList{u"j1"_s, u"j2"_s} << QDate(2020, 7, 14) << u"First"_s << QString() << QString() << u"First item."_s
            << u"digest.json#1"_s;
        QTest::newRow(".json holding json lines")
            << u"digest.json"_s << QByteArray("{\"id\": \"k1\", \"text\": \"K one.\"}\n{\"id\": \"k2\", \"text\": \"K two.\"}\n")
            << QStringList{u"k1"_s, u"k2"_s} << QDate() << u"K one."_s << QString() << QString() << u"K one."_s << u"digest.json:1"_s;

        QTest::newRow("csv with header")
            << u"wire.csv"_s
            << QByteArray("ID,Date,Title,Source,URL,Text\r\n"
                          "w1,2019-03-04,Dam inspected,River Post,https://example.org/w1,\"Engineers inspected the dam.\r\n\r\n"
                          "\"\"It is sound,\"\" one said.\"\r\n"
                          "w2,,,,,Short second row.\r\n")
            << QStringList{u"w1"_s, u"w2"_s} << QDate(2019, 3, 4) << u"Dam inspected"_s << u"River Post"_s << u"https://example.org/w1"_s
            << u"Engineers inspected the dam.\n\n\"It is sound,\" one said."_s << u"wire.csv:2"_s;
        QTest::newRow("csv, alternative column names")
            << u"wire.csv"_s << QByteArray(" published ,BODY,id\n\"30 September 2022\",\"Quiet day, few boats.\",z9\n")
            << QStringList{u"z9"_s} << QDate(2022, 9, 30) << u"Quiet day, few boats."_s << QString() << QString()
            << u"Quiet day, few boats."_s << u"wire.csv:2"_s;
        QTest::newRow("csv, content and date_iso, bom, blank line")
            << u"wire.csv"_s << QByteArray("\xEF\xBB\xBF" "Content,Date_ISO\n\nMarket reopened.,2018-06-01\n\n")
            << QStringList{ArticleText::derivedId(u"Market reopened."_s)} << QDate(2018, 6, 1) << u"Market reopened."_s << QString()
            << QString() << u"Market reopened."_s << u"wire.csv:3"_s;
        QTest::newRow("csv, article column, origin after a multi-line row")
            << u"wire.csv"_s << QByteArray("id,article\nm1,\"Line one\nline two\"\nm2,Third line.\n") << QStringList{u"m1"_s, u"m2"_s}
            << QDate() << u"Line one"_s << QString() << QString() << u"Line one\nline two"_s << u"wire.csv:2"_s;
    }
    void readData_formats()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, data);
        QFETCH(QStringList, ids);
        QFETCH(QDate, date);
        QFETCH(QString, title);
        QFETCH(QString, source);
        QFETCH(QString, url);
        QFETCH(QString, text);
        QFETCH(QString, origin);

        const ArticleFileReader::Result result = ArticleFileReader::readData(data, fileName);
        QVERIFY2(result.messages.isEmpty(), qPrintable(describe(result.messages)));
        QCOMPARE(idsOf(result.articles), ids);
        const Article &article = result.articles.constFirst();
        QCOMPARE(article.date, date);
        QCOMPARE(article.title, title);
        QCOMPARE(article.source, source);
        QCOMPARE(article.url, url);
        QCOMPARE(article.text, text);
        QCOMPARE(article.origin, origin);
    }

    // A title is one line of words: `verbatim search` prints it between tabs, and the article list in one row.
    void readData_title_collapsesWhitespaceRuns_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("title");
        QTest::newRow("corpus format, derived") << u"004_0000000000000bbb.txt"_s
                                                << QByteArray(" date 2025-02-09 Harbour\tworkers  in\t\tPortvale ended a strike. It ended.\n")
                                                << u"Harbour workers in Portvale ended a strike."_s;
        QTest::newRow("plain text, derived") << u"council.txt"_s << QByteArray("The\tcouncil approved\t the budget. Debate lasted.\n")
                                             << u"The council approved the budget."_s;
        QTest::newRow("json lines, derived") << u"feed.jsonl"_s << QByteArray(R"({"text": "Ferries\tran\t\tlate. Again."})")
                                             << u"Ferries ran late."_s;
        QTest::newRow("csv, derived") << u"wire.csv"_s << QByteArray("text\n\"Snow\tclosed the pass. It reopens.\"\n") << u"Snow closed the pass."_s;
        QTest::newRow("json lines, given") << u"feed.jsonl"_s << QByteArray(R"({"title": " Ferries\t\nlate\r\n", "text": "Ferries ran late."})")
                                           << u"Ferries late"_s;
    }
    void readData_title_collapsesWhitespaceRuns()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, data);
        QFETCH(QString, title);
        const ArticleFileReader::Result result = ArticleFileReader::readData(data, fileName);
        QVERIFY2(result.messages.isEmpty(), qPrintable(describe(result.messages)));
        QCOMPARE(result.articles.size(), 1);
        QCOMPARE(result.articles.constFirst().title, title);
    }

    void readData_corpusFormat_paragraphsSeparatedByOneBlankLine()
    {
        const QByteArray data = " date 2025-01-15 First paragraph here.\n\n\n\nSecond paragraph,\nwrapped.   \n\n Third, indented.\n";
        const ArticleFileReader::Result result = ArticleFileReader::readData(data, u"003_1111222233334444.txt"_s);
        QCOMPARE(result.articles.size(), 1);
        const QStringList paragraphs = result.articles.constFirst().text.split(u"\n\n"_s);
        QCOMPARE(paragraphs, (QStringList{u"First paragraph here."_s, u"Second paragraph,\nwrapped."_s, u" Third, indented."_s}));
        QVERIFY(!result.articles.constFirst().text.contains(u"date"_s));
    }

    void readData_csvSecondRowOrigin_isTheLineWhereTheRowStarts()
    {
        const QByteArray data = "id,article\nm1,\"Line one\nline two\"\nm2,Third line.\n";
        const ArticleFileReader::Result result = ArticleFileReader::readData(data, u"wire.csv"_s);
        QCOMPARE(result.articles.size(), 2);
        QCOMPARE(result.articles[1].origin, u"wire.csv:4"_s);
    }

    // --- Inputs that are refused or imported with a warning ------------------------------------------------

    void readData_badInput_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("articleCount");
        QTest::addColumn<bool>("skipped"); // Skipped, else Warning
        QTest::addColumn<int>("line");
        QTest::addColumn<QStringList>("phrases");

        QTest::newRow("empty file") << u"empty.txt"_s << QByteArray() << 0 << true << 0 << QStringList{u"the file is empty"_s};
        QTest::newRow("whitespace-only file") << u"blank.txt"_s << QByteArray(" \n\t\r\n  ") << 0 << true << 0
                                              << QStringList{u"the file is empty"_s};
        QTest::newRow("whitespace-only json lines") << u"blank.jsonl"_s << QByteArray("\n\n   \n") << 0 << true << 0
                                                    << QStringList{u"the file is empty"_s};
        QTest::newRow("whitespace-only csv") << u"blank.csv"_s << QByteArray("\r\n\r\n") << 0 << true << 0
                                             << QStringList{u"the file is empty"_s};
        QTest::newRow("binary text file") << u"scan.txt"_s << QByteArray("PK\x03\x04\0\0\x14\0abc", 11) << 0 << true << 0
                                          << QStringList{u"binary"_s, u"NUL bytes"_s};
        QTest::newRow("binary csv") << u"sheet.csv"_s << QByteArray("id,text\n1,\0x\n", 13) << 0 << true << 0
                                    << QStringList{u"binary"_s, u"NUL bytes"_s};
        QTest::newRow("invalid utf-8") << u"latin1.txt"_s << QByteArray("First line.\nCaf\xE9 au lait.\n") << 0 << true << 0
                                       << QStringList{u"not valid UTF-8"_s, u"0xE9"_s, u"line 2"_s, u"byte offset 15"_s};
        QTest::newRow("truncated utf-8 at the end") << u"cut.txt"_s << QByteArray("ok \xE2\x82") << 0 << true << 0
                                                    << QStringList{u"not valid UTF-8"_s, u"0xE2"_s, u"line 1"_s, u"byte offset 3"_s};
        QTest::newRow("overlong utf-8") << u"overlong.txt"_s << QByteArray("A\n\nB\xC0\xAF") << 0 << true << 0
                                        << QStringList{u"not valid UTF-8"_s, u"0xC0"_s, u"line 3"_s, u"byte offset 4"_s};
        QTest::newRow("utf-8 encoded surrogate") << u"surrogate.txt"_s << QByteArray("\xED\xA0\x80 text") << 0 << true << 0
                                                 << QStringList{u"not valid UTF-8"_s, u"0xED"_s, u"byte offset 0"_s};
        QTest::newRow("invalid utf-8 in a csv") << u"latin1.csv"_s << QByteArray("id,text\n1,Caf\xE9\n") << 0 << true << 0
                                                << QStringList{u"not valid UTF-8"_s, u"line 2"_s, u"byte offset 13"_s};
        QTest::newRow("invalid utf-8 on one json line")
            << u"feed.jsonl"_s << QByteArray("{\"text\": \"Fine.\"}\n{\"text\":\"Caf\xE9\"}\n") << 1 << true << 2
            << QStringList{u"not valid UTF-8"_s, u"0xE9"_s, u"column 13"_s};
        QTest::newRow("nul bytes on one json line") << u"feed.jsonl"_s << QByteArray("{\"text\": \"Fine.\"}\n{\"text\":\0}\n", 29) << 1
                                                    << true << 2 << QStringList{u"NUL bytes"_s};
        QTest::newRow("malformed json line")
            << u"feed.jsonl"_s << QByteArray("{\"text\": \"One.\"}\n{\"text\": \"Two.\",\n{\"text\": \"Three.\"}\n") << 2 << true << 2
            << QStringList{u"malformed JSON"_s, u"column"_s};
        QTest::newRow("json line is an array") << u"feed.jsonl"_s << QByteArray("[\"One.\", \"Two.\"]\n") << 0 << true << 1
                                               << QStringList{u"not a JSON object"_s};
        QTest::newRow("json object without text") << u"feed.jsonl"_s << QByteArray("{\"id\": \"t1\", \"title\": \"Only a title\"}\n") << 0
                                                  << true << 1 << QStringList{u"no article text"_s};
        QTest::newRow("json object with blank text") << u"feed.jsonl"_s << QByteArray("{\"id\": \"t1\", \"text\": \" \\n \"}\n") << 0
                                                     << true << 1 << QStringList{u"no article text"_s};
        QTest::newRow("json unreadable date") << u"feed.jsonl"_s << QByteArray("{\"text\": \"Body.\", \"date\": \"next Tuesday\"}\n") << 1
                                              << false << 1 << QStringList{u"\"next Tuesday\""_s, u"imported without a date"_s};
        QTest::newRow("json array item not an object") << u"digest.json"_s << QByteArray("[{\"text\": \"One.\"}, 7]") << 1 << true << 0
                                                       << QStringList{u"item 2"_s, u"not a JSON object"_s};
        QTest::newRow("json array item without text") << u"digest.json"_s << QByteArray("[{\"text\": \"One.\"}, {\"id\": \"x\"}]") << 1
                                                      << true << 0 << QStringList{u"item 2"_s, u"no article text"_s};
        QTest::newRow("malformed json array") << u"digest.json"_s << QByteArray("[\n{\"text\": \"One.\"},\n{\"text\": }\n]\n") << 0 << true
                                              << 3 << QStringList{u"malformed JSON"_s, u"nothing in this file was imported"_s};
        QTest::newRow("csv without text column") << u"wire.csv"_s << QByteArray("id,Title\n1,Hello\n") << 0 << true << 1
                                                 << QStringList{u"no text column"_s, u"found id, Title"_s};
        QTest::newRow("csv row with the wrong number of fields")
            << u"wire.csv"_s << QByteArray("id,text\n1,Row one.\n2,Row,two.\n3,Row three.\n") << 2 << true << 3
            << QStringList{u"3 fields"_s, u"header has 2"_s};
        QTest::newRow("csv unterminated quote") << u"wire.csv"_s << QByteArray("id,text\n1,Fine.\n2,\"Never closed\nat all\n") << 1
                                                << true << 3 << QStringList{u"never closed"_s, u"line 3"_s, u"not imported"_s};
        QTest::newRow("csv unterminated quote in the header") << u"wire.csv"_s << QByteArray("id,\"text\n1,x\n") << 0 << true << 0
                                                              << QStringList{u"never closed"_s, u"line 1"_s};
        QTest::newRow("csv row without text") << u"wire.csv"_s << QByteArray("id,text\n1,\n") << 0 << true << 2
                                              << QStringList{u"no article text"_s};
        QTest::newRow("csv unreadable date") << u"wire.csv"_s << QByteArray("id,date,text\n1,someday,Body.\n") << 1 << false << 2
                                             << QStringList{u"\"someday\""_s, u"imported without a date"_s};
        QTest::newRow("unsupported extension") << u"report.docx"_s << QByteArray("PK\x03\x04") << 0 << true << 0
                                               << QStringList{u"not a supported format"_s};
        QTest::newRow("no extension") << u"README"_s << QByteArray("Some text.") << 0 << true << 0
                                      << QStringList{u"not a supported format"_s};
        QTest::newRow("corpus format, only a date header")
            << u"000_0123456789abcdef.txt"_s << QByteArray(" date 2025-02-09 \n\n") << 0 << true << 0
            << QStringList{u"only a date header"_s};
        QTest::newRow("corpus format, only a date header without a line end")
            << u"000_0123456789abcdef.txt"_s << QByteArray(" date 2025-02-09") << 0 << true << 0
            << QStringList{u"only a date header"_s};
        QTest::newRow("corpus format, invalid calendar date")
            << u"000_0123456789abcdef.txt"_s << QByteArray(" date 2025-02-30 Text of the article.\n") << 1 << false << 1
            << QStringList{u"2025-02-30"_s, u"not a calendar date"_s};
    }
    void readData_badInput()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, data);
        QFETCH(int, articleCount);
        QFETCH(bool, skipped);
        QFETCH(int, line);
        QFETCH(QStringList, phrases);

        const ArticleFileReader::Result result = ArticleFileReader::readData(data, fileName);
        QCOMPARE(result.articles.size(), articleCount);
        QVERIFY2(result.messages.size() == 1, qPrintable(describe(result.messages)));
        const ImportMessage &message = result.messages.constFirst();
        QCOMPARE(message.file, fileName);
        QCOMPARE(message.line, line);
        QCOMPARE(message.severity, skipped ? ImportMessage::Severity::Skipped : ImportMessage::Severity::Warning);
        for (const QString &phrase : phrases)
            QVERIFY2(message.reason.contains(phrase), qPrintable(u"\""_s + phrase + u"\" not in: "_s + message.reason));
    }

    void readData_malformedJsonLine_skipsOnlyThatLine()
    {
        const QByteArray data = "{\"id\": \"l1\", \"text\": \"One.\"}\n"
                                "{\"id\": \"l2\", \"text\": \"Two.\"\n"
                                "{\"id\": \"l3\", \"text\": \"Three.\"}\n";
        const ArticleFileReader::Result result = ArticleFileReader::readData(data, u"feed.jsonl"_s);
        QCOMPARE(idsOf(result.articles), (QStringList{u"l1"_s, u"l3"_s}));
        QCOMPARE(result.articles[1].origin, u"feed.jsonl:3"_s);
        QCOMPARE(result.messages.size(), 1);
        QCOMPARE(result.messages[0].line, 2);
        QVERIFY(result.messages[0].reason.contains(u"malformed JSON"_s));
    }

    void readData_unreadableDate_importsWithoutDate()
    {
        const ArticleFileReader::Result result =
            ArticleFileReader::readData("{\"id\": \"u1\", \"date\": \"next Tuesday\", \"text\": \"Body.\"}\n", u"feed.jsonl"_s);
        QCOMPARE(result.articles.size(), 1);
        QVERIFY(!result.articles[0].date.isValid());
        QCOMPARE(result.articles[0].text, u"Body."_s);
        QCOMPARE(result.messages.size(), 1);
        QCOMPARE(result.messages[0].severity, ImportMessage::Severity::Warning);
    }

    void readData_invalidCalendarDateInHeader_importsWithoutDate()
    {
        const ArticleFileReader::Result result =
            ArticleFileReader::readData(" date 2025-02-30 Text of the article. More.\n", u"000_0123456789abcdef.txt"_s);
        QCOMPARE(result.articles.size(), 1);
        const Article &article = result.articles[0];
        QVERIFY(!article.date.isValid());
        QCOMPARE(article.articleId, u"0123456789abcdef"_s);
        QCOMPARE(article.text, u"Text of the article. More."_s);
        QCOMPARE(article.title, u"Text of the article."_s);
        QCOMPARE(result.messages.size(), 1);
        QCOMPARE(result.messages[0].severity, ImportMessage::Severity::Warning);
    }

    void readData_csvWrongFieldCount_keepsOtherRows()
    {
        const ArticleFileReader::Result result =
            ArticleFileReader::readData("id,text\nr1,Row one.\nr2,Row,two.\nr3,Row three.\n", u"wire.csv"_s);
        QCOMPARE(idsOf(result.articles), (QStringList{u"r1"_s, u"r3"_s}));
        QCOMPARE(result.articles[1].origin, u"wire.csv:4"_s);
    }

    void importMessage_toString_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whole file") << 0 << u"feed.jsonl: the file is empty"_s;
        QTest::newRow("one line") << 7 << u"feed.jsonl:7: the file is empty"_s;
    }
    void importMessage_toString()
    {
        QFETCH(int, line);
        QFETCH(QString, expected);
        const ImportMessage message{u"feed.jsonl"_s, line, u"the file is empty"_s, ImportMessage::Severity::Skipped};
        QCOMPARE(message.toString(), expected);
    }

    void isSupportedFileName_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("supported");
        QTest::newRow("txt") << u"a.txt"_s << true;
        QTest::newRow("upper-case TXT") << u"A.TXT"_s << true;
        QTest::newRow("text") << u"a.text"_s << true;
        QTest::newRow("jsonl") << u"a.jsonl"_s << true;
        QTest::newRow("ndjson") << u"a.ndjson"_s << true;
        QTest::newRow("json") << u"dir/a.json"_s << true;
        QTest::newRow("csv") << u"a.csv"_s << true;
        QTest::newRow("docx") << u"a.docx"_s << false;
        QTest::newRow("tsv") << u"a.tsv"_s << false;
        QTest::newRow("txt inside a longer suffix") << u"a.txt.gz"_s << false;
        QTest::newRow("no suffix") << u"README"_s << false;
    }
    void isSupportedFileName()
    {
        QFETCH(QString, fileName);
        QFETCH(bool, supported);
        QCOMPARE(ArticleFileReader::isSupportedFileName(fileName), supported);
    }

    // --- Files on disk --------------------------------------------------------------------------------------

    void readFile_readsTheFileAndNamesItsPath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"004_feedfacecafebeef.txt"_s);
        QVERIFY(VerbatimTest::writeFile(path, corpusArticle));
        const ArticleFileReader::Result result = ArticleFileReader::readFile(path);
        QVERIFY2(result.messages.isEmpty(), qPrintable(describe(result.messages)));
        QCOMPARE(result.articles.size(), 1);
        QCOMPARE(result.articles[0].articleId, u"feedfacecafebeef"_s);
        QCOMPARE(result.articles[0].origin, path);
        QCOMPARE(result.articles[0].date, QDate(2025, 2, 9));
    }

    void readFile_missingFile_reportsCannotBeOpened()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"gone.txt"_s);
        const ArticleFileReader::Result result = ArticleFileReader::readFile(path);
        QVERIFY(result.articles.isEmpty());
        QCOMPARE(result.messages.size(), 1);
        QCOMPARE(result.messages[0].file, path);
        QCOMPARE(result.messages[0].severity, ImportMessage::Severity::Skipped);
        QVERIFY(result.messages[0].reason.contains(u"cannot be opened"_s));
    }

    void readFile_fixtures_import()
    {
        const QString dir = VerbatimTest::testDataPath(u"import"_s);
        struct Expected {
            QString file;
            QStringList ids;
        };
        const QList<Expected> fixtures = {
            {u"000_5f1e2d3c4b5a6978.txt"_s, {u"5f1e2d3c4b5a6978"_s}},
            {u"feed.jsonl"_s, {u"pv-001"_s, u"pv-002"_s}},
            {u"wire.csv"_s, {u"w-10"_s, u"w-11"_s}},
        };
        for (const Expected &fixture : fixtures) {
            const ArticleFileReader::Result result = ArticleFileReader::readFile(dir + u'/' + fixture.file);
            QVERIFY2(result.messages.isEmpty(), qPrintable(describe(result.messages)));
            QCOMPARE(idsOf(result.articles), fixture.ids);
        }
    }

    void collectFiles_folder_recursesSortsAndSkipsHidden()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath(u"corpus"_s);
        for (const QString &relative : {u"b.txt"_s, u"a.jsonl"_s, u"sub/c.csv"_s, u"sub/deeper/d.json"_s, u"sub/deeper/e.ndjson"_s,
                                        u".hidden.txt"_s, u".git/f.txt"_s, u"sub/.cache/g.txt"_s, u"notes.docx"_s, u"sub/photo.png"_s})
            QVERIFY(VerbatimTest::writeFile(root + u'/' + relative, "Text."));

        QList<ImportMessage> messages;
        const QStringList files = ArticleFileReader::collectFiles({root}, &messages);
        const QStringList expected = {root + u"/a.jsonl"_s, root + u"/b.txt"_s, root + u"/sub/c.csv"_s, root + u"/sub/deeper/d.json"_s,
                                      root + u"/sub/deeper/e.ndjson"_s};
        QCOMPARE(files, expected);

        QStringList reported;
        for (const ImportMessage &message : std::as_const(messages)) {
            QCOMPARE(message.severity, ImportMessage::Severity::Skipped);
            QCOMPARE(message.line, 0);
            QVERIFY(message.reason.contains(u"not an article file"_s));
            reported.append(message.file);
        }
        reported.sort();
        QCOMPARE(reported, (QStringList{root + u"/notes.docx"_s, root + u"/sub/photo.png"_s}));

        // Repeatable: the same order every time.
        QList<ImportMessage> again;
        QCOMPARE(ArticleFileReader::collectFiles({root}, &again), expected);
    }

    void collectFiles_linkBackIntoTheFolder_isReportedAndNotFollowed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath(u"corpus"_s);
        QVERIFY(VerbatimTest::writeFile(root + u"/a.txt"_s, "A."));
        QVERIFY(VerbatimTest::writeFile(root + u"/sub/b.txt"_s, "B."));
        QVERIFY(QFile::link(u"."_s, root + u"/loop"_s));
        QVERIFY(QFile::link(u".."_s, root + u"/sub/up"_s));

        QList<ImportMessage> messages;
        const QStringList files = ArticleFileReader::collectFiles({root}, &messages);
        QCOMPARE(files, (QStringList{root + u"/a.txt"_s, root + u"/sub/b.txt"_s}));
        QStringList reported;
        for (const ImportMessage &message : std::as_const(messages)) {
            QCOMPARE(message.severity, ImportMessage::Severity::Skipped);
            QVERIFY2(message.reason.contains(u"a link that leads back into a folder being read"_s), qPrintable(message.toString()));
            reported.append(message.file);
        }
        reported.sort();
        QCOMPARE(reported, (QStringList{root + u"/loop"_s, root + u"/sub/up"_s}));
    }

    void collectFiles_missingPath_isReportedAndOthersKept()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString existing = dir.filePath(u"one.txt"_s);
        QVERIFY(VerbatimTest::writeFile(existing, "Text."));
        const QString missing = dir.filePath(u"nowhere/two.txt"_s);

        QList<ImportMessage> messages;
        const QStringList files = ArticleFileReader::collectFiles({missing, existing}, &messages);
        QCOMPARE(files, QStringList{existing});
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].file, missing);
        QCOMPARE(messages[0].severity, ImportMessage::Severity::Skipped);
        QVERIFY(messages[0].reason.contains(u"does not exist"_s));
    }

    void collectFiles_filesAndFolders_keepArgumentOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString single = dir.filePath(u"z-single.csv"_s);
        const QString folder = dir.filePath(u"folder"_s);
        QVERIFY(VerbatimTest::writeFile(single, "text\nx\n"));
        QVERIFY(VerbatimTest::writeFile(folder + u"/b.txt"_s, "B."));
        QVERIFY(VerbatimTest::writeFile(folder + u"/a.txt"_s, "A."));
        QList<ImportMessage> messages;
        const QStringList files = ArticleFileReader::collectFiles({single, folder}, &messages);
        QCOMPARE(files, (QStringList{single, folder + u"/a.txt"_s, folder + u"/b.txt"_s}));
        QVERIFY(messages.isEmpty());
    }

    void collectFiles_folderInsideHiddenFolder_isStillRead()
    {
        // The user chose this folder; that one of its parents is hidden (~/.local/share/...) must not hide its files.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath(u".local/share/news"_s);
        QVERIFY(VerbatimTest::writeFile(root + u"/a.txt"_s, "A."));
        QVERIFY(VerbatimTest::writeFile(root + u"/sub/b.csv"_s, "text\nB.\n"));
        QList<ImportMessage> messages;
        const QStringList files = ArticleFileReader::collectFiles({root}, &messages);
        QCOMPARE(files, (QStringList{root + u"/a.txt"_s, root + u"/sub/b.csv"_s}));
        QVERIFY(messages.isEmpty());
    }

    void collectFiles_folderWithoutArticles_isReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(VerbatimTest::writeFile(dir.filePath(u".hidden.txt"_s), "A."));
        QList<ImportMessage> messages;
        QCOMPARE(ArticleFileReader::collectFiles({dir.path()}, &messages), QStringList());
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].file, dir.path());
        QVERIFY2(messages[0].reason.startsWith(u"no article files in this folder"_s), qPrintable(messages[0].reason));
    }

    void collectFiles_relativeFolderWithDotDot_isRead()
    {
        // "verbatim import ../corpus": a folder named relative to the working folder, through "..", is not hidden.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(VerbatimTest::writeFile(dir.filePath(u"corpus/a.txt"_s), "A."));
        QVERIFY(QDir(dir.path()).mkpath(u"work"_s));
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.filePath(u"work"_s)));
        QList<ImportMessage> messages;
        const QStringList files = ArticleFileReader::collectFiles({u"../corpus"_s, u"../corpus/"_s}, &messages);
        QDir::setCurrent(previous);
        QCOMPARE(files, (QStringList{u"../corpus/a.txt"_s, u"../corpus/a.txt"_s}));
        QVERIFY(messages.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ArticleFileReaderTest)
#include "articlefilereader_test.moc"
