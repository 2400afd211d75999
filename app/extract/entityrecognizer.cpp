#include "entityrecognizer.h"

#include "lexicon.h"

#include <algorithm>
#include <numeric>

namespace Verbatim {

namespace {

using Kind = Token::Kind;

// A role word as Lexicon::normalisedRole() spells it, without the full stop of an abbreviated title ("Gen." is "gen").
QString normalisedRole(QStringView word)
{
    return word.endsWith(u'.') ? word.chopped(1).toString().toLower() : Lexicon::normalisedRole(word);
}

// Head words that name an organisation when they come first: "Radio Meridian", "Ministry of Defence".
bool isLeadingOrganisationHead(QStringView word)
{
    static const WordTable<> table{
        u"Radio", u"Bank", u"Ministry", u"University", u"Institute", u"Council", u"Agency", u"Department", u"Committee",
        u"Commission", u"Office", u"Court", u"Academy", u"Centre", u"Center", u"Foundation", u"Embassy", u"Federation",
        u"Organization", u"Organisation", u"Union", u"League", u"Party", u"Bureau", u"Directorate", u"House",
        u"Church", u"Municipality", u"Society", u"Board", u"Archdiocese", u"Diocese", u"Association", u"Alliance",
        // The same words in the languages whose organisations English news names untranslated: "Movimento 5 Stelle",
        // "Partido Popular", "Instituto Gonzaga", "Banco Santander".
        u"Movimento", u"Movimiento", u"Mouvement", u"Partito", u"Partido", u"Parti", u"Partei", u"Instituto", u"Istituto",
        u"Institut", u"Universidad", u"Universidade", u"Università", u"Université", u"Universität", u"Banco", u"Banca",
        u"Banque", u"Ministerio", u"Ministero", u"Ministère", u"Ministerium", u"Asociación", u"Associazione", u"Associação",
        u"Fundación", u"Fondazione", u"Fundação", u"Stiftung", u"Compañía", u"Compagnie", u"Companhia",
    };
    return table.contains(word);
}

// Verbs of saying that show that a capitalised name is someone's: "Anna Weber said", "told Marek Nowak". The
// statement finder's list of cues is wider ("called", "made") and tuned for statements; this one is for names.
const WordTable<> &sayingVerbs()
{
    static const WordTable<> table{
        u"said", u"says", u"say", u"told", u"tells", u"stated", u"noted", u"notes", u"announced", u"announces",
        u"claimed", u"claims", u"stressed", u"stresses", u"warned", u"warns", u"added", u"adds", u"suggested", u"suggests",
        u"insisted", u"insists", u"emphasized", u"emphasised", u"emphasizes", u"emphasises", u"urged", u"urges", u"argued",
        u"argues", u"explained", u"explains", u"asserted", u"asserts", u"acknowledged", u"acknowledges", u"admitted",
        u"admits", u"denied", u"denies", u"confirmed", u"confirms", u"declared", u"declares", u"wrote", u"writes",
        u"tweeted", u"posted", u"responded", u"replied", u"replies", u"accused", u"accuses", u"promised", u"promises",
        u"vowed", u"vows", u"pledged", u"pledges", u"threatened", u"threatens", u"predicted", u"predicts", u"recalled",
        u"recalls", u"reiterated", u"reiterates", u"underlined", u"underscored", u"alleged", u"alleges", u"observed",
        u"commented", u"remarked", u"conceded", u"concedes", u"assured", u"assures", u"revealed", u"reveals",
        u"demanded", u"demands", u"insist", u"warn", u"claim", u"argue", u"believes", u"thinks", u"hopes", u"countered",
        u"cautioned", u"complained", u"estimated", u"agreed", u"clarified", u"expressed", u"described", u"describes",
        u"quipped", u"joked", u"lamented", u"testified", u"wondered", u"asked", u"answered", u"recounted",
    };
    return table;
}

// Labels of captions and credits, which end a name: "Ahmed Mohamed Image: Twitter", "Photo: Reuters".
const WordTable<> &captionLabels()
{
    static const WordTable<> table{
        u"Image", u"Images", u"Photo", u"Photos", u"Photograph", u"Picture", u"Video", u"Audio", u"Credit", u"Credits",
        u"Caption", u"Source", u"Sources", u"Illustration", u"Graphic", u"Map", u"File", u"Footage", u"Courtesy",
    };
    return table;
}

// Abbreviations written in capitals that name things, not organisations: "VIP", "IQ", "CEO", "GDP".
const WordTable<> &commonAbbreviations()
{
    static const WordTable<> table{
        u"MR", u"MRS", u"MS", u"DR", u"VIP", u"VIPs", u"IQ", u"HTML", u"HTTP", u"GMT", u"UTC", u"CEO", u"CEOs", u"CFO", u"CTO", u"COO", u"MP", u"MPs",
        u"MEP", u"MEPs", u"QC", u"KC", u"SC", u"PM", u"AM", u"TV", u"DNA", u"RNA", u"HIV", u"AIDS", u"GDP", u"GNP", u"CPI",
        u"ID", u"IDs", u"PC", u"PCs", u"OK", u"USB", u"URL", u"PDF", u"FAQ", u"FAQs", u"RIP", u"DIY", u"SUV", u"SUVs",
        u"ATM", u"ATMs", u"AI", u"VR", u"AR", u"LGBT", u"LGBTQ", u"COVID", u"SARS", u"MERS", u"ICU", u"ER", u"CD", u"CDs",
        u"DVD", u"DVDs", u"LED", u"LCD", u"GPS", u"SMS", u"MRI", u"ADHD", u"PTSD", u"IVF", u"UFO", u"POW", u"POWs",
        u"VAT", u"GST", u"IPO", u"ETF", u"ESG", u"EV", u"EVs", u"UV", u"HQ", u"PR", u"PhD", u"MBA", u"BA", u"MA", u"BSc",
        u"MSc", u"MD", u"CV", u"FY", u"KB", u"MB", u"GB", u"TB", u"PS", u"AD", u"BC", u"BCE", u"CE", u"LNG", u"UAV",
        u"UAVs", u"OS", u"HD", u"NB", u"POTUS", u"FLOTUS", u"SCOTUS", u"IED", u"IEDs", u"RPG", u"SAM", u"ICBM", u"ICBMs",
        u"WMD", u"WMDs", u"PPE", u"PCR", u"BMI", u"CCTV", u"SIM", u"APR", u"CO", u"CEST", u"CET", u"EST", u"EDT", u"PST",
        u"PDT", u"BST", u"AEST", u"IST", u"MSK", u"OMG", u"LOL", u"ASAP", u"FYI", u"TBA", u"TBD", u"RSVP", u"MVP",
        u"NGO", u"NGOs", u"MW", u"GW", u"KW", u"MPH", u"KPH", u"IOU", u"ISBN", u"FM",
    };
    return table;
}

// Occupations written before or after a name, which show that the name is someone's: "curator Elaine Gustafon",
// "Hernan Dario Gomez, Panama coach". Lower-case role nouns of public office are in Lexicon::roleNouns().
const WordTable<> &occupationNouns()
{
    static const WordTable<> table{
        u"actor", u"actress", u"singer", u"songwriter", u"singer-songwriter", u"musician", u"rapper", u"artist", u"painter",
        u"author", u"writer", u"novelist", u"poet", u"playwright", u"filmmaker", u"director", u"producer", u"photographer",
        u"illustrator", u"designer", u"architect", u"curator", u"comedian", u"dancer", u"model", u"cosplayer", u"athlete",
        u"player", u"coach", u"manager", u"captain", u"striker", u"goalkeeper", u"defender", u"midfielder", u"forward",
        u"referee", u"driver", u"cyclist", u"swimmer", u"boxer", u"golfer", u"scientist", u"physicist", u"chemist",
        u"biologist", u"engineer", u"astronaut", u"pilot", u"doctor", u"physician", u"surgeon", u"nurse", u"teacher",
        u"student", u"pupil", u"barrister", u"attorney", u"solicitor", u"campaigner", u"coauthor", u"co-author",
        u"co-founder", u"cofounder", u"creator", u"inventor", u"entrepreneur", u"businessman", u"businesswoman",
        u"billionaire", u"investor", u"banker", u"publisher", u"owner", u"chef", u"priest", u"pastor", u"rabbi", u"imam",
        u"bishop", u"detective", u"officer", u"sheriff", u"councillor", u"councilor", u"lawmaker", u"legislator",
        u"member", u"volunteer", u"resident", u"mother", u"father", u"wife", u"husband", u"son", u"daughter", u"brother",
        u"sister", u"girlfriend", u"boyfriend", u"widow", u"boy", u"girl", u"man", u"woman", u"blogger", u"activist",
        u"photojournalist", u"economist", u"historian", u"professor", u"researcher", u"scholar", u"spokesperson",
        u"spokesman", u"spokeswoman", u"founder", u"treasurer", u"secretary", u"veteran", u"politician", u"candidate",
        u"democrat", u"republican", u"pan-democrat", u"defector", u"survivor", u"victim", u"suspect", u"prosecutor",
    };
    return table;
}

// Words between an appositive's article and its noun: "a former", "an Australian", "the then".
const WordTable<> &describingWords()
{
    static const WordTable<> table{
        u"former", u"retired", u"veteran", u"longtime", u"long-time", u"senior", u"junior", u"young", u"old", u"local",
        u"fellow", u"then", u"current", u"acting", u"new", u"chief", u"leading", u"prominent", u"famous", u"renowned",
        u"award-winning", u"independent", u"freelance", u"professional", u"amateur", u"deputy", u"assistant", u"associate",
    };
    return table;
}

// "II", "XVII": regnal and part numbers.
bool isRomanNumeral(QStringView word)
{
    for (const QChar c : word) {
        if (c != u'I' && c != u'V' && c != u'X')
            return false;
    }
    return word.size() >= 2;
}

class Recognition
{
public:
    Recognition(const Gazetteer &gazetteer, ArticleAnalysis &analysis)
        : m_gazetteer(gazetteer)
        , m_a(analysis)
        , m_tk(analysis.tokens)
        , m_tokens(analysis.tokens.tokens())
        , m_count(int(m_tokens.size()))
        , m_date(analysis.date)
        , m_mentionOf(m_count, -1)
    {
    }

    void run()
    {
        findDates();
        learnAbbreviationsBeforeTheirNames();
        findNames();
        resolveLearnedOrganisations();
        resolveListedPeople();
        resolveLateAliases();
        joinPlacesWithRegions();
        resolveLearnedPlaces();
        extendFacilitiesWithTheirTowns();
        retypeSportsTeams();
        retypeActingCountries();
        addAppositiveRoles();
        addNestedMentions();

        // In text order, a longer mention before the ones inside it; each token belongs to the mention that owns it.
        QList<int> order(m_a.mentions.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int x, int y) {
            const EntityMention &a = m_a.mentions[x];
            const EntityMention &b = m_a.mentions[y];
            return a.start != b.start ? a.start < b.start : a.end != b.end ? a.end > b.end : x < y;
        });
        QList<EntityMention> sorted;
        sorted.reserve(order.size());
        std::fill(m_a.mentionAtToken.begin(), m_a.mentionAtToken.end(), -1);
        for (const int m : std::as_const(order)) {
            const EntityMention &mention = m_a.mentions[m];
            if (!m_secondary[m]) {
                for (int t = m_tk.tokenAt(mention.start); t < m_count && m_tokens[t].start < mention.end; ++t)
                    m_a.mentionAtToken[t] = int(sorted.size());
            }
            sorted.append(mention);
        }
        m_a.mentions = std::move(sorted);
    }

private:
    QStringView text(int t) const { return m_tk.textOf(t); }
    bool taken(int t) const { return m_mentionOf.value(t, -1) >= 0; }

    int addMention(int first, int end, EntityType type, const QString &name)
    {
        EntityMention mention;
        mention.start = m_tokens[first].start;
        mention.end = m_tokens[end - 1].end;
        mention.type = type;
        mention.name = name;
        const int index = int(m_a.mentions.size());
        m_a.mentions.append(mention);
        m_secondary.append(false);
        for (int t = first; t < end; ++t)
            m_mentionOf[t] = index;
        if (type == EntityType::Person)
            ++m_personMentions[name];
        return index;
    }

    // A name inside or around another ("Texas" in "University of Texas", "Irving, Texas"): a mention of its own that
    // leaves the tokens to the mention that covers them.
    void addSecondaryMention(int first, int end, EntityType type, const QString &name)
    {
        EntityMention mention;
        mention.start = m_tokens[first].start;
        mention.end = m_tokens[end - 1].end;
        mention.type = type;
        mention.name = name;
        for (const EntityMention &existing : std::as_const(m_a.mentions)) {
            if (existing.start == mention.start && existing.end == mention.end && existing.type == type)
                return;
        }
        m_a.mentions.append(mention);
        m_secondary.append(true);
    }

    QString joined(int first, int end) const
    {
        QString name;
        if (end > first)
            name.reserve(m_tokens[end - 1].end - m_tokens[first].start);
        for (int t = first; t < end; ++t) {
            if (t > first && m_tokens[t].kind != Kind::Possessive && !(m_tk.isPunct(t, u'.') && m_tokens[t].start == m_tokens[t - 1].end))
                name += u' ';
            name += text(t);
        }
        return name;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Dates
    // ---------------------------------------------------------------------------------------------------------

    static bool isRelativeDateStart(QStringView word)
    {
        switch (word[0].toLower().unicode()) {
        case u'y':
        case u't':
        case u'l':
        case u'n':
            break;
        default:
            return false;
        }
        static const char16_t *const words[] = {u"yesterday", u"today", u"tonight", u"tomorrow", u"this", u"last", u"next"};
        for (const char16_t *candidate : words) {
            const QStringView c(candidate);
            if (c.size() == word.size() && word.compare(c, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    int dayNumber(int t) const
    {
        if (t < 0 || t >= m_count || !text(t)[0].isDigit())
            return 0;
        QStringView word = text(t);
        if (m_tokens[t].kind == Kind::Word && word.size() >= 3
            && (word.endsWith(u"st") || word.endsWith(u"nd") || word.endsWith(u"rd") || word.endsWith(u"th")))
            word.chop(2);
        bool ok = false;
        const int day = word.toInt(&ok);
        return ok && word.size() <= 2 && day >= 1 && day <= 31 ? day : 0;
    }

    int yearNumber(int t) const
    {
        if (t < 0 || t >= m_count || m_tokens[t].kind != Kind::Number || text(t).size() != 4)
            return 0;
        const int year = text(t).toInt();
        return year >= 1900 && year <= 2100 ? year : 0;
    }

    int monthNumber(int t) const
    {
        if (t < 0 || t >= m_count || m_tokens[t].kind != Kind::Word || !m_tokens[t].capitalized || m_tokens[t].length() < 3
            || m_tokens[t].length() > 9)
            return 0;
        return Lexicon::months().value(text(t));
    }

    // The year a day and month without a year most likely mean: the article's, unless that is far in its future.
    int likelyYear(int month, int day) const
    {
        const int year = m_date.year();
        const QDate candidate(year, month, std::max(1, std::min(day, QDate(year, month, 1).daysInMonth())));
        return candidate > m_date.addDays(183) ? year - 1 : year;
    }

    static QString isoWeek(QDate date)
    {
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        return QStringLiteral("%1-W%2").arg(weekYear).arg(week, 2, 10, QChar(u'0'));
    }

    void findDates()
    {
        const bool dated = m_date.isValid();
        for (int t = 0; t < m_count; ++t) {
            if (taken(t))
                continue;
            const Token &token = m_tokens[t];

            // "6 February", "15 May 2025"
            if (const int day = dayNumber(t); day > 0) {
                if (const int month = monthNumber(t + 1); month > 0) {
                    int end = t + 2;
                    int year = yearNumber(end);
                    if (year > 0)
                        ++end;
                    addDate(t, end, year, month, day);
                    t = end - 1;
                    continue;
                }
            }
            if (const int month = monthNumber(t); month > 0) {
                const QStringView word = text(t);
                const bool fullName = word.size() > 3 || word == u"May";
                // "May 15, 2025", "February 6"
                if (const int day = dayNumber(t + 1); day > 0 && (fullName || m_tk.isPunct(t + 1, u'.') == false)) {
                    int end = t + 2;
                    int yearToken = m_tk.isPunct(end, u',') ? end + 1 : end;
                    int year = yearNumber(yearToken);
                    if (year > 0)
                        end = yearToken + 1;
                    addDate(t, end, year, month, day);
                    t = end - 1;
                    continue;
                }
                // "February 2025"
                if (const int year = yearNumber(t + 1); year > 0 && fullName) {
                    addMention(t, t + 2, EntityType::Date, QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QChar(u'0')));
                    ++t;
                    continue;
                }
                // "in February" (but not the verb "may", which is lower case, nor "May" opening a sentence)
                if (fullName && word != u"May" && (m_tk.isWord(t - 1, u"in") || m_tk.isWord(t - 1, u"since") || m_tk.isWord(t - 1, u"until")
                                                  || m_tk.isWord(t - 1, u"by") || m_tk.isWord(t - 1, u"early") || m_tk.isWord(t - 1, u"late")
                                                  || m_tk.isWord(t - 1, u"mid") || m_tk.isWord(t - 1, u"from") || m_tk.isWord(t - 1, u"of"))) {
                    const QString name = dated ? QStringLiteral("%1-%2").arg(likelyYear(month, 1)).arg(month, 2, 10, QChar(u'0')) : word.toString();
                    addMention(t, t + 1, EntityType::Date, name);
                    continue;
                }
            }
            if (token.kind == Kind::Word && token.capitalized && token.length() >= 6 && text(t).endsWith(u"day")) {
                if (const int weekday = Lexicon::weekdays().value(text(t)); weekday > 0) {
                    int first = t;
                    int offsetWeeks = 0;
                    if (m_tk.isWord(t - 1, u"last") || m_tk.isWord(t - 1, u"next")) {
                        first = t - 1;
                        offsetWeeks = m_tk.isWord(t - 1, u"last") ? -1 : 1;
                    }
                    QString name = text(t).toString();
                    if (dated) {
                        // News reports what happened: "talks resumed on Monday" is the Monday before the article's
                        // date, unless the sentence speaks of the future ("will meet on Monday", "is due on Monday");
                        // "last" and "next" go a week further.
                        const int ahead = (weekday - m_date.dayOfWeek() + 7) % 7;
                        int delta = sentenceIsAboutTheFuture(t) ? ahead : (ahead == 0 ? 0 : ahead - 7);
                        if (offsetWeeks < 0 && delta >= 0)
                            delta -= 7;
                        if (offsetWeeks > 0 && delta <= 0)
                            delta += 7;
                        name = m_date.addDays(delta).toString(Qt::ISODate);
                    }
                    addMention(first, t + 1, EntityType::Date, name);
                    continue;
                }
            }
            // Only a few short words start relative dates; most words are passed over without a copy.
            if (token.kind == Kind::Word && token.length() >= 4 && token.length() <= 9 && isRelativeDateStart(text(t))) {
                const QString lower = text(t).toString().toLower();
                // "yesterday", "today", "tomorrow", "tonight"
                int dayOffset = 99;
                if (lower == u"yesterday")
                    dayOffset = -1;
                else if (lower == u"today" || lower == u"tonight")
                    dayOffset = 0;
                else if (lower == u"tomorrow")
                    dayOffset = 1;
                if (dayOffset != 99) {
                    addMention(t, t + 1, EntityType::Date, dated ? m_date.addDays(dayOffset).toString(Qt::ISODate) : lower);
                    continue;
                }
                // "this week", "last month", "next year"
                if ((lower == u"this" || lower == u"last" || lower == u"next") && t + 1 < m_count) {
                    const QString unit = text(t + 1).toString().toLower();
                    const int step = lower == u"this" ? 0 : lower == u"last" ? -1 : 1;
                    QString name;
                    if (unit == u"week" || unit == u"weekend")
                        name = dated ? isoWeek(m_date.addDays(7 * step)) : lower + u' ' + unit;
                    else if (unit == u"month")
                        name = dated ? m_date.addMonths(step).toString(QStringLiteral("yyyy-MM")) : lower + u' ' + unit;
                    else if (unit == u"year")
                        name = dated ? QString::number(m_date.year() + step) : lower + u' ' + unit;
                    if (!name.isEmpty()) {
                        addMention(t, t + 2, EntityType::Date, name);
                        ++t;
                        continue;
                    }
                }
            }
            // "in 2022", "since 2014"
            if (const int year = yearNumber(t); year > 0
                && (m_tk.isWord(t - 1, u"in") || m_tk.isWord(t - 1, u"since") || m_tk.isWord(t - 1, u"until") || m_tk.isWord(t - 1, u"by")
                    || m_tk.isWord(t - 1, u"from") || m_tk.isWord(t - 1, u"of") || m_tk.isWord(t - 1, u"early") || m_tk.isWord(t - 1, u"late")
                    || m_tk.isWord(t - 1, u"mid") || m_tk.isWord(t - 1, u"between") || m_tk.isWord(t - 1, u"and"))) {
                addMention(t, t + 1, EntityType::Date, QString::number(year));
            }
        }
    }

    void addDate(int first, int end, int year, int month, int day)
    {
        QString name;
        if (year == 0 && m_date.isValid())
            year = likelyYear(month, day);
        const QDate date(year, month, day);
        if (year > 0 && date.isValid())
            name = date.toString(Qt::ISODate);
        else
            name = QStringLiteral("--%1-%2").arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
        addMention(first, end, EntityType::Date, name);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Names
    // ---------------------------------------------------------------------------------------------------------

    bool isNameToken(int t) const
    {
        if (t < 0 || t >= m_count || taken(t))
            return false;
        const Token &token = m_tokens[t];
        if (token.kind != Kind::Word || !token.capitalized)
            return false;
        const QStringView word = text(t);
        if (word.size() == 1 && word[0] == u'I')
            return false;
        // "I'm", "I've", "I'll": the pronoun, contracted.
        if (word.size() > 2 && word[0] == u'I' && (word[1] == u'\'' || word[1] == QChar(0x2019)))
            return false;
        return !(m_tk.isPunct(t + 1, u':') && captionLabels().contains(word));
    }

    // A title, also written as an abbreviation with its full stop apart: "Gen" "." in "Gen. Milley".
    bool isTitleAt(int t) const
    {
        return t >= 0 && t < m_count
            && (Lexicon::titles().contains(text(t)) || (isTitleAbbreviation(text(t)) && text(t) != u"St" && m_tk.isPunct(t + 1, u'.')));
    }

    bool isConnector(int t) const
    {
        return t >= 0 && t < m_count && m_tokens[t].kind == Kind::Word && !m_tokens[t].capitalized
            && Lexicon::nameConnectors().contains(text(t));
    }

    bool isAllCapsAcronym(QStringView word) const
    {
        if (word.size() < 2 || word.size() > 7)
            return false;
        int letters = 0;
        for (const QChar c : word) {
            if (c.isLetter()) {
                if (!c.isUpper())
                    return false;
                ++letters;
            } else if (c != u'-' && c != u'&' && c != u'.' && !c.isDigit()) {
                return false;
            }
        }
        return letters >= 2;
    }

    // The verb of saying right after token `t` (skipping auxiliaries and adverbs), or -1.
    int speechVerbAfter(int t) const
    {
        int v = t + 1;
        while (v < m_count && m_tokens[v].kind == Kind::Word && Lexicon::verbAuxiliaries().contains(text(v)))
            ++v;
        if (v < m_count && m_tokens[v].kind == Kind::Word && sayingVerbs().contains(text(v)))
            return v;
        return -1;
    }

    bool speechVerbBefore(int t) const
    {
        return t > 0 && m_tokens[t - 1].kind == Kind::Word && sayingVerbs().contains(text(t - 1));
    }

    // Whether a word written in capitals can be an organisation's abbreviation: not "VIP", "IE6", "E.O.", "XVII", nor
    // a word shouted in capitals ("UNLESS").
    bool canBeOrganisationAbbreviation(QStringView word) const
    {
        if (commonAbbreviations().contains(word) || isRomanNumeral(word))
            return false;
        for (const QChar c : word) {
            if (c.isDigit() || c == u'.')
                return false; // "IE6", "STS-135", "FY23", "E.O.": versions and missions, unless the gazetteer knows them
        }
        if (word.size() >= 4) {
            const QString titleCase = word.first(1).toString() + word.sliced(1).toString().toLower();
            if (Lexicon::sentenceStarters().contains(titleCase) || Lexicon::verbAuxiliaries().contains(word.toString().toLower()))
                return false;
        }
        return true;
    }

    // The longest gazetteer name starting at `first` and ending before `end`.
    const Gazetteer::Entry *longestMatch(int first, int end, int *length) const
    {
        if (!m_gazetteer.startsName(text(first)))
            return nullptr;
        // Names inside the run are separated by single spaces (or nothing, before "'s" and the full stop of "St."),
        // so each candidate is a stretch of the text itself, looked up without a copy.
        int longest = 1;
        const int limit = std::min(end - first, m_gazetteer.longestNameTokens());
        while (longest < limit) {
            const int t = first + longest;
            const bool contiguous = (m_tokens[t].start - m_tokens[t - 1].end == 1 && m_tk.text()[m_tokens[t - 1].end] == u' ')
                || ((m_tokens[t].kind == Kind::Possessive || m_tk.isPunct(t, u'.')) && m_tokens[t].start == m_tokens[t - 1].end);
            if (!contiguous)
                break;
            ++longest;
        }
        const qsizetype start = m_tokens[first].start;
        for (int n = longest; n >= 1; --n) {
            if (const Gazetteer::Entry *entry = m_gazetteer.find(m_tk.text().sliced(start, m_tokens[first + n - 1].end - start))) {
                *length = n;
                return entry;
            }
        }
        return nullptr;
    }

    // "501st", "82nd", "3rd": an ordinal written in figures.
    bool isOrdinalFigure(int t) const
    {
        if (t >= m_count || m_tokens[t].kind != Kind::Word || m_tokens[t].capitalized || m_tokens[t].length() < 3 || m_tokens[t].length() > 6)
            return false;
        const QStringView word = text(t);
        if (!word[0].isDigit())
            return false;
        const QStringView suffix = word.last(2);
        qsizetype digits = 0;
        while (digits < word.size() && word[digits].isDigit())
            ++digits;
        return digits == word.size() - 2 && (suffix == u"st" || suffix == u"nd" || suffix == u"rd" || suffix == u"th");
    }

    void findNames()
    {
        int t = 0;
        while (t < m_count) {
            if (!isNameToken(t)) {
                // "501st Legion", "82nd Airborne Division", "3rd Infantry Brigade": a unit named by its number.
                if (isOrdinalFigure(t) && isNameToken(t + 1) && !taken(t) && m_tokens[t + 1].start - m_tokens[t].end == 1) {
                    int e = t + 1;
                    while (e < m_count && e < t + 5 && isNameToken(e) && m_tokens[e].sentence == m_tokens[t].sentence
                           && m_tokens[e].start - m_tokens[e - 1].end == 1)
                        ++e;
                    if (isOrganisationHead(e - 1) && !isNameToken(e)) {
                        addMention(t, e, EntityType::Organisation, joined(t, e));
                        t = e;
                        continue;
                    }
                }
                ++t;
                continue;
            }
            int end = t + 1;
            while (end < m_count && m_tokens[end].sentence == m_tokens[t].sentence) {
                const bool adjacent = m_tokens[end].start - m_tokens[end - 1].end <= 1;
                if (!adjacent)
                    break;
                if (isNameToken(end)) {
                    ++end;
                } else if (m_tk.isPunct(end, u'.') && m_tokens[end].start == m_tokens[end - 1].end && isTitleAbbreviation(text(end - 1))
                           && isNameToken(end + 1)) {
                    end += 2; // "Mr. Toccafondi", "Gen. Patrushev"
                } else if (m_tokens[end].kind == Kind::Possessive && text(end - 1) == u"People" && isNameToken(end + 1)) {
                    end += 2; // "Korean People's Army", "People's Party"
                } else if ((isConnector(end) || m_tk.isPunct(end, u'&')) && isNameToken(end + 1)
                           && m_tokens[end + 1].start - m_tokens[end].end <= 1) {
                    end += 2;
                } else if (isConnector(end) && isConnector(end + 1) && isNameToken(end + 2)) {
                    end += 3; // "Secretary of the Treasury", "Institute for the Study of War"
                } else if (isCampusAt(end, t)) {
                    end += 2; // "University of North Carolina at Greensboro": a campus of a state university
                } else {
                    break;
                }
            }
            // "(For Inspiration and Recognition of Science and Technology)" after "FIRST": the name an abbreviation
            // stands for.
            if (const auto defined = m_definedNames.constFind(t); defined != m_definedNames.constEnd() && *defined <= end) {
                addMention(t, *defined, EntityType::Organisation, joined(t, *defined));
                if (*defined < end)
                    processRun(*defined, end);
                t = end;
                continue;
            }
            processRun(t, end);
            t = end;
        }
    }

    // A capitalised run such as "Ukrainian President Volodymyr Zelenskyy" or "Institute for the Study of War".
    void processRun(int first, int end)
    {
        int pos = first;
        // Words that open sentences, and labels such as "Quote:", are not names.
        int matched = 0;
        while (pos < end && (Lexicon::sentenceStarters().contains(text(pos)) || isConnector(pos)) && !longestMatch(pos, end, &matched)
               && !(isOpeningAdjective(text(pos)) && organisationEnd(pos, end) > pos + 1))
            ++pos;
        if (pos >= end)
            return;

        QStringList pendingRoles;
        QSet<QString> pendingQualifiers;
        lowerCaseRolesBefore(first, &pendingRoles, &pendingQualifiers);

        while (pos < end) {
            if (isConnector(pos) || m_tk.isPunct(pos, u'&') || m_tk.isPunct(pos, u'.')) {
                ++pos;
                continue;
            }
            if (isLearnedAbbreviation(pos)) {
                const auto learned = m_learnedAbbreviations.constFind(text(pos).toString());
                addMention(pos, pos + 1, learned->first, learned->second);
                ++pos;
                continue;
            }
            if (const int orgEnd = organisationEnd(pos, end); orgEnd > pos) {
                const QString name = joined(pos, orgEnd);
                const Gazetteer::Entry *entry = m_gazetteer.find(name);
                QString canonical = entry ? entry->canonical : name;
                // "Valdoria's Foreign Ministry" is not every country's foreign ministry.
                if (!entry && pos == first && pos >= 2 && m_tokens[pos - 1].kind == Kind::Possessive) {
                    const int owner = m_mentionOf.value(pos - 2, -1);
                    if (owner >= 0 && m_a.mentions[owner].type == EntityType::Place)
                        canonical = QStringLiteral("%1 (%2)").arg(name, m_a.mentions[owner].name);
                    else if (owner < 0 && m_tokens[pos - 2].capitalized && m_tokens[pos - 2].kind == Kind::Word)
                        canonical = QStringLiteral("%1 (%2)").arg(name, text(pos - 2));
                }
                // "Kennedy Space Center", "Metro Toronto Convention Centre": buildings are places.
                addMention(pos, orgEnd, isFacility(pos, orgEnd) && !entry ? EntityType::Place : EntityType::Organisation, canonical);
                pendingQualifiers.insert(canonical);
                pos = orgEnd;
                continue;
            }
            // "Environment Canada", "Statistics Norway", "Police Scotland", "Team USA", "Air India": a field of work
            // and a country name a national body, a team or a carrier, not the place.
            if (const int bodyEnd = countryBodyEnd(pos, end); bodyEnd > pos) {
                const QString name = joined(pos, bodyEnd);
                const Gazetteer::Entry *known = m_gazetteer.find(name);
                addMention(pos, bodyEnd, EntityType::Organisation, known ? known->canonical : name);
                pos = bodyEnd;
                continue;
            }
            int length = 0;
            const Gazetteer::Entry *entry = longestMatch(pos, end, &length);
            // "US$ 20,000": a currency.
            if (entry && entry->type == EntityType::Place && pos + length < m_count && m_tk.isPunct(pos + length, u'$')
                && m_tokens[pos + length].start == m_tokens[pos + length - 1].end) {
                pos += length;
                continue;
            }
            // The surname of someone the article has named is that person, though it is also a place ("Paris" after
            // "Valeska Paris"), unless a preposition makes it a place ("in Paris").
            if (entry && length == 1 && entry->type != EntityType::Person && !isLocativeWord(pos - 1)) {
                if (const QString known = knownPersonFor(text(pos), true); !known.isEmpty()) {
                    addMention(pos, pos + 1, EntityType::Person, known);
                    ++pos;
                    continue;
                }
            }
            // A known first name followed by an unknown capitalised word is a person, whatever else the first word is;
            // so is a family name before a hyphenated given name ("Lau Siu-lai"; Lau is also a region of Fiji).
            const bool personFirst = entry && length == 1 && entry->type != EntityType::Person && pos + 1 < end
                && ((m_gazetteer.isFirstName(text(pos)) && !m_gazetteer.startsName(text(pos + 1)) && !Lexicon::titles().contains(text(pos + 1)))
                    || (entry->type == EntityType::Place && !(entry->placeKinds & (Gazetteer::Country | Gazetteer::Capital))
                        && pos + 2 <= end && !isNameToken(pos + 2) && isEastAsianName(pos, pos + 2, true)));
            if (entry && !personFirst) {
                // "Taipei City", "Volgograd Arena", "Nizhny Novgorod Stadium": a place's name and a place head word
                // name another place (or the city itself).
                if (entry->type == EntityType::Place) {
                    int headEnd = pos + length;
                    while (headEnd < end && headEnd < pos + length + 2 && isNameToken(headEnd) && !Lexicon::placeHeads().contains(text(headEnd))
                           && !m_gazetteer.startsName(text(headEnd)) && !Lexicon::titles().contains(text(headEnd)) && !isOrganisationHead(headEnd))
                        ++headEnd;
                    if (headEnd < end && (Lexicon::placeHeads().contains(text(headEnd)) || text(headEnd) == u"City")) {
                        const bool city = text(headEnd) == u"City" && headEnd == pos + length;
                        addMention(pos, headEnd + 1, EntityType::Place, city ? entry->canonical : joined(pos, headEnd + 1));
                        pendingQualifiers.insert(entry->canonical);
                        pos = headEnd + 1;
                        continue;
                    }
                }
                addMention(pos, pos + length, entry->type, entry->canonical);
                if (entry->type == EntityType::Person) {
                    PersonRecord &person = registerPerson(entry->canonical);
                    if (!entry->role.isEmpty()) {
                        for (const QString &word : entry->role.split(u' '))
                            person.roles.insert(normalisedRole(word));
                    }
                    if (!entry->country.isEmpty())
                        person.qualifiers.insert(entry->country);
                    applyPending(person, pendingRoles, pendingQualifiers);
                } else {
                    pendingQualifiers.insert(entry->canonical);
                    if (!entry->country.isEmpty())
                        pendingQualifiers.insert(entry->country);
                }
                pos += length;
                continue;
            }
            if (const QString country = m_gazetteer.countryOfNationality(text(pos)); !country.isEmpty() && !personFirst) {
                QString word = text(pos).toString();
                addMention(pos, pos + 1, EntityType::Group, word);
                pendingQualifiers.insert(country);
                pendingQualifiers.insert(word);
                ++pos;
                continue;
            }
            // "the State of Texas": a state, not a title.
            if (text(pos) == u"State" && m_tk.isWord(pos + 1, u"of") && !m_tk.isWord(pos - 1, u"of") && !Lexicon::titles().contains(text(pos - 1))) {
                int placeLength = 0;
                const Gazetteer::Entry *place = pos + 2 < end ? longestMatch(pos + 2, end, &placeLength) : nullptr;
                if (place && place->type == EntityType::Place) {
                    addMention(pos, pos + 2 + placeLength, EntityType::Place, place->canonical);
                    pos += 2 + placeLength;
                    continue;
                }
            }
            if (isTitleAt(pos) && pos + 1 < end) {
                while (pos < end && (isTitleAt(pos) || m_tk.isPunct(pos, u'.') || (isConnector(pos) && pos + 1 < end && isTitleAt(pos + 1)))) {
                    if (!isConnector(pos) && !m_tk.isPunct(pos, u'.'))
                        pendingRoles.append(normalisedRole(text(pos)));
                    ++pos;
                }
                continue;
            }
            // "East Los Angeles", "Northern Syria": a compass word and a place are one place.
            if (isCompassWord(text(pos)) && pos + 1 < end) {
                int placeLength = 0;
                const Gazetteer::Entry *place = longestMatch(pos + 1, end, &placeLength);
                if (place && place->type == EntityType::Place) {
                    addMention(pos, pos + 1 + placeLength, EntityType::Place, joined(pos, pos + 1 + placeLength));
                    pendingQualifiers.insert(place->canonical);
                    pos += 1 + placeLength;
                    continue;
                }
            }
            // "Museum of Flight", "Lake Michigan", "Mount Kenya": a place head word that comes first.
            if (isLeadingPlaceHead(text(pos)) && pos + 1 < end && isNameToken(pos + 1)) {
                int placeEnd = pos + 1;
                // Not "CEO" of "Museum of Flight CEO Bonnie Dunbar": a role after the name.
                while (placeEnd < end && (isNameToken(placeEnd) || isConnector(placeEnd)) && !Lexicon::titles().contains(text(placeEnd))
                       && !commonAbbreviations().contains(text(placeEnd)))
                    ++placeEnd;
                while (placeEnd > pos + 1 && isConnector(placeEnd - 1))
                    --placeEnd;
                placeEnd = beforeConjoinedOrganisation(pos, placeEnd);
                addMention(pos, placeEnd, EntityType::Place, joined(pos, placeEnd));
                pendingQualifiers.clear();
                pos = placeEnd;
                continue;
            }

            // An unknown stretch: up to the next gazetteer name, nationality, title or connector.
            int segmentEnd = pos + 1;
            // A name that starts with a first name runs on past surnames that are also places ("Brian E. Nelson",
            // "George Washington").
            const bool personName = m_gazetteer.isFirstName(text(pos));
            auto stopsName = [&](int t) {
                if (isConnector(t) || !m_gazetteer.countryOfNationality(text(t)).isEmpty() || m_tk.isPunct(t, u'.') || isLearnedAbbreviation(t))
                    return true;
                // "Regina Ip In the ...": a capitalised function word before an article is where a caption's sentence
                // went on ("Wilson Or was elected" is a name).
                if (isCapitalisedFunctionWord(text(t)) && (m_tk.isWord(t + 1, u"the") || m_tk.isWord(t + 1, u"a") || m_tk.isWord(t + 1, u"an")))
                    return true;
                if (isTitleAt(t) && t + 1 < end)
                    return true;
                int length = 0;
                const Gazetteer::Entry *entry = longestMatch(t, end, &length);
                if (!entry)
                    return false;
                return !(personName && t - pos < 3 && entry->type == EntityType::Place && length == 1);
            };
            while (segmentEnd < end && !stopsName(segmentEnd))
                ++segmentEnd;
            // "National Air and Space Museum", "Victoria and Albert Museum": words joined by "and" before the head word
            // of a museum or hall are one name. Not "Tsargrad-Media and Tsargrad Park", "Lakhta OOO and Lakhta Plaza":
            // two names, the second repeating a word of the first.
            static const WordTable<> joinedHeads{u"Museum", u"Gallery", u"Galleries", u"Center", u"Centre", u"Hall",
                                                 u"Library", u"Theatre", u"Theater", u"Planetarium"};
            if (m_tk.isWord(segmentEnd, u"and") && !Lexicon::placeHeads().contains(text(segmentEnd - 1)) && !isOrganisationHead(segmentEnd - 1)) {
                int e = segmentEnd + 1;
                bool repeated = false;
                while (e < end && e < segmentEnd + 4 && isNameToken(e) && !joinedHeads.contains(text(e)) && !m_gazetteer.startsName(text(e))) {
                    for (int k = pos; k < segmentEnd && !repeated; ++k)
                        repeated = text(k) == text(e);
                    ++e;
                }
                bool caps = false;
                for (int k = pos; k < segmentEnd && !caps; ++k)
                    caps = isAllCapsAcronym(text(k));
                if (!repeated && !caps && e > segmentEnd + 1 && e < end && joinedHeads.contains(text(e)) && (e + 1 == end || !isNameToken(e + 1)))
                    segmentEnd = e + 1;
            }
            // "Valeska Paris, an Australian woman": a word the gazetteer does not know and a place's name, said of
            // someone, are that someone's name.
            if (segmentEnd == pos + 1 && pos + 2 == end && !personName && !Lexicon::sentenceStarters().contains(text(pos))) {
                int placeLength = 0;
                const Gazetteer::Entry *next = longestMatch(pos + 1, end, &placeLength);
                if (next && placeLength == 1 && next->type == EntityType::Place
                    && (appositiveAfter(end) || speechVerbAfter(end - 1) >= 0 || m_a.findPerson(joined(pos, end))))
                    segmentEnd = end;
            }
            // "Block Museum of Art": a place head word and what it is of.
            if (Lexicon::placeHeads().contains(text(segmentEnd - 1)) && segmentEnd - pos >= 1 && m_tk.isWord(segmentEnd, u"of") && segmentEnd + 1 < end
                && isNameToken(segmentEnd + 1)) {
                int e = segmentEnd + 1;
                while (e < end && isNameToken(e) && !commonAbbreviations().contains(text(e)) && !Lexicon::titles().contains(text(e)))
                    ++e;
                segmentEnd = e;
            }
            // "Valdorian President ...": a word the gazetteer does not know, right before a title, qualifies it.
            if (segmentEnd == pos + 1 && segmentEnd < end && Lexicon::titles().contains(text(segmentEnd))) {
                pendingQualifiers.insert(text(pos).toString());
                pos = segmentEnd;
                continue;
            }
            classifyUnknown(pos, segmentEnd, pendingRoles, pendingQualifiers, first);
            pendingRoles.clear();
            pendingQualifiers.clear();
            pos = segmentEnd;
        }
    }

    bool isOrganisationHead(int t) const { return Lexicon::organisationHeads().contains(text(t)); }

    // "at" in "University of North Carolina at Greensboro", "University of Texas at Austin": the campus, part of the
    // name of the university that begins at `first`.
    bool isCampusAt(int t, int first) const
    {
        // Cheap tests first: this is asked at the end of every capitalised run.
        return t - first >= 3 && t + 1 < m_count && m_tokens[t].length() == 2 && text(first) == u"University" && m_tk.isWord(t, u"at")
            && m_tk.isWord(first + 1, u"of")
            && m_tokens[t + 1].kind == Kind::Word && m_tokens[t + 1].capitalized && m_tokens[t + 1].sentence == m_tokens[first].sentence;
    }

    static bool isCountryBodyField(QStringView word)
    {
        static const WordTable<> table{u"Environment", u"Health",   u"Statistics", u"Parks",       u"Transport",   u"Elections",
                                       u"Police",      u"Sport",    u"Team",       u"Air",         u"Historic",    u"Natural",
                                       u"Visit",       u"Tourism",  u"Fisheries",  u"Agriculture", u"Immigration", u"Infrastructure",
                                       u"Justice",     u"Industry", u"Employment", u"Veterans",    u"Revenue",     u"Heritage"};
        return table.contains(word);
    }

    // The end of "Environment Canada", "Team Estonia" at `pos`: a field word and a country (or a nation of one, as
    // "Scotland") that ends the run or is followed by a lower-case word. `pos` when there is none.
    int countryBodyEnd(int pos, int end) const
    {
        if (pos + 1 >= end || !isCountryBodyField(text(pos)))
            return pos;
        using K = Gazetteer::PlaceKind;
        int length = 0;
        const Gazetteer::Entry *place = longestMatch(pos + 1, end, &length);
        if (!place || place->type != EntityType::Place || !(place->placeKinds & (K::Country | K::Region)) || (place->placeKinds & K::City))
            return pos;
        // Not "Health Canada Act" nor a region that is only a state or province: a nation's name.
        if (pos + 1 + length < end || (!(place->placeKinds & K::Country) && !place->country.isEmpty() && place->country != u"United Kingdom"))
            return pos;
        return pos + 1 + length;
    }

    // "Toronto Star", "Edmonton Sun", "Daily Mirror": words that name a newspaper after a place or a day.
    bool isNewspaperTitleEnd(int t) const
    {
        static const WordTable<> titles{u"Sun", u"Star", u"Globe", u"Mirror", u"Standard", u"Express", u"Record", u"Monitor",
                                        u"Observer", u"Guardian", u"Independent", u"Chronicle", u"Dispatch", u"Sentinel"};
        static const WordTable<> days{u"Daily", u"Sunday", u"Morning", u"Evening", u"Weekly"};
        if (t < 1 || !titles.contains(text(t)) || !isNameToken(t - 1))
            return false;
        if (days.contains(text(t - 1)))
            return true;
        const Gazetteer::Entry *entry = m_gazetteer.find(text(t - 1));
        return entry && entry->type == EntityType::Place;
    }

    // A centre that is a building or a site: "Kennedy Space Center", "Metro Toronto Convention Centre", not the
    // "Carter Center" or a "Centre for Ceasefire Studies".
    bool isFacility(int first, int end) const
    {
        static const WordTable<> facilityWords{
            u"Space", u"Convention", u"Science", u"Trade", u"Shopping", u"Medical", u"Sports", u"Aquatic", u"Aquatics",
            u"Art", u"Arts", u"Cultural", u"Community", u"Conference", u"Exhibition", u"Visitor", u"Visitors", u"Detention",
            u"Rocket", u"Training", u"Test", u"Data", u"Distribution", u"Fitness", u"Heritage", u"Performing", u"Civic",
            u"Events", u"Event", u"Entertainment", u"Music", u"Leisure", u"Recreation", u"Processing", u"Holding",
        };
        if (end - first < 2 || !(text(end - 1) == u"Center" || text(end - 1) == u"Centre"))
            return false;
        return facilityWords.contains(text(end - 2));
    }

    static bool isCapitalisedFunctionWord(QStringView word)
    {
        static const WordTable<> table{u"In", u"On", u"At", u"The", u"A", u"An", u"For", u"With", u"By", u"To", u"From",
                                       u"And", u"But", u"Or", u"As", u"Of", u"After", u"Before", u"During", u"Since"};
        return table.contains(word);
    }

    static bool isTitleAbbreviation(QStringView word)
    {
        static const WordTable<> table{u"Mr", u"Mrs", u"Ms", u"Dr", u"Prof", u"Gen", u"Sen", u"Rep", u"Gov", u"Lt", u"Col", u"Sgt",
                                       u"Capt", u"Maj", u"Adm", u"Rev", u"St", u"Cmdr", u"Brig", u"Amb", u"Hon", u"Insp", u"Det"};
        return table.contains(word);
    }

    // Sentence openers that can also begin an organisation's name: "New People Party", "First Quantum Minerals".
    static bool isOpeningAdjective(QStringView word)
    {
        static const WordTable<> table{u"New",     u"First", u"People", u"National",  u"United",
                                       u"Central", u"Free",  u"Social", u"Democratic"};
        return table.contains(word);
    }

    static bool isLocalBody(QStringView word)
    {
        static const WordTable<> table{u"Municipality", u"City",    u"Province",    u"County",    u"Borough",
                                       u"Town",         u"Diocese", u"Archdiocese", u"Prefecture"};
        return table.contains(word);
    }

    static bool isCompassWord(QStringView word)
    {
        static const WordTable<> table{u"East", u"West", u"North", u"South", u"Eastern", u"Western", u"Northern", u"Southern",
                                       u"Central", u"Upper", u"Lower", u"Greater", u"Northeast", u"Northwest", u"Southeast",
                                       u"Southwest", u"North-East", u"North-West", u"South-East", u"South-West"};
        return table.contains(word);
    }

    static bool isLeadingPlaceHead(QStringView word)
    {
        static const WordTable<> table{u"Museum", u"Mount", u"Mt.", u"Lake", u"Cape", u"Fort", u"Isle", u"Port", u"Planetarium"};
        return table.contains(word);
    }

    // "in", "from", "near": a name right after one is where something is or happens.
    bool isLocativeWord(int t) const
    {
        static const WordTable<> table{u"in",     u"from",   u"to",   u"at",     u"near",   u"outside",
                                       u"across", u"inside", u"into", u"toward", u"towards"};
        return m_tk.isLowerWord(t) && table.contains(text(t));
    }

    // Whether [first, end) names an organisation by itself: it ends in a head word or the gazetteer knows it.
    bool isOrganisationName(int first, int end) const
    {
        if (end <= first)
            return false;
        if (isOrganisationHead(end - 1) && end - first >= 2)
            return true;
        const Gazetteer::Entry *entry = m_gazetteer.startsName(text(first)) ? m_gazetteer.find(joined(first, end)) : nullptr;
        return entry && entry->type == EntityType::Organisation;
    }

    // Where an organisation named in [first, end) that is followed by "and" ends, when what follows is another
    // organisation: "Civic Party and the Democratic Party", "the Irving Independent School District and the Irving
    // Police Department". Not "Department of Health and Human Services", which is one name. `end` when none.
    int beforeConjoinedOrganisation(int first, int end) const
    {
        for (int k = first + 1; k + 1 < end; ++k) {
            if (!m_tk.isWord(k, u"and"))
                continue;
            const bool theFollows = m_tk.isWord(k + 1, u"the");
            const bool abbreviation = k - first == 1 && isAllCapsAcronym(text(first)) && canBeOrganisationAbbreviation(text(first));
            if ((isOrganisationHead(k - 1) && k - first >= 2) || isOrganisationName(first, k) || (theFollows && organisationHeadIn(first, k))
                || abbreviation)
                return k;
        }
        return end;
    }

    bool organisationHeadIn(int first, int end) const
    {
        for (int t = first; t < end; ++t) {
            if (isOrganisationHead(t) || (t == first && isLeadingOrganisationHead(text(t))))
                return true;
        }
        return false;
    }

    // A name that belongs to someone of an organisation: "Lee Cheuk-yan of the Labour Party", "Claudia Mo of Civic
    // Party". The stretch before "of" holds neither a head word nor a title and reads as a person's name.
    bool memberOfOrganisation(int first, int of, int end) const
    {
        if (!m_tk.isWord(of, u"of") || of - first < 1 || of - first > 3)
            return false;
        for (int t = first; t < of; ++t) {
            if (!isNameToken(t) || isOrganisationHead(t) || Lexicon::titles().contains(text(t)) || Lexicon::placeHeads().contains(text(t)))
                return false;
            if (const Gazetteer::Entry *e = m_gazetteer.find(text(t)); e && e->type != EntityType::Person)
                return false;
        }
        if (isLeadingOrganisationHead(text(first)))
            return false;
        if (of - first == 1 && knownPersonFor(text(first)).isEmpty() && !m_gazetteer.isFirstName(text(first)))
            return false;
        int org = of + 1;
        if (m_tk.isWord(org, u"the"))
            ++org;
        if (org < end && isAllCapsAcronym(text(org)) && canBeOrganisationAbbreviation(text(org)) && !m_gazetteer.find(text(org)))
            return true; // "Leung Yiu-chung of NWSC"
        return org < end && organisationEndWithin(org, end) > org;
    }

    // "Commanders of the Korean People's Army", "Members of the Sea Org": people, not part of the name.
    bool isPeopleNoun(QStringView word) const
    {
        QString lower = word.toString().toLower();
        if (Lexicon::roleNouns().contains(lower) || occupationNouns().contains(lower) || Lexicon::unnamedSpeakerNouns().contains(lower))
            return true;
        if (lower.endsWith(u's')) {
            lower.chop(1);
            return Lexicon::roleNouns().contains(lower) || occupationNouns().contains(lower);
        }
        return false;
    }

    // The end of the organisation at `pos`, or `pos` when none starts there.
    int organisationEndWithin(int pos, int end) const
    {
        const int orgEnd = organisationEnd(pos, end);
        if (orgEnd > pos)
            return orgEnd;
        int length = 0;
        const Gazetteer::Entry *entry = longestMatch(pos, end, &length);
        return entry && entry->type == EntityType::Organisation ? pos + length : pos;
    }

    // Where an organisation that starts at `pos` ends: a run ending in a head word ("Presidential Office"),
    // or starting with one ("Ministry of Defence", "Radio Meridian"). 0 when there is none.
    int organisationEnd(int pos, int end) const
    {
        // Two organisations joined by "and" are two names; the first is all of what comes before "and".
        const int conjoined = beforeConjoinedOrganisation(pos, end);
        end = conjoined;
        int headEnd = 0;
        for (int t = end - 1; t > pos; --t) {
            // "District" names a place, but a "School District" is the body that runs the schools.
            if (isOrganisationHead(t) || (text(t) == u"District" && m_tk.isWord(t - 1, u"School")) || isNewspaperTitleEnd(t)) {
                headEnd = t + 1;
                break;
            }
        }
        if (headEnd > pos && conjoined < m_count && m_tk.isWord(conjoined, u"and"))
            headEnd = end;
        // "Wright-Patterson Air Force Base": a place head word after it makes the whole a place.
        if (headEnd > pos && headEnd < end && Lexicon::placeHeads().contains(text(headEnd)))
            return 0;
        // "Valdoria and the Kestrelian Federation": "the" after "and" begins another name.
        for (int k = pos + 1; k + 1 < headEnd; ++k) {
            if (m_tk.isWord(k, u"and") && m_tk.isWord(k + 1, u"the"))
                return 0;
        }
        if (headEnd > pos) {
            // "Centre for Ceasefire Studies", "Institute for the Study of War": the name goes on past the head word.
            // Not "Kennedy Space Center on STS-1": a mission or a model, with digits, right after the word is what
            // happened there.
            if (headEnd < end && isConnector(headEnd) && (m_tk.isWord(headEnd, u"for") || m_tk.isWord(headEnd, u"of") || m_tk.isWord(headEnd, u"on"))) {
                const QStringView next = headEnd + 1 < end ? text(headEnd + 1) : QStringView();
                if (!std::any_of(next.cbegin(), next.cend(), [](QChar c) { return c.isDigit(); }))
                    headEnd = end;
            }
            // Not when a title begins a person's name inside it ("Foreign Minister Ilinca Dobrev of the Council").
            for (int t = pos; t < headEnd; ++t) {
                if (Lexicon::titles().contains(text(t)) && !isOrganisationHead(t) && t + 1 < headEnd && !Lexicon::titles().contains(text(t + 1))
                    && !isOrganisationHead(t + 1) && m_gazetteer.isFirstName(text(t + 1)))
                    return 0;
                if (const Gazetteer::Entry *e = m_gazetteer.find(text(t)); e && e->type == EntityType::Person)
                    return 0;
                // "Lee Cheuk-yan of the Labour Party": a person, then the organisation. "Chairman of the Council": a
                // title, then the organisation.
                if (m_tk.isWord(t, u"of") && t > pos) {
                    const int org = t + (m_tk.isWord(t + 1, u"the") ? 2 : 1);
                    const bool titleOf = (Lexicon::titles().contains(text(t - 1)) || (t - pos == 1 && isPeopleNoun(text(pos))))
                        && !organisationHeadIn(pos, t) && org < headEnd && organisationEndWithin(org, headEnd) > org;
                    if (memberOfOrganisation(pos, t, headEnd) || titleOf)
                        return 0;
                }
            }
            return headEnd;
        }
        // "Government of Ukraine", "Group of Creditors of Ukraine": a body named by what it is of, up to a title
        // ("Group of Seven Foreign Ministers" is the ministers of the G7). Not "Government officials", nor a "Group"
        // or "Government" that ends a name.
        const bool bodyOf = (text(pos) == u"Government" || text(pos) == u"Group") && m_tk.isWord(pos + 1, u"of");
        if ((isLeadingOrganisationHead(text(pos)) || bodyOf) && pos + 1 < end) {
            int orgEnd = pos + 1;
            while (orgEnd < end && (isNameToken(orgEnd) || isConnector(orgEnd) || isCampusAt(orgEnd, pos))
                   && !(bodyOf && Lexicon::titles().contains(text(orgEnd))))
                ++orgEnd;
            while (orgEnd > pos + 1 && isConnector(orgEnd - 1))
                --orgEnd;
            return orgEnd > pos + 1 ? orgEnd : 0;
        }
        return 0;
    }

    // Lower-case roles written just before a name: "Russian ruler Vladimir Putin", "Kremlin spokesman Dmitry Peskov".
    void lowerCaseRolesBefore(int first, QStringList *roles, QSet<QString> *qualifiers) const
    {
        int t = first - 1;
        QStringList found;
        while (t >= 0 && found.size() < 3 && m_tk.isLowerWord(t) && Lexicon::roleNouns().contains(text(t))) {
            found.prepend(normalisedRole(text(t)));
            --t;
        }
        if (found.isEmpty())
            return;
        roles->append(found);
        const int mention = m_mentionOf.value(t, -1);
        if (mention >= 0) {
            const EntityMention &m = m_a.mentions[mention];
            qualifiers->insert(m.name);
            if (m.type == EntityType::Group)
                qualifiers->insert(m_gazetteer.countryOfNationality(m.name));
        }
    }

    void applyPending(PersonRecord &person, const QStringList &roles, const QSet<QString> &qualifiers) const
    {
        for (const QString &role : roles)
            person.roles.insert(role);
        person.qualifiers.unite(qualifiers);
    }

    PersonRecord &registerPerson(const QString &name)
    {
        if (!m_a.findPerson(name)) {
            // Index the new person by surname and first name, for knownPersonFor().
            const qsizetype lastSpace = name.lastIndexOf(u' ');
            m_peopleByWord[lastSpace < 0 ? name : name.sliced(lastSpace + 1)].append(name);
            if (const qsizetype firstSpace = name.indexOf(u' '); firstSpace > 0)
                m_peopleByWord[name.first(firstSpace)].append(name);
        }
        PersonRecord &person = m_a.person(name);
        if (person.gender == Gazetteer::Gender::Unknown) {
            const qsizetype space = name.indexOf(u' ');
            if (space > 0)
                person.gender = m_gazetteer.genderOfFirstName(QStringView(name).first(space));
        }
        return person;
    }

    // The full name of a person already named in the article whose surname (or given name) is `word`. Where two
    // share it, the one the article names most ("Mohamed" is the Ahmed Mohamed the story is about, not a Mohamed
    // El-Hassan Mohamed quoted once); none when they are named as often.
    QString knownPersonFor(QStringView word, bool surnameOnly = false) const
    {
        QString best;
        int bestCount = -1;
        int runnerUp = -1;
        const auto candidates = m_peopleByWord.constFind(hashKey(word));
        if (candidates == m_peopleByWord.constEnd())
            return {};
        for (const QString &candidate : *candidates) {
            const PersonRecord &person = *m_a.findPerson(candidate);
            const QStringView name = person.name;
            const qsizetype space = name.lastIndexOf(u' ');
            const QStringView surname = space < 0 ? name : name.sliced(space + 1);
            const bool matches = surname == word || name == word
                || (!surnameOnly && name.size() > word.size() && name.startsWith(word) && name[word.size()] == u' ');
            if (!matches)
                continue;
            const int count = m_personMentions.value(person.name);
            if (count > bestCount) {
                runnerUp = bestCount;
                best = person.name;
                bestCount = count;
            } else {
                runnerUp = std::max(runnerUp, count);
            }
        }
        return runnerUp >= 0 && bestCount < 2 * std::max(runnerUp, 1) ? QString() : best;
    }

    void classifyUnknown(int pos, int end, const QStringList &roles, const QSet<QString> &qualifiers, int runFirst)
    {
        const int length = end - pos;
        // A title on its own ("said the Secretary") is not anyone's name.
        if (length == 1 && Lexicon::titles().contains(text(pos))) {
            // "the Crown" (not "the Crown Prince"): the state as a party to a case, in Commonwealth courts.
            if (text(pos) == u"Crown" && m_tk.isWord(pos - 1, u"the") && !(end < m_count && m_tokens[end].capitalized && m_tokens[end].kind == Kind::Word))
                addMention(pos, end, EntityType::Organisation, QStringLiteral("Crown"));
            return;
        }
        const QStringView firstWord = text(pos);
        const bool sentenceStart = m_tokens[pos].sentenceStart || (pos > 0 && m_tokens[pos - 1].kind == Kind::Punct
                                                                     && (text(pos - 1) == u"\u201C" || text(pos - 1) == u"\""));

        if (length == 1 && isAllCapsAcronym(firstWord)) {
            // "Kennedy Space Center (KSC)": an abbreviation given in brackets stands for the name before it, here and
            // wherever the article uses it again.
            if (m_tk.isPunct(pos - 1, u'(') && m_tk.isPunct(end, u')')) {
                const int named = m_mentionOf.value(pos - 2, -1);
                // The abbreviation begins with the name's first letter: "Kennedy Space Center (KSC)", not "the
                // Harmonized Tariff Schedule of the United States (HTSUS)".
                const bool initials = named >= 0 && m_a.mentions[named].end == m_tokens[pos - 2].end
                    && m_tk.text()[m_a.mentions[named].start].toUpper() == firstWord[0];
                if (initials && m_a.mentions[named].type != EntityType::Date && m_a.mentions[named].type != EntityType::Group) {
                    const EntityMention &m = m_a.mentions[named];
                    m_learnedAbbreviations.insert(firstWord.toString(), {m.type, m.name});
                    addMention(pos, end, m.type, m.name);
                    return;
                }
            }
            // "Movimento 5 Stelle (M5S)": no name was found before the brackets (the number broke it), but the words there
            // begin with the abbreviation's letters and hold an organisation's head word: they are its name. Not "Executive
            // Order (E.O.)", "Racketeer Influenced and Corrupt Organizations (RICO)" (an act).
            if (m_tk.isPunct(pos - 1, u'(') && m_tk.isPunct(end, u')') && !taken(pos - 2) && !firstWord.back().isDigit()) {
                if (const int longFirst = nameWithInitials(pos - 1, firstWord); longFirst >= 0 && organisationHeadIn(longFirst, pos - 1)) {
                    const QString name = joined(longFirst, pos - 1);
                    addMention(longFirst, pos - 1, EntityType::Organisation, name);
                    m_learnedAbbreviations.insert(firstWord.toString(), {EntityType::Organisation, name});
                    addMention(pos, end, EntityType::Organisation, name);
                    return;
                }
            }
            if (const auto learned = m_learnedAbbreviations.constFind(firstWord.toString()); learned != m_learnedAbbreviations.constEnd()) {
                addMention(pos, end, learned->first, learned->second);
                return;
            }
            // "KYIV, Ukraine —", "WASHINGTON (Reuters)": a dateline's place, written in capitals.
            if (firstWord.size() >= 4) {
                const QString titleCase = firstWord.first(1).toString() + firstWord.sliced(1).toString().toLower();
                if (const Gazetteer::Entry *entry = m_gazetteer.find(titleCase); entry && entry->type == EntityType::Place) {
                    addMention(pos, end, EntityType::Place, entry->canonical);
                    return;
                }
            }
            // "the ICI system", "NCLAN studies": initials that name a thing; "IE" where the article writes "IE6" and
            // "IE9": a product.
            static const WordTable<> thingNouns{u"system", u"systems", u"tax", u"taxes", u"scheme", u"format", u"formats", u"protocol",
                                                u"virus", u"file", u"files", u"study", u"studies", u"trial", u"trials", u"survey",
                                                u"code", u"syndrome", u"disorder", u"disorders", u"test", u"tests", u"score", u"scores"};
            if (m_tk.isLowerWord(end) && thingNouns.contains(text(end)))
                return;
            if (canBeOrganisationAbbreviation(firstWord) && !isVersionedProduct(firstWord))
                addMention(pos, end, EntityType::Organisation, firstWord.toString());
            return;
        }
        // "the Church", "the Court", "the Administration": an organisation's head word alone, after "the", is the
        // organisation the article has named with it, or one of that name.
        if (length == 1 && m_tk.isWord(pos - 1, u"the") && isOrganisationHead(pos) && !Lexicon::titles().contains(firstWord)
            && firstWord != u"Channel") {
            addMention(pos, end, EntityType::Organisation, organisationNamedWith(firstWord));
            return;
        }
        // "the town of Yeoncheon", "the city of Kharkiv", "the village of Bucha": a lower-case noun for a settlement or
        // an area says what the name after "of" is.
        static const WordTable<> settlementNouns{u"town", u"city", u"village", u"hamlet", u"suburb", u"province", u"region",
                                                 u"district", u"county", u"island", u"port", u"capital", u"municipality",
                                                 u"settlement", u"commune", u"prefecture", u"oblast", u"neighbourhood",
                                                 u"neighborhood", u"towns", u"cities", u"villages", u"islands"};
        if (length <= 3 && m_tk.isWord(pos - 1, u"of") && m_tk.isLowerWord(pos - 2) && settlementNouns.contains(text(pos - 2)) && end == runEnd(pos)
            && !m_gazetteer.isFirstName(firstWord)) {
            const QString name = joined(pos, end);
            addMention(pos, end, EntityType::Place, name);
            m_learnedPlaces.insert(name, name);
            return;
        }
        // A word the article has shown to be a place: "Evansville" after "Evansville, Indiana".
        if (const QString place = m_learnedPlaces.isEmpty() ? QString() : m_learnedPlaces.value(joined(pos, end)); !place.isEmpty()) {
            addMention(pos, end, EntityType::Place, place);
            return;
        }

        // A title applies to the name right after it, not to what it is of ("Director of the National Iodine Study").
        // Words that only qualify a title ("Treasury", "Deputy") make no one's title on their own: "Treasury Targets
        // Financial Networks".
        static const WordTable<> titleQualifiers{u"vice", u"foreign", u"defense", u"defence", u"finance", u"interior", u"treasury",
                                                 u"state", u"under", u"assistant", u"acting", u"deputy", u"first", u"crown", u"high",
                                                 u"special", u"field", u"rear", u"principal", u"executive", u"supreme", u"home", u"shadow"};
        const bool titled = !isConnector(pos - 1)
            && std::any_of(roles.cbegin(), roles.cend(), [](const QString &role) { return !titleQualifiers.contains(role); });
        const bool firstName = (m_gazetteer.isFirstName(firstWord) && length >= 2) || isEastAsianName(pos, end);
        // Evidence that a capitalised stretch is someone: a speech verb next to it, a role given after it
        // ("X, head of ..."), a name given after a role ("the UN envoy, X, said"), an occupation written before it
        // ("curator Elaine Gustafon"), or an organisation it belongs to ("Kwong Chun-yu of the Democratic Party").
        const bool saidOf = speechVerbBefore(pos) && pos == runFirst
            && (length >= 2 || tellingVerbBefore(pos) || m_tk.isPunct(end, u',') || m_tk.isPunct(end, u'.')); // "said Mauer,"
        const bool speaks = speechVerbAfter(end - 1) >= 0 || saidOf
            || appositiveAfter(end) || (m_tk.isPunct(end, u',') && speechVerbAfter(end) >= 0) || (length >= 2 && saysAfterAppositive(end))
            || (pos == runFirst && m_tk.isPunct(pos - 1, u',') && m_tk.isLowerWord(pos - 2) && Lexicon::roleNouns().contains(text(pos - 2)));
        const bool described = length >= 2 && pos == runFirst && m_tk.isLowerWord(pos - 1) && occupationNouns().contains(text(pos - 1));
        const bool member = length >= 2 && memberOfOrganisation(pos, end, runEnd(end));
        const bool personLike = length <= 4 && (titled || firstName || (length >= 2 && (speaks || described || member)));

        // "Liberty Square", "Dravik River": a place head word ends the name (whatever its first word is), unless the
        // name is someone's ("Marc Lamont Hill commented").
        static const WordTable<> surnameLikeHeads{u"Hall", u"Hill",  u"Park",   u"Lake",  u"Castle",
                                                  u"Beach", u"Tower", u"Bridge", u"Banks", u"Temple"};
        const bool surnameLike = length == 2 && surnameLikeHeads.contains(text(end - 1)) && !m_tk.isWord(pos - 1, u"the") && !isLocativeWord(pos - 1);
        const bool someonesName = firstName && (titled || speaks || described || surnameLike);
        int placeHead = end - 1;
        for (int k = pos + 1; k + 1 < end; ++k) {
            if (m_tk.isWord(k, u"of") && Lexicon::placeHeads().contains(text(k - 1)))
                placeHead = k - 1;
        }
        if (length >= 2 && Lexicon::placeHeads().contains(text(placeHead)) && !someonesName) {
            addMention(pos, end, EntityType::Place, joined(pos, end));
            return;
        }
        // "Nathan Law of Demosisto", "members of the Sea Org", "the band The Velvet Underground", "localist group
        // Youngspiration": a name that someone belongs to, or that a lower-case noun says is an organisation.
        // "Demosisto's Nathan Law", "Google's Sundar Pichai": a name whose member follows it.
        const bool atRunEnd = end == runEnd(pos);
        const bool hasMember = atRunEnd && end + 1 < m_count && m_tokens[end].kind == Kind::Possessive && isNameToken(end + 1)
            && isNameToken(end + 2) && (m_gazetteer.isFirstName(text(end + 1)) || isEastAsianName(end + 1, end + 3))
            && !m_gazetteer.isFirstName(firstWord) && knownPersonFor(firstWord).isEmpty();
        // "Shiu Ka-chun of the Social Welfare constituency": what someone is "of" before a noun for an area or a field
        // is no organisation.
        static const WordTable<> areaNouns{u"constituency", u"constituencies", u"district", u"ward", u"riding", u"electorate",
                                           u"sector", u"seat", u"region", u"area", u"category", u"division", u"county", u"province"};
        // "Steve Rubell of Studio 54": a name that goes on with a number is not this word alone.
        const bool areaAfter = (m_tk.isLowerWord(end) && areaNouns.contains(text(end))) || (end < m_count && m_tokens[end].kind == Kind::Number);
        const bool namedAs = atRunEnd && personLike && !titled && namedAsOrganisation(pos);
        if ((!personLike || namedAs) && atRunEnd && !areaAfter && (belongsToOrganisation(pos) || hasMember)) {
            // "leader of the National Renewal party": the lower-case noun that says what it is belongs to the name.
            const int nameEnd = m_tk.isLowerWord(end) && Lexicon::trailingOrganisationNouns().contains(text(end)) ? end + 1 : end;
            const QString name = joined(pos, nameEnd);
            addMention(pos, nameEnd, EntityType::Organisation, name);
            // The same words elsewhere in the article name it too: "the Sea Org" after "a group called the Sea Org".
            if (length >= 2)
                m_learnedOrganisations.insert(name);
            return;
        }
        // "the National Renewal party", "the Tarnholm daily": a lower-case organisation noun right after the name.
        if (atRunEnd && m_tk.isLowerWord(end) && Lexicon::trailingOrganisationNouns().contains(text(end)) && !sentenceStart
            && !personLike) {
            addMention(pos, end + 1, EntityType::Organisation, joined(pos, end + 1));
            return;
        }

        if (personLike) {
            QString name = canonicalPersonName(joined(pos, end));
            if (length == 1) {
                const QString known = knownPersonFor(firstWord);
                if (const QString titledName = titled ? personByTitle(firstWord, roles) : QString(); !titledName.isEmpty())
                    name = titledName;
                else if (!known.isEmpty())
                    name = known;
                else if (const QString famous = famousBySurname(firstWord); !famous.isEmpty())
                    name = famous;
            } else if (const Gazetteer::Entry *entry = m_gazetteer.find(name); entry && entry->type == EntityType::Person) {
                name = entry->canonical;
            }
            addMention(pos, end, EntityType::Person, name);
            PersonRecord &person = registerPerson(name);
            applyPending(person, roles, qualifiers);
            return;
        }
        // "Warhol Polaroids": the surname of someone the article names, then other words.
        if (length >= 2) {
            if (const QString known = knownPersonFor(firstWord, true); !known.isEmpty()) {
                addMention(pos, pos + 1, EntityType::Person, known);
                classifyUnknown(pos + 1, end, {}, {}, pos + 1);
                return;
            }
            m_unknownStretches.append({pos, end});
        }
        if (length == 1) {
            // A surname alone: a person named before in this article, or a well-known one. Not a word used as a
            // noun ("a former Scientologist", "a Christian denomination") or in a role ("Foreign Affairs minister").
            // Nor a plural or a role that speaks ("Observers said", "Officials say").
            const bool noun = m_tk.isWord(pos - 1, u"a") || m_tk.isWord(pos - 1, u"an") || m_tk.isWord(pos - 1, u"the") || m_tk.isWord(pos - 1, u"former")
                || (m_tk.isLowerWord(end) && (Lexicon::roleNouns().contains(text(end)) || occupationNouns().contains(text(end))))
                || ((sentenceStart || firstWord.endsWith(u's')) && isPeopleNoun(firstWord)); // "G7 Leaders asked"
            QString name = knownPersonFor(firstWord);
            if (name.isEmpty() && !sentenceStart && !noun)
                name = famousBySurname(firstWord);
            if (name.isEmpty() && speaks && !sentenceStart && !noun)
                name = firstWord.toString();
            if (name.isEmpty() && speaks && sentenceStart && !noun && speechVerbAfter(pos) >= 0) {
                const QString famous = famousBySurname(firstWord);
                name = famous.isEmpty() ? firstWord.toString() : famous;
            }
            // A first name alone, inside a sentence: someone the article calls by it ("Gloria developed eczema").
            if (name.isEmpty() && !sentenceStart && isGivenNameAlone(pos)) {
                name = firstWord.toString();
                addMention(pos, end, EntityType::Person, name);
                registerPerson(name).gender = m_gazetteer.genderOfFirstName(firstWord);
                return;
            }
            if (!name.isEmpty()) {
                addMention(pos, end, EntityType::Person, name);
                registerPerson(name);
                return;
            }
            m_unresolved.append(pos);
        }
    }

    static bool isInitialsFiller(QStringView word)
    {
        static const WordTable<> table{u"of", u"and", u"for", u"the", u"on", u"in", u"de", u"di", u"del", u"la", u"le", u"des", u"du", u"&"};
        return table.contains(word);
    }

    // The initials of the words in [first, end): capitalised words and numbers count ("Movimento 5 Stelle": "M5S"),
    // lower-case function words do not. Empty when some other word is there.
    QString initialsOf(int first, int end) const
    {
        QString initials;
        for (int t = first; t < end; ++t) {
            const Token &token = m_tokens[t];
            if (token.kind == Kind::Number) {
                initials += text(t);
            } else if (token.kind == Kind::Word && token.capitalized) {
                initials += text(t)[0];
            } else if (!isInitialsFiller(text(t))) {
                return {};
            }
        }
        return initials;
    }

    static QString lettersOf(QStringView abbreviation)
    {
        QString letters;
        for (const QChar c : abbreviation) {
            if (c.isLetterOrNumber())
                letters += c.toUpper();
        }
        return letters;
    }

    // Where the name that ends before `end` and whose initials spell `abbreviation` begins, or -1: "Movimento 5
    // Stelle" before "(M5S)". Looks at most ten words back, within the sentence.
    int nameWithInitials(int end, QStringView abbreviation) const
    {
        const QString letters = lettersOf(abbreviation);
        if (letters.size() < 2)
            return -1;
        for (int first = end - 1; first >= 0 && first >= end - 10 && m_tokens[first].sentence == m_tokens[end - 1].sentence; --first) {
            const Token &token = m_tokens[first];
            if (token.kind == Kind::Punct || taken(first))
                return -1;
            if (token.kind != Kind::Word || !token.capitalized)
                continue;
            const QString initials = initialsOf(first, end).toUpper();
            if (initials.isEmpty() || initials.size() > letters.size())
                return -1;
            if (initials == letters)
                return first;
        }
        return -1;
    }

    // "The FIRST Global competition (For Inspiration and Recognition of Science and Technology)": a name in brackets
    // whose initials spell a word in capitals just before. The abbreviation is the organisation's wherever the article
    // uses it, before the brackets too.
    void learnAbbreviationsBeforeTheirNames()
    {
        // Brackets are few: find them in the text and only then their tokens.
        const QStringView all = m_tk.text();
        for (qsizetype at = all.indexOf(u'('); at >= 0; at = all.indexOf(u'(', at + 1)) {
            const int open = m_tk.tokenAt(at);
            if (open < 1 || open + 2 >= m_count || m_tokens[open].start != at || m_tokens[open].kind != Kind::Punct
                || m_tokens[open + 1].kind != Kind::Word || !m_tokens[open + 1].capitalized)
                continue;
            int close = open + 1;
            while (close < m_count && close < open + 14 && (m_tokens[close].kind == Kind::Word || m_tk.isPunct(close, u'&')))
                ++close;
            if (close - open < 3 || !m_tk.isPunct(close, u')'))
                continue;
            const QString initials = initialsOf(open + 1, close).toUpper();
            if (initials.size() < 3)
                continue;
            for (int a = open - 1; a >= 0 && a >= open - 4; --a) {
                const QStringView word = text(a);
                if (m_tokens[a].kind == Kind::Word && isAllCapsAcronym(word) && lettersOf(word) == initials) {
                    const QString name = joined(open + 1, close);
                    m_learnedAbbreviations.insert(word.toString(), {EntityType::Organisation, name});
                    m_abbreviationsBeforeNames.insert(word.toString());
                    m_definedNames.insert(open + 1, close);
                    break;
                }
            }
        }
    }

    // An abbreviation learnAbbreviationsBeforeTheirNames() learned, which is a name of its own wherever it stands.
    bool isLearnedAbbreviation(int t) const
    {
        return !m_abbreviationsBeforeNames.isEmpty() && m_tokens[t].kind == Kind::Word && isAllCapsAcronym(text(t))
            && m_abbreviationsBeforeNames.contains(text(t).toString());
    }

    // Whether the article writes `word` with a version number: "IE" beside "IE6" and "IE9".
    bool isVersionedProduct(QStringView word)
    {
        if (!m_versionedScanned) {
            m_versionedScanned = true;
            for (int t = 0; t < m_count; ++t) {
                const Token &token = m_tokens[t];
                if (token.kind != Kind::Word || !token.capitalized || token.length() < 3 || token.length() > 10)
                    continue;
                const QStringView w = text(t);
                qsizetype letters = 0;
                while (letters < w.size() && w[letters].isUpper())
                    ++letters;
                if (letters < 2 || letters == w.size())
                    continue;
                bool digits = true;
                for (qsizetype i = letters; i < w.size() && digits; ++i)
                    digits = w[i].isDigit();
                if (digits)
                    m_versionedProducts.insert(w.first(letters).toString());
            }
        }
        return !m_versionedProducts.isEmpty() && m_versionedProducts.contains(word.toString());
    }

    // Whether the name at `pos` is an organisation because of what stands before it: someone "of" it ("Nathan Law of
    // Demosisto", "members of the Sea Org") or a lower-case noun for organisations ("the band", "localist group").
    bool belongsToOrganisation(int pos) const
    {
        static const WordTable<> memberNouns{u"member", u"members", u"leader", u"leaders", u"founder", u"founders", u"co-founder",
                                             u"spokesman", u"spokeswoman", u"spokesperson", u"chairman", u"chairwoman", u"head",
                                             u"employee", u"employees", u"staff", u"official", u"officials", u"executive",
                                             u"executives", u"director", u"supporters", u"activists", u"lawyer", u"lawyers"};
        static const WordTable<> organisationTypeNouns{u"band", u"group", u"party", u"team", u"club", u"company", u"firm",
                                                       u"newspaper", u"magazine", u"website", u"broadcaster", u"network",
                                                       u"charity", u"organisation", u"organization", u"movement", u"militia",
                                                       u"label", u"publisher", u"startup", u"outlet", u"daily", u"weekly",
                                                       // "religious schools Santo Spirito and ...", "rival parties Fidesz and ..."
                                                       u"school", u"schools", u"bands", u"groups", u"parties", u"companies",
                                                       u"firms", u"newspapers", u"broadcasters", u"charities", u"militias"};
        int t = pos - 1;
        if (m_tk.isWord(t, u"the") || m_tk.isWord(t, u"The"))
            --t;
        if (m_tk.isWord(t, u"of")) {
            const int m = m_mentionOf.value(t - 1, -1);
            if (m >= 0 && m_a.mentions[m].type == EntityType::Person)
                return true;
            return m_tk.isLowerWord(t - 1) && memberNouns.contains(text(t - 1));
        }
        if (namedAsOrganisation(pos))
            return true;
        return m_tk.isLowerWord(t) && organisationTypeNouns.contains(text(t)) && !m_tk.isWord(pos - 1, u"of");
    }

    // "a group called the Sea Org", "an organisation known as Youngspiration", "bands such as The Velvet Underground",
    // "such companies as Gazprom": what the name is called or given as is an organisation.
    bool namedAsOrganisation(int pos) const
    {
        static const WordTable<> callingWords{u"called", u"named", u"dubbed", u"known"};
        static const WordTable<> typeNouns{u"band", u"group", u"party", u"team", u"club", u"company", u"firm", u"newspaper", u"magazine",
                                           u"website", u"broadcaster", u"network", u"charity", u"organisation", u"organization",
                                           u"movement", u"militia", u"label", u"publisher", u"startup", u"outlet", u"bands", u"groups",
                                           u"parties", u"teams", u"clubs", u"companies", u"firms", u"newspapers", u"magazines",
                                           u"websites", u"broadcasters", u"networks", u"charities", u"organisations", u"organizations",
                                           u"movements", u"militias", u"labels", u"publishers", u"outlets", u"airlines", u"banks",
                                           u"agencies", u"universities", u"carmakers", u"retailers", u"insurers", u"lenders"};
        int t = pos - 1;
        if (t >= 0 && m_tokens[t].kind == Kind::Word && (text(t) == u"the" || text(t) == u"The"))
            --t;
        if (!m_tk.isLowerWord(t))
            return false;
        if (text(t) == u"as") {
            if (m_tk.isLowerWord(t - 1) && text(t - 1) == u"known") {
                --t;
            } else {
                // "bands such as", "such bands as"
                const bool suchFirst = m_tk.isLowerWord(t - 2) && text(t - 2) == u"such" && m_tk.isLowerWord(t - 1) && typeNouns.contains(text(t - 1));
                const bool suchAfter = m_tk.isLowerWord(t - 1) && text(t - 1) == u"such" && m_tk.isLowerWord(t - 2) && typeNouns.contains(text(t - 2));
                return suchFirst || suchAfter;
            }
        }
        if (!callingWords.contains(text(t)))
            return false;
        for (int k = t - 1; k >= t - 3 && k >= 0; --k) {
            if (m_tk.isLowerWord(k) && typeNouns.contains(text(k)))
                return true;
        }
        return false;
    }

    // The name of the organisation the article named with `head` ("Church of Scientology" for "the Church"), or the
    // word itself.
    QString organisationNamedWith(QStringView head) const
    {
        for (auto it = m_a.mentions.crbegin(); it != m_a.mentions.crend(); ++it) {
            if (it->type != EntityType::Organisation)
                continue;
            const QStringView written = m_tk.text().sliced(it->start, it->end - it->start);
            if (written.startsWith(head) || written.endsWith(head))
                return it->name;
        }
        return head.toString();
    }

    // "Lau Siu-lai", "Hwang Hee-Chan", "Kim Jong-un": a short family name and a hyphenated given name, as Chinese and
    // Korean names are written in the news.
    bool isEastAsianName(int pos, int end, bool familyMayBeKnown = false) const
    {
        if (end - pos != 2)
            return false;
        const QStringView family = text(pos);
        const QStringView given = text(pos + 1);
        if (family.size() < 2 || family.size() > 5 || (!familyMayBeKnown && m_gazetteer.find(family)) || Lexicon::sentenceStarters().contains(family))
            return false;
        for (qsizetype i = 1; i < family.size(); ++i) {
            if (!family[i].isLower())
                return false;
        }
        const qsizetype hyphen = given.indexOf(u'-');
        if (hyphen < 2 || hyphen > 5 || given.size() - hyphen - 1 < 2 || given.size() - hyphen - 1 > 5 || given.indexOf(u'-', hyphen + 1) >= 0)
            return false;
        for (qsizetype i = 1; i < given.size(); ++i) {
            if (i != hyphen && i != hyphen + 1 && !given[i].isLower())
                return false;
        }
        return given[hyphen + 1].isLetter();
    }

    // "Kiara Perkins, a second year art major, admitted": a saying verb after an appositive set off by commas.
    bool saysAfterAppositive(int end) const
    {
        if (!m_tk.isPunct(end, u','))
            return false;
        const int sentence = m_tokens[end].sentence;
        for (int t = end + 1; t < m_count && t < end + 14 && m_tokens[t].sentence == sentence; ++t) {
            if (m_tokens[t].kind == Kind::Punct && !m_tk.isPunct(t, u',') && !m_tk.isPunct(t, u'-'))
                return false;
            if (m_tk.isPunct(t, u','))
                return t > end + 2 && speechVerbAfter(t) >= 0;
        }
        return false;
    }

    // "Romelu Lukaku, Yannick Carrasco and Dries Mertens": names listed with someone's are people's too.
    void resolveListedPeople()
    {
        bool changed = true;
        while (changed) {
            changed = false;
            for (const auto &[first, end] : std::as_const(m_unknownStretches)) {
                if (taken(first) || end - first > 3)
                    continue;
                bool allFree = true;
                for (int t = first; t < end && allFree; ++t)
                    allFree = isNameToken(t) && !isOrganisationHead(t) && !Lexicon::placeHeads().contains(text(t));
                // Not what qualifies a title after it: "Gina Raimondo, National Security Advisor Jake Sullivan".
                if (!allFree || (end < m_count && m_tokens[end].capitalized && m_tokens[end].kind == Kind::Word))
                    continue;
                auto personAt = [&](int t) {
                    const int m = m_mentionOf.value(t, -1);
                    return m >= 0 && m_a.mentions[m].type == EntityType::Person;
                };
                // A neighbour in the list: ", X" or "and X" before, ", X" or "and X" after.
                int before = first - 1;
                if (m_tk.isWord(before, u"and") || m_tk.isWord(before, u"or"))
                    --before;
                if (m_tk.isPunct(before, u','))
                    --before;
                const bool listedAfter = (m_tk.isPunct(first - 1, u',') || m_tk.isWord(first - 1, u"and")) && personAt(before) && before < first - 1;
                // Before a person only with "and" or "or": "X, Brian Nelson" is as often an appositive.
                int after = end;
                if (m_tk.isPunct(after, u','))
                    ++after;
                const bool conjunction = m_tk.isWord(after, u"and") || m_tk.isWord(after, u"or");
                if (conjunction)
                    ++after;
                const bool listedBefore = conjunction && personAt(after);
                if (!listedAfter && !listedBefore)
                    continue;
                const QString name = canonicalPersonName(joined(first, end));
                addMention(first, end, EntityType::Person, name);
                registerPerson(name);
                changed = true;
            }
        }
    }

    // "told Reuters", "asked Nowak": the one told or asked is named right after the verb.
    bool tellingVerbBefore(int t) const { return m_tk.isWord(t - 1, u"told") || m_tk.isWord(t - 1, u"asked") || m_tk.isWord(t - 1, u"tells"); }

    // A known first name standing alone as a name: not a place or organisation the gazetteer knows, not a word that
    // also opens sentences ("Will", "May"), not followed by another capitalised word.
    bool isGivenNameAlone(int t) const
    {
        const QStringView word = text(t);
        if (!m_gazetteer.isFirstName(word) || m_gazetteer.genderOfFirstName(word) == Gazetteer::Gender::Unknown || word.size() < 3)
            return false;
        if (m_gazetteer.find(word) || Lexicon::sentenceStarters().contains(word) || Lexicon::titles().contains(word) || isCompassWord(word)
            || Lexicon::organisationHeads().contains(word) || Lexicon::placeHeads().contains(word) || Lexicon::months().contains(word)
            || Lexicon::weekdays().contains(word) || !m_gazetteer.countryOfNationality(word).isEmpty())
            return false;
        if (t + 1 < m_count && m_tokens[t + 1].capitalized && m_tokens[t + 1].kind == Kind::Word)
            return false;
        // First names that are also everyday words.
        static const WordTable<> everyday{u"Any", u"Will", u"May", u"Mark", u"Bill", u"Art", u"Rich", u"Young", u"Frank", u"Guy",
                                          u"Grace", u"Hope", u"Faith", u"Joy", u"Major", u"Miles", u"Chance", u"Chase", u"Drew",
                                          u"Rose", u"Sky", u"Summer", u"Dawn", u"June", u"April", u"August", u"Sterling", u"Price",
                                          u"Royal", u"Page", u"Love", u"Honor", u"Justice", u"Liberty", u"Constance", u"Patience"};
        if (everyday.contains(word))
            return false;
        // In running text: after a lower-case word, a comma or an opening quotation mark.
        if (!(m_tk.isLowerWord(t - 1) || m_tk.isPunct(t - 1, u',') || m_tk.isPunct(t - 1, u'"') || m_tk.isPunct(t - 1, QChar(0x201C))))
            return false;
        // Not a word of a longer name ("Museum of Art", "the Art"): it is written in running text.
        if (m_tk.isWord(t - 1, u"of") || m_tk.isWord(t - 1, u"for") || m_tk.isWord(t - 1, u"the") || m_tk.isWord(t - 1, u"on") || m_tk.isPunct(t - 1, u'&'))
            return false;
        return t > 0 && !(m_tokens[t - 1].kind == Kind::Word && m_tokens[t - 1].capitalized);
    }

    int runEnd(int t) const
    {
        while (t < m_count && (isNameToken(t) || (isConnector(t) && isNameToken(t + 1))))
            ++t;
        return t;
    }

    // Whether a comma and a role follow: "Andriy Yermak, head of ...", "Henrik Sollberg, the foreign minister",
    // "Valeska Paris, an Australian woman", "Hernan Dario Gomez, Panama coach".
    bool appositiveAfter(int end) const
    {
        if (!m_tk.isPunct(end, u','))
            return false;
        int t = end + 1;
        if (m_tk.isWord(t, u"the") || m_tk.isWord(t, u"a") || m_tk.isWord(t, u"an"))
            ++t;
        while (t < m_count && (m_tokens[t].capitalized || (m_tk.isLowerWord(t) && text(t).endsWith(u"-year-old"))) && t < end + 5)
            ++t;
        // "a former", "the 42-year-old"
        for (; t < m_count && m_tk.isLowerWord(t) && t < end + 7; ++t) {
            if (Lexicon::roleNouns().contains(text(t)) || occupationNouns().contains(text(t)) || Lexicon::unnamedSpeakerNouns().contains(text(t)))
                return true;
            if (!describingWords().contains(text(t)))
                return false;
        }
        return false;
    }

    int endTokenOf(const EntityMention &mention) const { return m_tk.tokenAt(mention.end); }

    const Gazetteer::Entry *placeEntry(int first, int end) const
    {
        const Gazetteer::Entry *entry = m_gazetteer.startsName(text(first)) ? m_gazetteer.find(joined(first, end)) : nullptr;
        return entry && entry->type == EntityType::Place ? entry : nullptr;
    }

    // The place mention (owning its tokens) that starts at token `t`, or -1.
    int placeStartingAt(int t) const
    {
        const int m = m_mentionOf.value(t, -1);
        return m >= 0 && m_a.mentions[m].type == EntityType::Place && m_tk.tokenAt(m_a.mentions[m].start) == t ? m : -1;
    }

    // "Irving, Texas", "Mountain View, California", "Sydney, Australia", "Evansville, Indiana, United States": a town
    // and the state or country it is in are one place, and each part is a place of its own. A town the gazetteer does
    // not know is one because of where it stands, and stays one for the rest of the article.
    void joinPlacesWithRegions()
    {
        using K = Gazetteer::PlaceKind;
        for (int c = 1; c + 1 < m_count; ++c) {
            if (!m_tk.isPunct(c, u',') || m_tokens[c + 1].sentence != m_tokens[c].sentence)
                continue;
            const int b = placeStartingAt(c + 1);
            if (b < 0)
                continue;
            const int bEnd = endTokenOf(m_a.mentions[b]);
            const Gazetteer::Entry *bEntry = placeEntry(c + 1, bEnd);
            if (!bEntry || !(bEntry->placeKinds & (K::Region | K::Country)))
                continue;
            const bool bCountry = bEntry->placeKinds & K::Country;
            const QString bCountryName = bCountry ? bEntry->canonical : bEntry->country;

            int aFirst = c;
            const int a = m_mentionOf.value(c - 1, -1);
            bool retype = false;
            if (a >= 0) {
                const EntityMention &am = m_a.mentions[a];
                aFirst = m_tk.tokenAt(am.start);
                if (endTokenOf(am) != c)
                    continue;
                if (am.type == EntityType::Place) {
                    const Gazetteer::Entry *aEntry = placeEntry(aFirst, c);
                    if (aEntry) {
                        if (aEntry->placeKinds & (K::Country | K::Continent))
                            continue;
                        if ((aEntry->placeKinds & K::Region) && !(aEntry->placeKinds & K::City) && !bCountry)
                            continue;
                        if (!aEntry->country.isEmpty() && !bCountryName.isEmpty() && aEntry->country != bCountryName)
                            continue;
                    }
                } else if (am.type == EntityType::Person && c - aFirst == 1 && am.name == text(aFirst) && !bCountry) {
                    retype = true; // "Irving, Texas": a first name that is a town here
                } else {
                    continue;
                }
            } else {
                while (aFirst > 0 && c - aFirst < 3 && isNameToken(aFirst - 1) && m_tokens[aFirst - 1].sentence == m_tokens[c].sentence)
                    --aFirst;
                while (aFirst < c && (Lexicon::sentenceStarters().contains(text(aFirst)) || Lexicon::titles().contains(text(aFirst))))
                    ++aFirst;
                if (aFirst == c || (bCountry && !isLocativeWord(aFirst - 1)))
                    continue;
            }
            // Not a list of places: "Kyiv, Kharkiv, Donetsk and Luhansk".
            if (m_tk.isPunct(aFirst - 1, u',') && m_mentionOf.value(aFirst - 2, -1) >= 0
                && m_a.mentions[m_mentionOf[aFirst - 2]].type == EntityType::Place)
                continue;
            int outerEnd = bEnd;
            int countryMention = -1;
            if (!bCountry && m_tk.isPunct(bEnd, u',')) {
                if (const int country = placeStartingAt(bEnd + 1); country >= 0) {
                    const int countryEnd = endTokenOf(m_a.mentions[country]);
                    const Gazetteer::Entry *cEntry = placeEntry(bEnd + 1, countryEnd);
                    if (cEntry && (cEntry->placeKinds & K::Country) && cEntry->canonical == bEntry->country) {
                        outerEnd = countryEnd;
                        countryMention = country;
                    }
                }
            }
            if (outerEnd == bEnd && !bCountry && (m_tk.isPunct(bEnd, u',') || m_tk.isWord(bEnd, u"and") || m_tk.isWord(bEnd, u"or"))
                && placeStartingAt(bEnd + 1) >= 0)
                continue;

            // The town and what it is in are one mention, named after the town where the gazetteer knows it; the state
            // or country stays a mention of its own inside it.
            const QString town = joined(aFirst, c);
            const QString written = m_tk.text().sliced(m_tokens[aFirst].start, m_tokens[outerEnd - 1].end - m_tokens[aFirst].start).toString();
            const Gazetteer::Entry *townEntry = placeEntry(aFirst, c);
            // A town already named as a known place keeps that name ("Kyiv" for "KYIV, Ukraine").
            const bool knownTown = townEntry || (a >= 0 && !retype && m_a.mentions[a].type == EntityType::Place && m_a.mentions[a].name != town);
            const QString name = townEntry ? townEntry->canonical : knownTown ? m_a.mentions[a].name : written;
            if (a >= 0) {
                EntityMention &am = m_a.mentions[a];
                if (retype)
                    --m_personMentions[am.name];
                am.type = EntityType::Place;
                am.end = m_tokens[outerEnd - 1].end;
                am.name = name;
                for (int t = c; t < outerEnd; ++t)
                    m_mentionOf[t] = a;
            } else {
                addMention(aFirst, outerEnd, EntityType::Place, name);
            }
            m_secondary[b] = true;
            if (countryMention >= 0)
                m_secondary[countryMention] = true;
            if (!knownTown)
                m_learnedPlaces.insert(town, name);
            c = outerEnd - 1;
        }
    }

    // Other mentions of the organisations that classifyUnknown() learned from what stands around them: "The Sea Org
    // requires members to ..." in an article that speaks of "a group called the Sea Org".
    void resolveLearnedOrganisations()
    {
        if (m_learnedOrganisations.isEmpty())
            return;
        for (int t = 0; t < m_count; ++t) {
            if (!isNameToken(t) || (t > 0 && isNameToken(t - 1)))
                continue;
            int n = 1;
            while (t + n < m_count && n <= 4 && isNameToken(t + n))
                ++n;
            // "The Sea Org requires ...": a word that opens the sentence is not part of the name.
            int from = t;
            if (n >= 3 && Lexicon::sentenceStarters().contains(text(t))) {
                ++from;
                --n;
            }
            if (n < 2 || n > 4)
                continue;
            if (const QString name = joined(from, from + n); m_learnedOrganisations.contains(name))
                addMention(from, from + n, EntityType::Organisation, name);
        }
    }

    // Later mentions of the towns that joinPlacesWithRegions() learned.
    void resolveLearnedPlaces()
    {
        if (m_learnedPlaces.isEmpty())
            return;
        for (int t = 0; t < m_count; ++t) {
            if (!isNameToken(t) || (t > 0 && isNameToken(t - 1)))
                continue;
            for (int n = 3; n >= 1; --n) {
                if (t + n > m_count)
                    continue;
                bool free = true;
                for (int k = t; k < t + n && free; ++k)
                    free = isNameToken(k);
                if (const QString place = free && !isNameToken(t + n) ? m_learnedPlaces.value(joined(t, t + n)) : QString(); !place.isEmpty()) {
                    addMention(t, t + n, EntityType::Place, place);
                    break;
                }
            }
        }
    }

    // A score, "1–0", "2 - 1": two small numbers joined by a dash.
    bool isScoreAt(int t) const
    {
        if (t >= m_count || m_tokens[t].kind != Kind::Number)
            return false;
        const QStringView word = text(t);
        if (word.size() >= 3 && word.size() <= 5) {
            const qsizetype dash = word.indexOf(u'-');
            if (dash >= 1 && dash <= 2 && word.size() - dash - 1 >= 1 && word.size() - dash - 1 <= 2)
                return true;
        }
        if (word.size() > 2 || t + 2 >= m_count || m_tokens[t + 2].kind != Kind::Number || text(t + 2).size() > 2)
            return false;
        const QStringView dash = text(t + 1);
        return m_tokens[t + 1].kind == Kind::Punct && (dash == u"-" || dash == u"\u2013" || dash == u"\u2014")
            && m_tokens[t + 2].start - m_tokens[t].end <= 3;
    }

    // Whether the article reports a match: scores and words that belong to games only ("Sweden defeated South Korea
    // 1–0 ... scored from the penalty spot"), not ones that politics shares ("victory", "team", "points", "coach").
    bool isMatchReport() const
    {
        static const WordTable<> gameWords{
            u"goal", u"goals", u"scored", u"scoring", u"scores", u"match", u"matches", u"penalty", u"striker", u"midfielder",
            u"goalkeeper", u"referee", u"league", u"tournament", u"innings", u"wicket", u"wickets", u"touchdown", u"quarterback",
            u"halftime", u"half-time", u"equaliser", u"equalizer", u"kick-off", u"fixture", u"semi-final", u"quarter-final",
            u"semifinal", u"quarterfinal", u"playoff", u"playoffs", u"midfield", u"inning", u"pitcher", u"scoreboard",
            u"goalkeepers", u"strikers", u"defenders", u"midfielders", u"referees", u"penalties", u"touchdowns",
            u"equalised", u"equalized", u"equalising", u"equalizing", u"offside", u"stoppage",
        };
        // Scores first: most articles have none, and numbers are few, so the words are looked up in match reports only.
        int scores = 0;
        for (int t = 0; t < m_count && scores < 2; ++t) {
            if (m_tokens[t].kind == Kind::Number && isScoreAt(t))
                ++scores;
        }
        if (scores < 2)
            return false;
        int words = 0;
        for (int t = 0; t < m_count && words < 6; ++t) {
            const Token &token = m_tokens[t];
            if (token.kind == Kind::Word && !token.capitalized && token.length() >= 4 && token.length() <= 13 && gameWords.contains(text(t)))
                ++words;
        }
        return words >= 6;
    }

    // In a match report, a country or city named as the side that plays is the team: "Sweden defeated South Korea",
    // "lost 1–2 to England", "the Belgians". Not where the match is played ("in Sochi", "at Wembley") or someone is
    // from.
    void retypeSportsTeams()
    {
        if (!isMatchReport())
            return;
        using K = Gazetteer::PlaceKind;
        static const WordTable<> losing{u"lost", u"lose", u"loses", u"losing", u"fell", u"falls", u"fall", u"beaten", u"defeated"};
        for (int m = 0; m < int(m_a.mentions.size()); ++m) {
            EntityMention &mention = m_a.mentions[m];
            if (m_secondary[m])
                continue;
            const int first = m_tk.tokenAt(mention.start);
            const int end = endTokenOf(mention);
            if (mention.type == EntityType::Group) {
                // "the Belgians": the team, after "the" and in the plural.
                if (end - first == 1 && m_tk.isWord(first - 1, u"the") && text(first).endsWith(u's'))
                    mention.type = EntityType::Organisation;
                continue;
            }
            if (mention.type != EntityType::Place)
                continue;
            const Gazetteer::Entry *entry = placeEntry(first, end);
            if (!entry || !(entry->placeKinds & (K::Country | K::Region | K::City)) || (entry->placeKinds & K::Continent))
                continue;
            // "lost 1–2 to England" is a team, "travelled to England" a place.
            const bool toOpponent = m_tk.isWord(first - 1, u"to") && (m_tokens.value(first - 2).kind == Kind::Number || (first >= 2 && losing.contains(text(first - 2))));
            if ((isLocativeWord(first - 1) && !toOpponent) || m_tk.isWord(first - 1, u"throughout") || m_tk.isWord(first - 1, u"around")
                || m_tk.isWord(first - 1, u"of") || m_tk.isWord(first - 1, u"within"))
                continue;
            mention.type = EntityType::Organisation;
        }
    }

    // "The Museum of Flight in Seattle, Washington", "the Fisht Stadium in Sochi": a building or site and the town it
    // is in are one mention, as GUM marks them; the town stays a mention of its own inside it.
    void extendFacilitiesWithTheirTowns()
    {
        static const WordTable<> facilityHeads{
            u"Center", u"Centre", u"Museum", u"Planetarium", u"Stadium", u"Arena", u"Hall", u"Hotel", u"Road", u"Street",
            u"Avenue", u"Airport", u"Base", u"Gallery", u"Galleries", u"Station", u"Square", u"Memorial", u"Cathedral",
            u"Mosque", u"Temple", u"Tower", u"Building", u"Castle", u"Mall", u"Zoo", u"Cemetery", u"Prison", u"Bridge",
            u"Plaza", u"Boulevard", u"Lane", u"Drive", u"Terminal", u"Pier", u"Library", u"Theatre", u"Theater", u"Palace",
        };
        for (int m = 0; m < int(m_a.mentions.size()); ++m) {
            if (m_secondary[m] || m_a.mentions[m].type != EntityType::Place)
                continue;
            const EntityMention &mention = m_a.mentions[m];
            const int first = m_tk.tokenAt(mention.start);
            const int end = endTokenOf(mention);
            if (end >= m_count || m_tokens[end].length() != 2 || !m_tk.isLowerWord(end) || text(end) != u"in")
                continue;
            bool facility = false;
            for (int t = first; t < end && !facility; ++t)
                facility = facilityHeads.contains(text(t));
            if (!facility)
                continue;
            const int town = placeStartingAt(end + 1);
            if (town < 0 || town == m || m_secondary[town])
                continue;
            // A town, a town and its region or a region ("Wright-Patterson Air Force Base in Ohio"), not a country.
            const int townEnd = endTokenOf(m_a.mentions[town]);
            if (const Gazetteer::Entry *entry = placeEntry(end + 1, townEnd);
                entry && (entry->placeKinds & (Gazetteer::Country | Gazetteer::Continent)) && !(entry->placeKinds & Gazetteer::City))
                continue;
            EntityMention &outer = m_a.mentions[m];
            outer.end = m_tokens[townEnd - 1].end;
            for (int t = end; t < townEnd; ++t)
                m_mentionOf[t] = m;
            m_secondary[town] = true;
            m_facilityTownAt.insert(m, end);
        }
    }

    // A country that says or does something is its government, a body: "North Korea stated it would attack",
    // "South Korea evacuated 80 people", "Russia said". Not a country that is or has ("Afghanistan is", "Thailand
    // has"), nor one after a preposition ("shells landed in South Korea").
    void retypeActingCountries()
    {
        using K = Gazetteer::PlaceKind;
        static const WordTable<> notActions{u"based", u"located", u"situated", u"called", u"named", u"known", u"related",
                                            u"linked", u"owned", u"born", u"bred", u"united", u"combined", u"needed",
                                            u"affected", u"hit", u"concerned", u"involved", u"alleged", u"estimated"};
        static const WordTable<> notSubjectBefore{u"of", u"with", u"by", u"for", u"than", u"like", u"between", u"against",
                                                  u"about", u"on", u"over", u"under", u"via", u"including", u"throughout",
                                                  u"within", u"around", u"beyond", u"through", u"visit", u"visited", u"the"};
        for (int m = 0; m < int(m_a.mentions.size()); ++m) {
            EntityMention &mention = m_a.mentions[m];
            if (m_secondary[m] || mention.type != EntityType::Place)
                continue;
            const int first = m_tk.tokenAt(mention.start);
            const int end = endTokenOf(mention);
            if (end >= m_count || m_tokens[end].kind != Kind::Word || m_tokens[end].capitalized)
                continue;
            if (isLocativeWord(first - 1) || (m_tk.isLowerWord(first - 1) && notSubjectBefore.contains(text(first - 1))))
                continue;
            int v = end;
            while (v < m_count && m_tk.isLowerWord(v) && Lexicon::verbAuxiliaries().contains(text(v)) && v < end + 3)
                ++v;
            if (!m_tk.isLowerWord(v))
                continue;
            const QStringView verb = text(v);
            // A verb of saying after auxiliaries ("has said"); another verb in the past right after the name ("fired",
            // not "has maintained", which as often tells what a country is like).
            const bool acts = sayingVerbs().contains(verb)
                || (v == end && verb.size() >= 5 && verb.endsWith(u"ed") && !notActions.contains(verb) && !m_tk.isWord(v + 1, u"by"));
            if (!acts)
                continue;
            // The gazetteer last: it needs the name as a string.
            const Gazetteer::Entry *entry = placeEntry(first, end);
            if (!entry || !(entry->placeKinds & K::Country) || (entry->placeKinds & (K::City | K::Continent)))
                continue;
            mention.type = EntityType::Organisation;
        }
    }

    // Names inside names: "Texas" in "University of Texas", "United States" in "United States Navy", "Toronto" in
    // "Metro Toronto Convention Centre", "Andy Warhol" in "Andy Warhol Foundation".
    void addNestedMentions()
    {
        const int count = int(m_a.mentions.size());
        for (int m = 0; m < count; ++m) {
            const EntityMention outer = m_a.mentions[m];
            if (outer.type != EntityType::Organisation && outer.type != EntityType::Place)
                continue;
            const int first = m_tk.tokenAt(outer.start);
            // The town of "Museum of Flight in Seattle, Washington" is a mention already.
            const int end = m_facilityTownAt.value(m, endTokenOf(outer));
            if (end - first < 2)
                continue;
            // "Canada" in "Environment Canada" names the government's department, not the place.
            if (outer.type == EntityType::Organisation && countryBodyEnd(first, end) == end)
                continue;
            // "East Los Angeles", "South East Asia": a part of a place is not a mention of the whole.
            if (outer.type == EntityType::Place && isCompassWord(text(first))) {
                int from = first + 1;
                if (from < end && isCompassWord(text(from)))
                    ++from;
                int length = 0;
                const Gazetteer::Entry *whole = from < end ? longestMatch(from, end, &length) : nullptr;
                if (whole && whole->type == EntityType::Place && from + length == end)
                    continue;
            }
            // A place the gazetteer knows holds only the country of a city named after it ("Mexico" in "Mexico City"),
            // not a namesake ("Zealand" in "New Zealand", "Angeles" in "Los Angeles", "Washington" in "Washington D.C.").
            const Gazetteer::Entry *known = outer.type == EntityType::Place ? placeEntry(first, end) : nullptr;
            for (int t = first; t < end;) {
                if (m_tokens[t].kind != Kind::Word || !m_tokens[t].capitalized) {
                    ++t;
                    continue;
                }
                // "Southern Indiana" in "University of Southern Indiana".
                if (!known && isCompassWord(text(t)) && t + 1 < end) {
                    int placeLength = 0;
                    const Gazetteer::Entry *place = longestMatch(t + 1, end, &placeLength);
                    if (place && place->type == EntityType::Place && !(t == first && t + 1 + placeLength == end)) {
                        addSecondaryMention(t, t + 1 + placeLength, EntityType::Place, joined(t, t + 1 + placeLength));
                        t += 1 + placeLength;
                        continue;
                    }
                }
                // "Greensboro" in "University of North Carolina at Greensboro": the town of the campus.
                if (outer.type == EntityType::Organisation && m_tk.isWord(t - 1, u"at") && isCampusAt(t - 1, first)) {
                    const QString town = joined(t, end);
                    const Gazetteer::Entry *place = placeEntry(t, end);
                    addSecondaryMention(t, end, EntityType::Place, place ? place->canonical : town);
                    t = end;
                    continue;
                }
                // "Bogliasco" in "Municipality of Bogliasco": the town a local body is of.
                if (outer.type == EntityType::Organisation && t == first + 2 && m_tk.isWord(t - 1, u"of") && isLocalBody(text(first))
                    && !m_gazetteer.startsName(text(t))) {
                    int placeEnd = t;
                    while (placeEnd < end && m_tokens[placeEnd].capitalized && m_tokens[placeEnd].kind == Kind::Word)
                        ++placeEnd;
                    if (placeEnd == end) {
                        addSecondaryMention(t, end, EntityType::Place, joined(t, end));
                        t = end;
                        continue;
                    }
                }
                // The longest name here that is not the outer one again ("New York", not "New York Times", inside "The
                // New York Times").
                int length = 0;
                const Gazetteer::Entry *entry = nullptr;
                // The town that a "Los Angeles, California" is named after is that place itself: not "Angeles" inside it.
                if (outer.type == EntityType::Place) {
                    const Gazetteer::Entry *own = longestMatch(t, end, &length);
                    if (own && own->type == EntityType::Place && own->canonical == outer.name && !(t == first && t + length == end)) {
                        t += length;
                        continue;
                    }
                }
                for (int limit = end; limit > t; limit = t + length) {
                    entry = longestMatch(t, limit, &length);
                    if (!entry || !((t == first && t + length == end) || entry->canonical == outer.name))
                        break;
                    if (length <= 1) {
                        entry = nullptr;
                        break;
                    }
                    --length;
                }
                if (entry) {
                    // Places and people inside; an organisation's own parts ("ITV" in "ITV News") are not named apart.
                    using K = Gazetteer::PlaceKind;
                    const bool wanted = known ? entry->type == EntityType::Place && (known->placeKinds & K::City)
                            && !(known->placeKinds & K::Region) && (entry->placeKinds & K::Country) && entry->canonical == known->country
                                              : entry->type != EntityType::Organisation;
                    if (wanted)
                        addSecondaryMention(t, t + length, entry->type, entry->canonical);
                    t += length;
                    continue;
                }
                if (const QString place = m_learnedPlaces.isEmpty() ? QString() : m_learnedPlaces.value(text(t).toString());
                    !place.isEmpty() && place != outer.name) {
                    addSecondaryMention(t, t + 1, EntityType::Place, place);
                    ++t;
                    continue;
                }
                // Someone the article names: "Andy Warhol" of "the Andy Warhol Foundation".
                bool person = false;
                for (int n = std::min(3, end - t - (t == first ? 1 : 0)); n >= 2 && !person; --n) {
                    const QString name = canonicalPersonName(joined(t, t + n));
                    if (m_a.findPerson(name)) {
                        addSecondaryMention(t, t + n, EntityType::Person, name);
                        t += n;
                        person = true;
                    }
                }
                if (!person)
                    ++t;
            }
        }
    }

    // Single capitalised words left unclassified that turn out to be the surname of someone named later.
    void resolveLateAliases()
    {
        for (const int t : std::as_const(m_unresolved)) {
            if (taken(t))
                continue;
            const QString name = knownPersonFor(text(t));
            if (!name.isEmpty())
                addMention(t, t + 1, EntityType::Person, name);
        }
    }

    // Roles given after a name: "Andriy Yermak, head of the Ukrainian Presidential Office, said".
    void addAppositiveRoles()
    {
        for (const EntityMention &mention : std::as_const(m_a.mentions)) {
            if (mention.type != EntityType::Person)
                continue;
            int t = m_tk.tokenAt(mention.end);
            if (!m_tk.isPunct(t, u','))
                continue;
            ++t;
            if (m_tk.isWord(t, u"the") || m_tk.isWord(t, u"a") || m_tk.isWord(t, u"an"))
                ++t;
            QSet<QString> qualifiers;
            QStringList roles;
            while (t < m_count && m_tokens[t].kind == Kind::Word) {
                if (m_tokens[t].capitalized) {
                    const int m = m_mentionOf.value(t, -1);
                    if (m >= 0) {
                        qualifiers.insert(m_a.mentions[m].name);
                        if (m_a.mentions[m].type == EntityType::Group)
                            qualifiers.insert(m_gazetteer.countryOfNationality(m_a.mentions[m].name));
                    } else {
                        qualifiers.insert(text(t).toString());
                    }
                    ++t;
                } else if (Lexicon::roleNouns().contains(text(t)) || text(t) == u"senior" || text(t) == u"special") {
                    if (Lexicon::roleNouns().contains(text(t)))
                        roles.append(normalisedRole(text(t)));
                    ++t;
                } else {
                    break;
                }
            }
            if (roles.isEmpty())
                continue;
            // "head of the Ukrainian Presidential Office"
            if (m_tk.isWord(t, u"of") || m_tk.isWord(t, u"for") || m_tk.isWord(t, u"at")) {
                ++t;
                if (m_tk.isWord(t, u"the"))
                    ++t;
                const int m = m_mentionOf.value(t, -1);
                if (m >= 0) {
                    qualifiers.insert(m_a.mentions[m].name);
                    while (t < m_count && m_mentionOf.value(t, -1) == m)
                        ++t;
                } else {
                    while (t < m_count && (m_tokens[t].capitalized || isConnector(t)))
                        ++t;
                }
            }
            // An appositive is closed by a comma or the end of the sentence; "X, the president recalled ..." is
            // a new clause whose subject is the president, not a description of X.
            const bool closed = t >= m_count || m_tokens[t].sentence != m_tokens[m_tk.tokenAt(mention.start)].sentence
                || m_tk.isPunct(t, u',') || m_tk.isPunct(t, u'.') || m_tk.isPunct(t, u')') || m_tk.isPunct(t, u';');
            if (!closed)
                continue;
            PersonRecord &person = m_a.person(mention.name);
            applyPending(person, roles, qualifiers);
        }
    }

    // Whether the sentence of token `t` speaks of what is to come: "will", "would", "'ll", "shall", "is due to", "is
    // expected to", "plans", "is scheduled", "upcoming".
    bool sentenceIsAboutTheFuture(int t) const
    {
        // "would": the future of reported speech ("said he would travel on Thursday").
        static const WordTable<> futureWords{u"will", u"would", u"shall", u"due", u"expected", u"scheduled", u"plans", u"planned", u"upcoming"};
        const auto speaksOfFuture = [this](int k) {
            if (m_tokens[k].kind != Kind::Word)
                return false;
            const QStringView word = text(k);
            return futureWords.contains(word) || word.endsWith(u"'ll") || word.endsWith(u"\u2019ll") || word == u"won't" || word == u"won\u2019t";
        };
        const int sentence = m_tokens[t].sentence;
        for (int k = t - 1; k >= 0 && m_tokens[k].sentence == sentence; --k) {
            if (speaksOfFuture(k))
                return true;
        }
        for (int k = t + 1; k < m_count && m_tokens[k].sentence == sentence; ++k) {
            if (speaksOfFuture(k))
                return true;
        }
        return false;
    }

    // The person a title before a surname names: "President Biden" is the Joe Biden the article calls president,
    // not the Jill Biden it also names; else who held that office on the article's date, else the notable person of
    // that surname with that role ("Vice President Harris" is Kamala Harris, "Secretary Blinken" Antony Blinken).
    QString personByTitle(QStringView surname, const QStringList &roles) const
    {
        QString found;
        const auto candidates = m_peopleByWord.constFind(hashKey(surname));
        if (candidates != m_peopleByWord.constEnd()) {
            for (const QString &candidate : *candidates) {
                const PersonRecord &person = *m_a.findPerson(candidate);
                if (!person.name.endsWith(surname) || person.name.size() == surname.size())
                    continue;
                if (!std::all_of(roles.cbegin(), roles.cend(), [&](const QString &role) { return person.roles.contains(role); }))
                    continue;
                if (!found.isEmpty() && found != person.name)
                    return {};
                found = person.name;
            }
        }
        if (!found.isEmpty())
            return found;
        found = m_gazetteer.personByTitle(surname, roles.join(u' '), m_date);
        if (!found.isEmpty())
            return found;
        // "Assistant Secretary for International Trade and Development Alexia Latortue ... said Assistant Secretary
        // Latortue": the first name the article wrote before the surname, where the name itself was not recognised.
        const auto cached = m_titledSurnames.constFind(surname.toString());
        if (cached != m_titledSurnames.constEnd())
            return *cached;
        const QStringView all = m_tk.text();
        for (qsizetype at = all.indexOf(surname); at > 1 && found.isEmpty(); at = all.indexOf(surname, at + surname.size())) {
            const qsizetype after = at + surname.size();
            if (all[at - 1] != u' ' || (after < all.size() && all[after].isLetter()))
                continue;
            const qsizetype wordStart = all.lastIndexOf(u' ', at - 2) + 1;
            const QStringView before = all.sliced(wordStart, at - 1 - wordStart);
            if (!before.isEmpty() && before.front().isUpper() && m_gazetteer.isFirstName(before))
                found = before.toString() + u' ' + surname.toString();
        }
        m_titledSurnames.insert(surname.toString(), found);
        return found;
    }

    // The well-known person with this surname, where the article speaks of that person's country: "Putin" is
    // Vladimir Putin in a story that names Russia, while "O'Brien's book" in a story about Kyiv is nobody the
    // gazetteer knows.
    QString famousBySurname(QStringView surname)
    {
        // Where several share the surname, the one in office on the article's date.
        QString name = m_gazetteer.personBySurname(surname);
        if (name.isEmpty())
            name = m_gazetteer.personInOfficeBySurname(surname, m_date);
        const Gazetteer::Entry *entry = name.isEmpty() ? nullptr : m_gazetteer.find(name);
        if (!entry || entry->country.isEmpty())
            return name;
        const auto known = m_countryNamed.constFind(entry->country);
        if (known != m_countryNamed.constEnd())
            return *known ? name : QString();
        const QStringView text = m_tk.text();
        const QStringList words = m_gazetteer.countryWords(entry->country);
        const bool named = std::any_of(words.cbegin(), words.cend(), [&](const QString &word) { return text.contains(word); });
        m_countryNamed.insert(entry->country, named);
        return named ? name : QString();
    }

    const Gazetteer &m_gazetteer;
    ArticleAnalysis &m_a;
    const Tokenizer &m_tk;
    const QList<Token> &m_tokens;
    const int m_count;
    const QDate m_date; ///< the article's, possibly invalid
    QList<int> m_mentionOf; ///< token -> mention, while mentions are being found
    QList<bool> m_secondary; ///< for each mention: a name inside or around another, which does not own its tokens
    QList<int> m_unresolved;
    QList<std::pair<int, int>> m_unknownStretches; ///< capitalised stretches of two or more words left unclassified
    QHash<QString, std::pair<EntityType, QString>> m_learnedAbbreviations; ///< "KSC" -> place "Kennedy Space Center"
    QHash<QString, int> m_personMentions; ///< how often each person has been named so far
    QHash<QString, QStringList> m_peopleByWord; ///< surname or first name -> people of the article with it
    QHash<QString, bool> m_countryNamed; ///< country -> whether the article names it or its people
    mutable QHash<QString, QString> m_titledSurnames; ///< surname after a title -> the full name the text gives it
    QHash<int, int> m_facilityTownAt; ///< mention -> the token "in" before the town that extendFacilitiesWithTheirTowns() added
    QSet<QString> m_learnedOrganisations; ///< names of two or more words shown to be organisations by their context
    QSet<QString> m_abbreviationsBeforeNames; ///< "FIRST", defined by a name in brackets after it
    QHash<int, int> m_definedNames; ///< first token -> end of a name in brackets that an abbreviation before stands for
    QSet<QString> m_versionedProducts; ///< "IE" where the article writes "IE6"
    bool m_versionedScanned = false;
    QHash<QString, QString> m_learnedPlaces; ///< towns the article shows to be places: "Irving" -> "Irving, Texas"
};

} // namespace

EntityRecognizer::EntityRecognizer(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
{
}

void EntityRecognizer::recognize(ArticleAnalysis &analysis) const
{
    Recognition(m_gazetteer, analysis).run();
}

} // namespace Verbatim
