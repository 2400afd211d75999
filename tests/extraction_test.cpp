// What the extractor finds: the statements, speakers and entities of the two seed articles written out as expected
// values, and rules checked on short texts written for this test.
#include "extract/ruleextractor.h"
#include "extract/tokenizer.h"
#include "io/articlefilereader.h"
#include "testsupport.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace Verbatim;
using namespace Qt::StringLiterals;

namespace {

struct ExpectedStatement {
    StatementKind kind;
    QString speaker;
    QString text; ///< the statement's exact text
};

QString kindName(StatementKind kind)
{
    return statementKindName(kind);
}

QString describe(const QString &text, const ExtractedStatement &s)
{
    return u"[%1] %2 | %3"_s.arg(kindName(s.kind), s.speaker, text.sliced(s.start, s.end - s.start));
}

Article readSeed(const QString &corpusDir, const QString &name)
{
    const ArticleFileReader::Result result = ArticleFileReader::readFile(corpusDir + u"/seeds/"_s + name);
    if (result.articles.size() != 1)
        return {};
    return result.articles.constFirst();
}

} // namespace

class ExtractionTest : public QObject
{
    Q_OBJECT

private:
    const RuleExtractor m_extractor;

    void compareStatements(const Article &article, const QList<ExpectedStatement> &expected)
    {
        const Extraction extraction = m_extractor.extract({article.text, article.date, article.title});
        QStringList found;
        for (const ExtractedStatement &statement : extraction.statements)
            found.append(describe(article.text, statement));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (i >= extraction.statements.size())
                QFAIL(qPrintable(u"missing statement %1: [%2] %3 | %4\nfound:\n%5"_s.arg(i).arg(kindName(expected[i].kind), expected[i].speaker, expected[i].text,
                                                                                          found.join(u'\n'))));
            const ExtractedStatement &actual = extraction.statements[i];
            const QString actualText = article.text.sliced(actual.start, actual.end - actual.start);
            QVERIFY2(actualText == expected[i].text && actual.kind == expected[i].kind && actual.speaker == expected[i].speaker,
                     qPrintable(u"statement %1\nexpected: [%2] %3 | %4\nactual:   %5"_s.arg(i).arg(kindName(expected[i].kind), expected[i].speaker,
                                                                                         expected[i].text, describe(article.text, actual))));
        }
        QVERIFY2(extraction.statements.size() == expected.size(), qPrintable(u"unexpected extra statements:\n"_s + found.mid(expected.size()).join(u'\n')));
    }

    static QSet<QString> entities(const Extraction &extraction, EntityType type)
    {
        QSet<QString> names;
        for (const EntityMention &mention : extraction.mentions) {
            if (mention.type == type)
                names.insert(mention.name);
        }
        return names;
    }

private Q_SLOTS:
    void seed000_statementsAndSpeakers()
    {
        VERBATIM_REQUIRE_SHARED_CORPUS(corpus);
        const Article article = readSeed(corpus, u"000_70271345e58e0fa7.txt"_s);
        QVERIFY(!article.text.isEmpty());
        const QString zelenskyy = u"Volodymyr Zelenskyy"_s;
        compareStatements(
            article,
            {
                {StatementKind::Mixed, zelenskyy,
                 u"he is ready to meet and negotiate with Russian ruler Vladimir Putin if he knows that the United States and Europe \"will not abandon\" Ukraine"_s},
                {StatementKind::Direct, zelenskyy,
                 u"If I had the understanding that America and Europe will not abandon us and they will support us and give us the security guarantees, "
                 "I would be prepared for any format of negotiations."_s},
                {StatementKind::Direct, zelenskyy, u"It depends."_s},
                {StatementKind::Mixed, zelenskyy,
                 u"he would not want to freeze the front line because \"several of our cities will suffer, which are cut off today by this contact line.\""_s},
                // The quotation runs over two paragraphs; the second opens without a quotation mark and closes the first's.
                {StatementKind::Direct, zelenskyy,
                 u"But if there are such perspectives, understanding of how we will develop further after the end of war, that we can come to "
                 "realistic diplomacy, we can get a just state of peace for Ukraine, for Ukrainians. Then, there needs to be an understanding of "
                 "security guarantees.\n\nIf NATO says \u2018we are ready to give you security guarantees, we are ready to give you NATO but we "
                 "can't give you NATO in the midst of the conflict\u2019 \u2013 that's fair. We would accept this, absolutely. So, there are a lot of "
                 "questions. A lot of details. All of this needs to be discussed."_s},
                {StatementKind::Indirect, zelenskyy, u"he was ready to negotiate with Putin if it was the only scheme to bring peace to Ukrainians"_s},
                {StatementKind::Mixed, u"Kremlin"_s,
                 u"Moscow remained open to negotiations despite \"concerns regarding the legitimacy\" of Ukrainian President Zelenskyy"_s},
                {StatementKind::Indirect, zelenskyy,
                 u"his readiness to hold talks with Kremlin leader Vladimir Putin, provided there is an understanding regarding ending the war"_s},
            });
    }

    void seed001_statementsAndSpeakers()
    {
        VERBATIM_REQUIRE_SHARED_CORPUS(corpus);
        const Article article = readSeed(corpus, u"001_f718a66d213c5e9b.txt"_s);
        QVERIFY(!article.text.isEmpty());
        const QString zelenskyy = u"Volodymyr Zelenskyy"_s;
        compareStatements(
            article,
            {
                {StatementKind::Indirect, zelenskyy,
                 u"if he meets with Kremlin President Vladimir Putin in T\u00FCrkiye this week, he intends to discuss a ceasefire and the exchange of all prisoners"_s},
                {StatementKind::Direct, zelenskyy,
                 u"If I meet with him, we must come out with a political victory \u2013 a ceasefire, an exchange of all prisoners for all, or something like that"_s},
                {StatementKind::Mixed, u"Vladimir Putin"_s, u"Russia is \u201Cready for negotiations without any preconditions.\u201D"_s},
                // "The Ukrainian president" resolves to the person the article introduced with that role.
                {StatementKind::Indirect, zelenskyy, u"the deep mistrust may happen between the two sides"_s},
                // "he" after it resolves to the same person.
                {StatementKind::Direct, zelenskyy, u"The Russians will not trust us, we will not trust the Russians"_s},
                {StatementKind::Indirect, zelenskyy, u"the United States as a possible guarantor of a monitoring mechanism"_s},
                {StatementKind::Indirect, zelenskyy, u"Donald Trump\u2019s presence might encourage the Russian president to attend the talks"_s},
                {StatementKind::Direct, zelenskyy, u"If Putin doesn\u2019t come, it will look like a total defeat for him"_s},
                {StatementKind::Indirect, zelenskyy, u"he does not know Trump\u2019s decision"_s},
                {StatementKind::Direct, zelenskyy, u"In any case, if he confirmed his participation, it would give additional impetus for Putin to come"_s},
                {StatementKind::Indirect, u"Andriy Yermak"_s,
                 u"if Putin fails to come to T\u00FCrkiye, it would be the final signal of Russia\u2019s unwillingness to end the war"_s},
                {StatementKind::Indirect, u"Kremlin"_s,
                 u"Russia continues preparing for negotiations in Istanbul but has not disclosed its delegation composition, leaving Putin\u2019s attendance an open question"_s},
            });
    }

    void seed000_entities()
    {
        VERBATIM_REQUIRE_SHARED_CORPUS(corpus);
        const Article article = readSeed(corpus, u"000_70271345e58e0fa7.txt"_s);
        const Extraction extraction = m_extractor.extract({article.text, article.date, article.title});
        QCOMPARE(entities(extraction, EntityType::Person), (QSet<QString>{u"Volodymyr Zelenskyy"_s, u"Vladimir Putin"_s, u"Piers Morgan"_s}));
        QCOMPARE(entities(extraction, EntityType::Organisation), (QSet<QString>{u"ITV News"_s, u"NATO"_s, u"Kremlin"_s}));
        QCOMPARE(entities(extraction, EntityType::Place),
                 (QSet<QString>{u"United States"_s, u"Europe"_s, u"Ukraine"_s, u"United Kingdom"_s, u"Moscow"_s}));
        QCOMPARE(entities(extraction, EntityType::Group), (QSet<QString>{u"Russian"_s, u"Ukrainian"_s, u"Ukrainians"_s}));
        // "On 6 February" in an article of 2025-02-09; "today" is the article's date.
        QCOMPARE(entities(extraction, EntityType::Date), (QSet<QString>{u"2025-02-06"_s, u"2025-02-09"_s}));

        // Every later "Zelenskyy" is the "President Volodymyr Zelenskyy" of the lead, and "America" is the United States.
        int zelenskyyMentions = 0;
        for (const EntityMention &mention : extraction.mentions) {
            const QString written = article.text.sliced(mention.start, mention.end - mention.start);
            if (written == u"Zelenskyy")
                QCOMPARE(mention.name, u"Volodymyr Zelenskyy"_s);
            if (mention.name == u"Volodymyr Zelenskyy")
                ++zelenskyyMentions;
            if (written == u"America")
                QCOMPARE(mention.name, u"United States"_s);
            // Labels and sentence openers are not names.
            QVERIFY2(written != u"Quote" && written != u"Source" && written != u"Details" && written != u"Background",
                     qPrintable(written));
        }
        QCOMPARE(zelenskyyMentions, 6);
    }

    void seed001_entities()
    {
        VERBATIM_REQUIRE_SHARED_CORPUS(corpus);
        const Article article = readSeed(corpus, u"001_f718a66d213c5e9b.txt"_s);
        const Extraction extraction = m_extractor.extract({article.text, article.date, article.title});
        QCOMPARE(entities(extraction, EntityType::Person),
                 (QSet<QString>{u"Volodymyr Zelenskyy"_s, u"Vladimir Putin"_s, u"Donald Trump"_s, u"Andriy Yermak"_s}));
        QCOMPARE(entities(extraction, EntityType::Organisation),
                 (QSet<QString>{u"Libération"_s, u"Kremlin"_s, u"Office of the President of Ukraine"_s}));
        QCOMPARE(entities(extraction, EntityType::Place),
                 (QSet<QString>{u"T\u00FCrkiye"_s, u"Ukraine"_s, u"Kyiv"_s, u"Istanbul"_s, u"Russia"_s, u"United States"_s}));
        QCOMPARE(entities(extraction, EntityType::Group), (QSet<QString>{u"Ukrainian"_s, u"Russian"_s, u"Russians"_s}));
        // Dates resolved against the article's date, 2025-05-14 (a Wednesday of ISO week 20).
        QCOMPARE(entities(extraction, EntityType::Date),
                 (QSet<QString>{u"2025-W20"_s, u"2025-W19"_s, u"2025-05-12"_s, u"2025-05-15"_s}));
    }

    void speakerSpans_pointAtWhereTheSpeakerIsNamed()
    {
        VERBATIM_REQUIRE_SHARED_CORPUS(corpus);
        const Article article = readSeed(corpus, u"001_f718a66d213c5e9b.txt"_s);
        const Extraction extraction = m_extractor.extract({article.text, article.date, article.title});
        QStringList named;
        for (const ExtractedStatement &statement : extraction.statements) {
            if (statement.speakerStart >= 0)
                named.append(article.text.sliced(statement.speakerStart, statement.speakerEnd - statement.speakerStart));
        }
        QVERIFY(named.contains(u"The Ukrainian president"_s));
        QVERIFY(named.contains(u"he"_s));
        QVERIFY(named.contains(u"He"_s));
        QVERIFY(named.contains(u"Andriy Yermak"_s));
    }

    // Rules on texts written for this test.

    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // "kind|speaker|text"

        QTest::newRow("said after, curly") << u"Anna Weber spoke in Bern. \u201CWe will sign the text,\u201D Weber said."_s
                                           << QStringList{u"direct|Anna Weber|We will sign the text"_s};
        // The title before the name belongs to the speaker phrase that follows the quotation.
        QTest::newRow("said after, title before the name") << u"\u201CWe will reopen the bridge by Friday,\u201D Mayor Alice Brown said."_s
                                                           << QStringList{u"direct|Alice Brown|We will reopen the bridge by Friday"_s};
        QTest::newRow("said after, role before the name") << u"\u201CWe will reopen the bridge by Friday,\u201D mayor Alice Brown said."_s
                                                          << QStringList{u"direct|Alice Brown|We will reopen the bridge by Friday"_s};
        // Not whoever spoke before: a "Quote:" paragraph is inherited only when nobody is named after it.
        QTest::newRow("quote label, said after, title before the name")
            << u"Tom Reed said the bridge would reopen soon.\n\nQuote: \"We will reopen the bridge by Friday,\" Mayor Alice Brown said."_s
            << QStringList{u"indirect|Tom Reed|the bridge would reopen soon"_s, u"direct|Alice Brown|We will reopen the bridge by Friday"_s};
        QTest::newRow("said before, colon, guillemets") << u"President Marek Nowak said: \u00ABNo deal without guarantees.\u00BB"_s
                                                        << QStringList{u"direct|Marek Nowak|No deal without guarantees."_s};
        QTest::newRow("inverted with role") << u"\u201CThe border stays closed,\u201D said Peter Lund, the interior minister."_s
                                            << QStringList{u"direct|Peter Lund|The border stays closed"_s};
        QTest::newRow("low German marks") << u"Klaus Berger said: \u201EWir verhandeln weiter.\u201C"_s
                                          << QStringList{u"direct|Klaus Berger|Wir verhandeln weiter."_s};
        QTest::newRow("pronoun she") << u"Maria Rossi met the press. \u201CWe are ready to talk,\u201D she said."_s
                                     << QStringList{u"direct|Maria Rossi|We are ready to talk"_s};
        QTest::newRow("organisation speaks") << u"The talks stalled. The Kremlin said the proposal was unacceptable."_s
                                             << QStringList{u"indirect|Kremlin|the proposal was unacceptable"_s};
        QTest::newRow("according to") << u"According to Maria Rossi, the convoy will leave on Monday."_s
                                      << QStringList{u"indirect|Maria Rossi|the convoy will leave on Monday"_s};
        QTest::newRow("scare quotes are not statements") << u"The so-called \"buffer zone\" was discussed at length by the delegations."_s
                                                         << QStringList{};
        QTest::newRow("titles are not statements") << u"The report, called \"Winter Without Heat\", was published on Tuesday."_s
                                                   << QStringList{};
        QTest::newRow("apostrophes are not quotations") << u"Ukraine's grid, rebuilt since the '90s, hosts rock 'n' roll nights in Lviv's halls."_s
                                                        << QStringList{};
        QTest::newRow("passive is not a statement") << u"The delegation was told that the hall would be closed until further notice."_s
                                                    << QStringList{};
        QTest::newRow("follow-up quotation keeps its speaker")
            << u"\u201CWe did not sign,\u201D said Anna Weber. \u201CWe will not sign today either.\u201D"_s
            << QStringList{u"direct|Anna Weber|We did not sign"_s, u"direct|Anna Weber|We will not sign today either."_s};
        QTest::newRow("quotation over paragraphs")
            << u"Anna Weber said:\n\n\u201CThe first part of a long answer that goes on.\n\n\u201CThe second part closes it.\u201D"_s
            << QStringList{u"direct|Anna Weber|The first part of a long answer that goes on.\n\n\u201CThe second part closes it."_s};
        QTest::newRow("partial quotation") << u"Anna Weber described the talks as \u201Ca total defeat\u201D for the envoy."_s
                                           << QStringList{u"mixed|Anna Weber|the talks as \u201Ca total defeat\u201D for the envoy"_s};
        // "We" speaks for whoever has the floor: the last "NAME:" turn, paragraphs before.
        QTest::newRow("transcript turn, paragraphs back")
            << u"SECRETARY BLINKEN: Good morning.\n\nThe talks went on for hours.\n\nWe think that the deal is fair."_s
            << QStringList{u"indirect|Antony Blinken|the deal is fair"_s};
        QTest::newRow("transcript turn with a courtesy title")
            << u"Abdullah Hasan opened the briefing.\n\nMR. HASAN: Thank you all. I said before that the administration is committed to working with lawmakers."_s
            << QStringList{u"indirect|Abdullah Hasan|the administration is committed to working with lawmakers"_s};
        // A date between the subject and its verb says when, not who.
        QTest::newRow("weekday between subject and verb") << u"The talks stalled. The Kremlin on Monday said the proposal was unacceptable."_s
                                                          << QStringList{u"indirect|Kremlin|the proposal was unacceptable"_s};
        QTest::newRow("date between subject and verb") << u"The talks stalled. The Kremlin on 3 March said the proposal was unacceptable."_s
                                                       << QStringList{u"indirect|Kremlin|the proposal was unacceptable"_s};
        QTest::newRow("month between subject and verb") << u"The talks stalled. The Kremlin in January said the proposal was unacceptable."_s
                                                        << QStringList{u"indirect|Kremlin|the proposal was unacceptable"_s};
        QTest::newRow("a courtesy title names nobody the gazetteer knows")
            << u"MR. HASAN: Thank you all. I said before that the administration is committed to working with lawmakers."_s
            << QStringList{u"indirect|Hasan|the administration is committed to working with lawmakers"_s};
    }
    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Extraction extraction = m_extractor.extract({text, QDate(2025, 3, 12), {}});
        QStringList actual;
        for (const ExtractedStatement &statement : extraction.statements)
            actual.append(u"%1|%2|%3"_s.arg(kindName(statement.kind), statement.speaker, text.sliced(statement.start, statement.end - statement.start)));
        QCOMPARE(actual, expected);
    }

    // A date is never a speaker, named or unnamed, whatever else the sentence leaves for one: the sample corpus's
    // "The Kestrelian Federation on Monday rejected ..." once had "Monday" speak.
    void datesAreNeverSpeakers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("sample corpus opening") << u"The Kestrelian Federation on Monday rejected a Valdorian proposal for a 30-day winter "
                                                  "truce along the Dravik front line, with a senior Kestrelian official describing the "
                                                  "offer as \u201Ca dead end dressed up as diplomacy.\u201D"_s;
        QTest::newRow("unknown body, weekday") << u"The Kestrelian Federation on Monday said the truce was a dead end."_s;
        QTest::newRow("unknown body, today") << u"Tarnholm's council today said the truce was a dead end."_s;
        QTest::newRow("unknown body, date") << u"The Kestrelian Federation on 13 January said the truce was a dead end."_s;
        QTest::newRow("unknown body, last week") << u"The Kestrelian Federation last week announced that the truce was over."_s;
        QTest::newRow("people of a place, weekday") << u"Officials in Varena on Thursday said the truce was a dead end."_s;
        QTest::newRow("late on a weekday") << u"The Kestrelian Federation late on Sunday warned that the truce was over."_s;
    }
    void datesAreNeverSpeakers()
    {
        QFETCH(QString, text);
        const Extraction extraction = m_extractor.extract({text, QDate(2025, 1, 14), {}});
        QVERIFY2(!extraction.statements.isEmpty(), "the sentence is a statement");
        for (const ExtractedStatement &statement : extraction.statements) {
            const QString description = describe(text, statement);
            static const QStringList dateWords{u"Monday"_s, u"Thursday"_s, u"Sunday"_s, u"January"_s, u"March"_s, u"today"_s, u"week"_s};
            for (const QString &word : dateWords)
                QVERIFY2(!statement.speaker.contains(word, Qt::CaseInsensitive), qPrintable(u"a date speaks: "_s + description));
            for (const EntityMention &mention : extraction.mentions) {
                if (mention.type == EntityType::Date && statement.speakerStart >= 0)
                    QVERIFY2(statement.speakerEnd <= mention.start || statement.speakerStart >= mention.end,
                             qPrintable(u"the speaker phrase is a date: "_s + description));
            }
        }
    }

    // Every statement of the bundled sample corpus has a speaker that is not a date.
    void datesAreNeverSpeakers_sampleCorpus()
    {
        const QDir dir(VerbatimTest::sampleCorpusDir());
        const QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 12);
        int checked = 0; // (statement with a speaker phrase, date) pairs
        for (const QString &file : files) {
            const ArticleFileReader::Result result = ArticleFileReader::readFile(dir.filePath(file));
            QCOMPARE(result.articles.size(), 1);
            const Article &article = result.articles.constFirst();
            const Extraction extraction = m_extractor.extract({article.text, article.date, article.title});
            for (const ExtractedStatement &statement : extraction.statements) {
                for (const EntityMention &mention : extraction.mentions) {
                    if (mention.type == EntityType::Date && statement.speakerStart >= 0) {
                        QVERIFY2(statement.speakerEnd <= mention.start || statement.speakerStart >= mention.end,
                                 qPrintable(file + u": the speaker phrase is a date: "_s + describe(article.text, statement)));
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 0);
    }

    // A body named by what it is of speaks under its full name, never as the place it is of.
    void bodyOfAPlace_speaksByItsFullName_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // "kind|speaker|text"
        QTest::newRow("name, appositive, verb")
            << QString()
            << u"Today, the Group of Creditors of Ukraine, including the United States, announced that it would suspend debt service."_s
            << QStringList{u"indirect|Group of Creditors of Ukraine|it would suspend debt service"_s};
        QTest::newRow("they after the body")
            << QString()
            << u"But frankly the Government of Ukraine isn\u2019t buying that explanation. They say that the exports could go on."_s
            << QStringList{u"indirect|Government of Ukraine|the exports could go on"_s};
        QTest::newRow("we of a body that the title names")
            << u"Statement by the Group of Creditors of Ukraine"_s
            << u"We, the Group of Creditors of Ukraine, express our support for Ukraine. We note that Ukraine has asked to defer its debt service."_s
            << QStringList{u"indirect|Group of Creditors of Ukraine|Ukraine has asked to defer its debt service"_s};
    }
    void bodyOfAPlace_speaksByItsFullName()
    {
        QFETCH(QString, title);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Extraction extraction = m_extractor.extract({text, QDate(2022, 7, 20), title});
        QStringList actual;
        for (const ExtractedStatement &statement : extraction.statements)
            actual.append(u"%1|%2|%3"_s.arg(kindName(statement.kind), statement.speaker, text.sliced(statement.start, statement.end - statement.start)));
        QCOMPARE(actual, expected);
        for (const ExtractedStatement &statement : extraction.statements)
            QCOMPARE(statement.speakerType, EntityType::Organisation);
    }

    // The token tests both the recogniser and the statement finder ask of every token.
    // Where sentences end around single capital letters: an initial does not end one; a letter after a lower-case word,
    // before a word that opens sentences, does.
    void tokenizer_sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sentences");
        QTest::newRow("middle initial") << u"Janet L. Yellen spoke. She left."_s << 2;
        QTest::newRow("two initials") << u"Treasury Secretary Janet L. Yellen and Lloyd J. Austin met. Then they left."_s << 2;
        QTest::newRow("initial after a lower-case word") << u"It was founded by writer L. Ron Hubbard in 1954. He died later."_s << 2;
        QTest::newRow("a letter ends the sentence") << u"They chose plan B. The minister agreed."_s << 2;
        QTest::newRow("a letter ends it, at the end of a quotation") << u"\u201CWe chose plan B.\u201D The minister agreed."_s << 2;
    }
    void tokenizer_sentences()
    {
        QFETCH(QString, text);
        QFETCH(int, sentences);
        QCOMPARE(Tokenizer(text).sentences().size(), sentences);
    }

    void tokenizer_wordAndPunctuationTests()
    {
        const QString text = u"The envoy's \u201Ctalks\u201D, in 2025: over."_s;
        const Tokenizer tokens(text);
        // The, envoy, 's, \u201C, talks, \u201D, ",", in, 2025, ":", over, "."
        QCOMPARE(tokens.tokens().size(), 12);
        QVERIFY(tokens.isWord(0, u"the"));
        QVERIFY(tokens.isWord(0, u"THE"));
        QVERIFY(!tokens.isWord(0, u"them"));
        QVERIFY(!tokens.isWord(0, u"th"));
        QVERIFY(!tokens.isWord(-1, u"the"));
        QVERIFY(!tokens.isWord(12, u"over"));
        QVERIFY(tokens.isWord(10, u"over"));
        QVERIFY(!tokens.isWord(2, u"'s")); // a possessive, not a word
        QVERIFY(!tokens.isLowerWord(0));
        QVERIFY(tokens.isLowerWord(1));
        QVERIFY(!tokens.isLowerWord(2));
        QVERIFY(!tokens.isLowerWord(8)); // a number
        QVERIFY(!tokens.isLowerWord(12));
        QVERIFY(tokens.isPunct(6, u','));
        QVERIFY(!tokens.isPunct(6, u'.'));
        QVERIFY(tokens.isPunct(9, u":;"));
        QVERIFY(tokens.isPunct(5, u"\u201D\""));
        QVERIFY(!tokens.isPunct(4, u"\u201D\""));
        QVERIFY(tokens.isPunct(11, u'.'));
        QVERIFY(!tokens.isPunct(12, u'.'));
        QVERIFY(!tokens.isPunct(-1, u"."));
    }

    // Weekdays against an article of Saturday 2024-03-02: what a report says happened is in the week before, what it
    // says will happen in the week after.
    void weekdays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("past") << u"Talks resumed in Geneva on Monday."_s << u"2024-02-26"_s;
        QTest::newRow("past, said") << u"The envoy said on Friday that the convoy had left."_s << u"2024-03-01"_s;
        QTest::newRow("future, will") << u"Talks will resume in Geneva on Monday."_s << u"2024-03-04"_s;
        QTest::newRow("future, contraction") << u"\u201CWe\u2019ll be back on Tuesday,\u201D the envoy said."_s << u"2024-03-05"_s;
        QTest::newRow("future of reported speech") << u"The palace said the president would speak on Thursday."_s << u"2024-03-07"_s;
        QTest::newRow("future, due") << u"The vote is due on Tuesday."_s << u"2024-03-05"_s;
        QTest::newRow("the same day") << u"Talks resumed on Saturday."_s << u"2024-03-02"_s;
        QTest::newRow("last") << u"They met last Monday."_s << u"2024-02-26"_s;
        QTest::newRow("next") << u"They meet again next Monday."_s << u"2024-03-04"_s;
    }
    void weekdays()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Extraction extraction = m_extractor.extract({text, QDate(2024, 3, 2), {}});
        QCOMPARE(entities(extraction, EntityType::Date), QSet<QString>{expected});
    }

    // Entity rules on texts written for this test: "type|written text" of mentions that must be found (`expected`)
    // and must not be (`unexpected`), the type given as entityTypeName() has it.
    void entityRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");

        QTest::newRow("match report: countries that play are teams")
            << u"Norway beat Chile 2 \u2013 1 in the group match in Oslo. Chile had scored first from a penalty, but Norway "
               "equalised with a header and the coach praised the team. Chile lost 1 \u2013 2 to Norway, and the referee "
               "booked two players. The next match, against Peru, decides the group; the goal difference matters."_s
            << QStringList{u"organisation|Norway"_s, u"organisation|Chile"_s}
            << QStringList{u"place|Norway"_s, u"organisation|Oslo"_s};
        QTest::newRow("a vote is no match")
            << u"Norway voted 52 – 48 to join, and Chile 61 – 39 against. The victory gave the team of the prime "
               "minister points in the polls; the coach of the national team stayed out of it."_s
            << QStringList{u"place|Chile"_s} << QStringList{u"organisation|Chile"_s};
        QTest::newRow("no scores: countries stay places")
            << u"Norway and Chile signed a trade deal in Oslo on Monday."_s << QStringList{u"place|Oslo"_s}
            << QStringList{u"organisation|Oslo"_s};
        QTest::newRow("what someone leads, with its lower-case noun")
            << u"Corina Albu, leader of the National Renewal party, said she would campaign against it."_s
            << QStringList{u"organisation|National Renewal party"_s} << QStringList{u"organisation|National Renewal"_s};
        QTest::newRow("a field and a country: a national body")
            << u"A spokesperson for Environment Canada said the storm would reach Ottawa."_s
            << QStringList{u"organisation|Environment Canada"_s, u"place|Ottawa"_s} << QStringList{u"place|Canada"_s};
        QTest::newRow("a country that acts is a body")
            << u"Yesterday, Norway expelled two diplomats. Trade with Norway fell."_s
            << QStringList{u"organisation|Norway"_s, u"place|Norway"_s} << QStringList{};
        QTest::newRow("a country that is or has stays a place")
            << u"Norway is a wealthy country and Chile has copper."_s << QStringList{u"place|Norway"_s, u"place|Chile"_s}
            << QStringList{u"organisation|Norway"_s, u"organisation|Chile"_s};
        QTest::newRow("university campus after at")
            << u"She studies at the University of Texas at Austin."_s
            << QStringList{u"organisation|University of Texas at Austin"_s} << QStringList{u"organisation|University of Texas"_s};
        QTest::newRow("and before a museum")
            << u"The craft went to the National Air and Space Museum last year."_s
            << QStringList{u"place|National Air and Space Museum"_s} << QStringList{u"place|Space Museum"_s};
        QTest::newRow("facility and its town")
            << u"The shuttle will be shown at the Adler Planetarium in Chicago, Illinois, from May."_s
            << QStringList{u"place|Adler Planetarium in Chicago, Illinois"_s, u"place|Chicago, Illinois"_s}
            << QStringList{u"place|Adler Planetarium"_s};
        QTest::newRow("a town and its state hold the state, not part of the town")
            << u"The shuttle goes to Los Angeles, California, next year."_s
            << QStringList{u"place|Los Angeles, California"_s, u"place|California"_s} << QStringList{u"place|Angeles"_s};
        QTest::newRow("compass place holds no place")
            << u"Officers went to the East Los Angeles sheriff's station."_s << QStringList{u"place|East Los Angeles"_s}
            << QStringList{u"place|Los Angeles"_s};
        QTest::newRow("abbreviation before its name in brackets")
            << u"The FIRST team entered. The FIRST Global competition (For Inspiration and Recognition of Science and "
               "Technology) was founded in 1989."_s
            << QStringList{u"organisation|FIRST"_s, u"organisation|For Inspiration and Recognition of Science and Technology"_s}
            << QStringList{};
        QTest::newRow("things named by initials are not organisations")
            << u"In Italy, the tax moved from the ICI system to a new one."_s << QStringList{u"place|Italy"_s}
            << QStringList{u"organisation|ICI"_s};
        QTest::newRow("an abbreviation after a name without a head word is not one")
            << u"President Joe Biden signed Executive Order (E.O.) 14024. Under E.O. 14024, assets were frozen."_s
            << QStringList{u"person|Joe Biden"_s} << QStringList{u"organisation|E.O."_s, u"organisation|Executive Order"_s};
        QTest::newRow("a group called X, then X again")
            << u"He left a group called the Sea Org in 2010. Members of the Sea Org sign long contracts."_s
            << QStringList{u"organisation|Sea Org"_s} << QStringList{};
        QTest::newRow("a group called X, then The X at a sentence start")
            << u"He left a group called the Sea Org in 2010. The Sea Org requires long contracts."_s
            << QStringList{u"organisation|Sea Org"_s} << QStringList{u"organisation|The Sea Org"_s};
        QTest::newRow("a plural organisation noun before a name")
            << u"The rival parties Fidesz and Jobbik both lost seats."_s << QStringList{u"organisation|Fidesz"_s}
            << QStringList{};
        QTest::newRow("bands such as")
            << u"The music came from such bands as The Velvet Underground."_s
            << QStringList{u"organisation|Velvet Underground"_s} << QStringList{u"person|Velvet Underground"_s};
        QTest::newRow("a unit named by its number")
            << u"Soldiers of the 82nd Airborne Division arrived, and fans of the 501st Legion posed for photos."_s
            << QStringList{u"organisation|82nd Airborne Division"_s, u"organisation|501st Legion"_s} << QStringList{};
        QTest::newRow("a name that goes on with a number")
            << u"He met Steve Rubell of Studio 54 in New York."_s << QStringList{u"person|Steve Rubell"_s}
            << QStringList{u"organisation|Studio"_s};
        QTest::newRow("the town of X")
            << u"Shells landed near the town of Yeoncheon on Thursday. Residents of Yeoncheon were evacuated."_s
            << QStringList{u"place|Yeoncheon"_s} << QStringList{};
        QTest::newRow("the government of a country")
            << u"The Government of Ukraine and the Group of Creditors of Ukraine signed it. Government officials left."_s
            << QStringList{u"organisation|Government of Ukraine"_s, u"organisation|Group of Creditors of Ukraine"_s}
            << QStringList{u"organisation|Government"_s, u"organisation|Group"_s, u"organisation|Government officials"_s};
        QTest::newRow("a title ends the body of a place")
            << u"The Group of Seven Foreign Ministers met in Berlin."_s << QStringList{u"organisation|Group of Seven"_s}
            << QStringList{u"organisation|Group of Seven Foreign Ministers"_s};
        QTest::newRow("the Crown")
            << u"It is asserted by the Crown that both parents knew."_s << QStringList{u"organisation|Crown"_s}
            << QStringList{};
    }
    void entityRules()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        const Extraction extraction = m_extractor.extract({text, QDate(2025, 3, 12), {}});
        QStringList found;
        for (const EntityMention &mention : extraction.mentions)
            found.append(u"%1|%2"_s.arg(entityTypeName(mention.type), text.sliced(mention.start, mention.end - mention.start)));
        for (const QString &mention : std::as_const(expected))
            QVERIFY2(found.contains(mention), qPrintable(u"missing %1; found: %2"_s.arg(mention, found.join(u"; "_s))));
        for (const QString &mention : std::as_const(unexpected))
            QVERIFY2(!found.contains(mention), qPrintable(u"unexpected %1; found: %2"_s.arg(mention, found.join(u"; "_s))));
    }

    void extraction_isDeterministicAndThreadSafe()
    {
        const QString text = u"President Marek Nowak said: \u00ABNo deal without guarantees.\u00BB \u201CNot now,\u201D he added."_s;
        const Extraction first = m_extractor.extract({text, QDate(2025, 1, 1), {}});
        QList<Extraction> results(16);
        std::vector<std::thread> threads;
        for (int i = 0; i < 16; ++i)
            threads.emplace_back([&, i] { results[i] = m_extractor.extract({text, QDate(2025, 1, 1), {}}); });
        for (std::thread &thread : threads)
            thread.join();
        for (const Extraction &result : results) {
            QCOMPARE(result.statements, first.statements);
            QCOMPARE(result.mentions, first.mentions);
        }
    }

    void version_changesWithData()
    {
        Gazetteer empty;
        const RuleExtractor withoutData(empty);
        QVERIFY(withoutData.version() != m_extractor.version());
        QVERIFY(m_extractor.version() > 0);
    }
};

QTEST_GUILESS_MAIN(ExtractionTest)
#include "extraction_test.moc"
