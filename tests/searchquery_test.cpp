#include "search/searchquery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Verbatim;
using namespace Qt::StringLiterals;

namespace {

const QString connectionName = u"searchquery_test"_s;

// Whether SQLite accepts `expression` as an FTS5 query.
bool isValidFts5(const QString &expression)
{
    QSqlQuery query(QSqlDatabase::database(connectionName));
    if (!query.prepare(u"SELECT count(*) FROM t WHERE t MATCH ?"_s))
        return false;
    query.addBindValue(expression);
    return query.exec() && query.next();
}

} // namespace

class SearchQueryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(u"CREATE VIRTUAL TABLE t USING fts5(text)"_s), qPrintable(query.lastError().text()));
        // Invented sentences; the row ids are what the match checks compare.
        const QStringList rows = {
            u"Ceasefire talks resumed in Geneva on Monday."_s, // 1
            u"Negotiations stalled after the talks collapsed."_s, // 2
            u"The truce held for a 30-day period, officials said."_s, // 3
            u"Zelenskyy's office welcomed the ceasefire."_s, // 4
            u"Talks about a ceasefire continue."_s, // 5
            u"War and peace were discussed; the negotiator left early."_s, // 6
        };
        QVERIFY(query.prepare(u"INSERT INTO t (rowid, text) VALUES (?, ?)"_s));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            query.addBindValue(i + 1);
            query.addBindValue(rows[i]);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
    }

    void cleanupTestCase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("terms");

        QTest::newRow("one word") << u"ceasefire"_s << u"\"ceasefire\""_s << QStringList{u"ceasefire"_s};
        QTest::newRow("two words") << u"ceasefire talks"_s << u"\"ceasefire\" \"talks\""_s << QStringList{u"ceasefire"_s, u"talks"_s};
        QTest::newRow("extra whitespace") << u"  ceasefire \t talks\n "_s << u"\"ceasefire\" \"talks\""_s
                                          << QStringList{u"ceasefire"_s, u"talks"_s};
        QTest::newRow("quoted phrase") << u"\"ceasefire talks\""_s << u"\"ceasefire talks\""_s << QStringList{u"ceasefire talks"_s};
        QTest::newRow("phrase trimmed") << u"\"  ceasefire talks \""_s << u"\"ceasefire talks\""_s << QStringList{u"ceasefire talks"_s};
        QTest::newRow("phrase and word") << u"\"peace deal\" Geneva"_s << u"\"peace deal\" \"Geneva\""_s
                                         << QStringList{u"peace deal"_s, u"Geneva"_s};
        QTest::newRow("curly quoted phrase") << u"\u201Cpeace deal\u201D"_s << u"\"peace deal\""_s << QStringList{u"peace deal"_s};
        QTest::newRow("curly open, straight close") << u"\u201Cpeace deal\""_s << u"\"peace deal\""_s << QStringList{u"peace deal"_s};
        QTest::newRow("unclosed quote runs to the end") << u"talks \"peace deal"_s << u"\"talks\" \"peace deal\""_s
                                                        << QStringList{u"talks"_s, u"peace deal"_s};
        QTest::newRow("empty quotes dropped") << u"\"\" talks \"  \""_s << u"\"talks\""_s << QStringList{u"talks"_s};
        QTest::newRow("operator inside a phrase is text") << u"\"war OR peace\""_s << u"\"war OR peace\""_s
                                                          << QStringList{u"war OR peace"_s};
        QTest::newRow("prefix") << u"negotiat*"_s << u"\"negotiat\"*"_s << QStringList{u"negotiat*"_s};
        QTest::newRow("several stars, one prefix") << u"negotiat***"_s << u"\"negotiat\"*"_s << QStringList{u"negotiat*"_s};
        QTest::newRow("lone star dropped") << u"* talks **"_s << u"\"talks\""_s << QStringList{u"talks"_s};
        QTest::newRow("star inside a word is text") << u"a*b"_s << u"\"a*b\""_s << QStringList{u"a*b"_s};
        QTest::newRow("AND") << u"ceasefire AND talks"_s << u"\"ceasefire\" AND \"talks\""_s << QStringList{u"ceasefire"_s, u"talks"_s};
        QTest::newRow("OR") << u"truce OR ceasefire"_s << u"\"truce\" OR \"ceasefire\""_s << QStringList{u"truce"_s, u"ceasefire"_s};
        QTest::newRow("NOT") << u"ceasefire NOT talks"_s << u"\"ceasefire\" NOT \"talks\""_s << QStringList{u"ceasefire"_s, u"talks"_s};
        QTest::newRow("lower-case and is a word") << u"war and peace"_s << u"\"war\" \"and\" \"peace\""_s
                                                  << QStringList{u"war"_s, u"and"_s, u"peace"_s};
        QTest::newRow("operator with a prefix") << u"negotiat* OR truce"_s << u"\"negotiat\"* OR \"truce\""_s
                                                << QStringList{u"negotiat*"_s, u"truce"_s};
        QTest::newRow("leading AND dropped") << u"AND talks"_s << u"\"talks\""_s << QStringList{u"talks"_s};
        // Searching for the word would find the very articles the user wants left out: nothing is searched.
        QTest::newRow("leading NOT searches nothing") << u"NOT talks"_s << QString() << QStringList();
        QTest::newRow("NOT first in brackets searches nothing") << u"ceasefire AND (NOT talks)"_s << QString() << QStringList();
        QTest::newRow("minus excludes a word") << u"ceasefire -talks"_s << u"\"ceasefire\" NOT \"talks\""_s
                                               << QStringList{u"ceasefire"_s, u"talks"_s};
        QTest::newRow("minus alone searches nothing") << u"-talks"_s << QString() << QStringList();
        QTest::newRow("minus before a number excludes it") << u"ceasefire -2024"_s << u"\"ceasefire\" NOT \"2024\""_s
                                                           << QStringList{u"ceasefire"_s, u"2024"_s};
        QTest::newRow("minus before a phrase") << u"ceasefire -\"grain exports\""_s << u"\"ceasefire\" NOT \"grain exports\""_s
                                               << QStringList{u"ceasefire"_s, u"grain exports"_s};
        QTest::newRow("minus before a group") << u"ceasefire -(grain OR wheat)"_s << u"\"ceasefire\" NOT ( \"grain\" OR \"wheat\" )"_s
                                              << QStringList{u"ceasefire"_s, u"grain"_s, u"wheat"_s};
        QTest::newRow("a term after an excluded one is ANDed") << u"ceasefire -grain wheat"_s
                                                              << u"\"ceasefire\" NOT \"grain\" AND \"wheat\""_s
                                                              << QStringList{u"ceasefire"_s, u"grain"_s, u"wheat"_s};
        QTest::newRow("empty NOT in brackets is dropped") << u"ceasefire (NOT) wheat"_s << u"\"ceasefire\" \"wheat\""_s
                                                          << QStringList{u"ceasefire"_s, u"wheat"_s};
        QTest::newRow("trailing OR dropped") << u"talks OR"_s << u"\"talks\""_s << QStringList{u"talks"_s};
        QTest::newRow("double operator, first dropped") << u"talks AND OR truce"_s << u"\"talks\" OR \"truce\""_s
                                                        << QStringList{u"talks"_s, u"truce"_s};
        QTest::newRow("operators around everything") << u"OR talks NOT NOT AND"_s << u"\"talks\""_s << QStringList{u"talks"_s};
        QTest::newRow("only operators") << u"AND OR NOT"_s << QString() << QStringList();
        QTest::newRow("balanced parentheses kept") << u"(talks OR truce) AND ceasefire"_s
                                                   << u"( \"talks\" OR \"truce\" ) AND \"ceasefire\""_s
                                                   << QStringList{u"talks"_s, u"truce"_s, u"ceasefire"_s};
        QTest::newRow("nested parentheses") << u"((talks OR truce) AND ceasefire)"_s
                                            << u"( ( \"talks\" OR \"truce\" ) AND \"ceasefire\" )"_s
                                            << QStringList{u"talks"_s, u"truce"_s, u"ceasefire"_s};
        QTest::newRow("unbalanced open dropped") << u"(talks OR truce"_s << u"\"talks\" OR \"truce\""_s
                                                 << QStringList{u"talks"_s, u"truce"_s};
        QTest::newRow("unbalanced close dropped") << u"talks OR truce)"_s << u"\"talks\" OR \"truce\""_s
                                                  << QStringList{u"talks"_s, u"truce"_s};
        QTest::newRow("close before open dropped") << u")talks OR truce("_s << u"\"talks\" OR \"truce\""_s
                                                   << QStringList{u"talks"_s, u"truce"_s};
        QTest::newRow("() dropped") << u"talks () OR truce"_s << u"\"talks\" OR \"truce\""_s << QStringList{u"talks"_s, u"truce"_s};
        QTest::newRow("only ()") << u"()"_s << QString() << QStringList();
        QTest::newRow("operators at the edges of parentheses dropped")
            << u"(OR talks AND) OR truce"_s << u"( \"talks\" ) OR \"truce\""_s << QStringList{u"talks"_s, u"truce"_s};
        QTest::newRow("parentheses holding only an operator") << u"talks OR (AND)"_s << u"\"talks\""_s << QStringList{u"talks"_s};
        QTest::newRow("parenthesis inside a phrase is text") << u"\"(talks)\""_s << u"\"(talks)\""_s << QStringList{u"(talks)"_s};
        QTest::newRow("apostrophe quoted") << u"Zelenskyy's"_s << u"\"Zelenskyy's\""_s << QStringList{u"Zelenskyy's"_s};
        QTest::newRow("curly apostrophe quoted") << u"Zelenskyy\u2019s"_s << u"\"Zelenskyy\u2019s\""_s
                                                 << QStringList{u"Zelenskyy\u2019s"_s};
        QTest::newRow("hyphen quoted") << u"30-day"_s << u"\"30-day\""_s << QStringList{u"30-day"_s};
        QTest::newRow("fts5 column filter quoted") << u"text:ceasefire"_s << u"\"text:ceasefire\""_s << QStringList{u"text:ceasefire"_s};
        QTest::newRow("fts5 caret and plus quoted") << u"^ceasefire a+b"_s << u"\"^ceasefire\" \"a+b\""_s
                                                    << QStringList{u"^ceasefire"_s, u"a+b"_s};
        QTest::newRow("lone hyphen quoted") << u"ceasefire - talks"_s << u"\"ceasefire\" \"-\" \"talks\""_s
                                            << QStringList{u"ceasefire"_s, u"-"_s, u"talks"_s};
        QTest::newRow("embedded straight quote splits the word") << u"5\"screen"_s << u"\"5\" \"screen\""_s
                                                                  << QStringList{u"5"_s, u"screen"_s};
        QTest::newRow("embedded quotes around a word") << u"say\"hi\"there"_s << u"\"say\" \"hi\" \"there\""_s
                                                       << QStringList{u"say"_s, u"hi"_s, u"there"_s};
        QTest::newRow("curly quote inside a word stays in it") << u"it\u201Ds"_s << u"\"it\u201Ds\""_s << QStringList{u"it\u201Ds"_s};
        QTest::newRow("empty") << QString() << QString() << QStringList();
        QTest::newRow("whitespace only") << u" \t\n "_s << QString() << QStringList();
        QTest::newRow("only stars") << u"* **"_s << QString() << QStringList();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, expression);
        QFETCH(QStringList, terms);
        const SearchQuery query(text);
        QCOMPARE(query.ftsExpression(), expression);
        QCOMPARE(query.terms(), terms);
        QCOMPARE(query.isEmpty(), expression.isEmpty());
        if (!query.isEmpty())
            QVERIFY2(isValidFts5(query.ftsExpression()), qPrintable(query.ftsExpression()));
    }

    void problem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("read as written") << u"ceasefire NOT (talks OR truce)"_s << QString();
        QTest::newRow("leading NOT") << u"NOT talks"_s << u"NOT (or -) needs something to find before it"_s;
        QTest::newRow("leading minus") << u"-talks"_s << u"NOT (or -) needs something to find before it"_s;
        QTest::newRow("unbalanced brackets") << u"((truce OR Geneva"_s << u"brackets that do not pair up"_s;
        QTest::newRow("only operators") << u"AND OR ( )"_s << u"there is no word to search for"_s;
        QTest::newRow("only a star") << u"*"_s << u"there is no word to search for"_s;
        QTest::newRow("blank") << u"  "_s << QString();
        QTest::newRow("brackets too deep") << QString(u"("_s.repeated(30) + u"truce"_s + u")"_s.repeated(30)) << u"nest more than 20 deep"_s;
    }
    void problem()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const SearchQuery query(text);
        if (mentions.isEmpty())
            QCOMPARE(query.problem(), QString());
        else
            QVERIFY2(query.problem().contains(mentions), qPrintable(query.problem()));
    }

    void match_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("rows");
        using Rows = QList<qint64>;
        QTest::newRow("word, any case") << u"ceasefire"_s << Rows{1, 4, 5};
        QTest::newRow("phrase") << u"\"ceasefire talks\""_s << Rows{1};
        QTest::newRow("phrase order matters") << u"\"talks ceasefire\""_s << Rows{};
        QTest::newRow("curly phrase") << u"\u201Cceasefire talks\u201D"_s << Rows{1};
        QTest::newRow("prefix finds negotiations and negotiator") << u"negotiat*"_s << Rows{2, 6};
        QTest::newRow("whole word is not a prefix") << u"negotiat"_s << Rows{};
        QTest::newRow("implicit AND") << u"ceasefire talks"_s << Rows{1, 5};
        QTest::newRow("AND") << u"ceasefire AND talks"_s << Rows{1, 5};
        QTest::newRow("OR") << u"truce OR Geneva"_s << Rows{1, 3};
        QTest::newRow("NOT excludes") << u"ceasefire NOT talks"_s << Rows{4};
        QTest::newRow("minus excludes") << u"ceasefire -talks"_s << Rows{4};
        // Row 1 has talks and Geneva, 5 talks alone: "-Geneva talks" must keep 5 and leave 1 out.
        QTest::newRow("a word after an excluded one is still required") << u"ceasefire -Geneva talks"_s << Rows{5};
        QTest::newRow("minus before a phrase excludes it") << u"ceasefire -\"ceasefire talks\""_s << Rows{4, 5};
        QTest::newRow("minus before a group excludes it") << u"ceasefire -(Geneva OR Zelenskyy's)"_s << Rows{5};
        QTest::newRow("trailing operator dropped") << u"truce AND"_s << Rows{3};
        QTest::newRow("parentheses group") << u"(talks OR truce) AND ceasefire"_s << Rows{1, 5};
        QTest::newRow("parentheses change the meaning") << u"talks OR (truce AND ceasefire)"_s << Rows{1, 2, 5};
        QTest::newRow("word before a group") << u"ceasefire (talks OR truce)"_s << Rows{1, 5};
        QTest::newRow("group before a word") << u"(talks OR truce) ceasefire"_s << Rows{1, 5};
        QTest::newRow("unbalanced parentheses") << u"((truce OR Geneva"_s << Rows{1, 3};
        QTest::newRow("apostrophe") << u"Zelenskyy's"_s << Rows{4};
        QTest::newRow("hyphenated number") << u"30-day"_s << Rows{3};
        QTest::newRow("lower-case and") << u"war and peace"_s << Rows{6};
        QTest::newRow("column filter syntax is text") << u"text:ceasefire"_s << Rows{};
        QTest::newRow("caret is text") << u"^ceasefire"_s << Rows{1, 4, 5};
        QTest::newRow("lone hyphen") << u"ceasefire - talks"_s << Rows{1, 5};
        QTest::newRow("embedded quote") << u"30\"day"_s << Rows{3};
        QTest::newRow("stray quote and paren") << u"\"truce)"_s << Rows{3};
        QTest::newRow("semicolon and colon") << u"discussed; officials:"_s << Rows{};
        QTest::newRow("near syntax is text") << u"NEAR/2 talks"_s << Rows{};
        // FTS5's parser overflows its stack at about 50 levels; such brackets are left out.
        QTest::newRow("brackets 20 deep are kept") << QString(u"("_s.repeated(19) + u"(talks OR truce) AND ceasefire"_s + u")"_s.repeated(19))
                                                   << Rows{1, 5};
        QTest::newRow("brackets 100 deep are left out") << QString(u"("_s.repeated(100) + u"truce"_s + u")"_s.repeated(100)) << Rows{3};
    }
    void match()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, rows);
        const SearchQuery search(text);
        QVERIFY(!search.isEmpty());
        QSqlQuery query(QSqlDatabase::database(connectionName));
        QVERIFY(query.prepare(u"SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid"_s));
        query.addBindValue(search.ftsExpression());
        QVERIFY2(query.exec(), qPrintable(search.ftsExpression() + u" -> "_s + query.lastError().text()));
        QList<qint64> found;
        while (query.next())
            found.append(query.value(0).toLongLong());
        QCOMPARE(found, rows);
    }
};

QTEST_GUILESS_MAIN(SearchQueryTest)
#include "searchquery_test.moc"
