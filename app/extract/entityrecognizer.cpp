#include "entityrecognizer.h"

#include "lexicon.h"

#include <algorithm>

namespace Verbatim {

namespace {

using Kind = Token::Kind;

// Lower-case role words the same person can be given in different words.
QString normalisedRole(QStringView word)
{
    const QString lower = word.toString().toLower();
    if (lower == u"spokesman" || lower == u"spokeswoman")
        return QStringLiteral("spokesperson");
    if (lower == u"defense")
        return QStringLiteral("defence");
    if (lower.endsWith(u'.'))
        return lower.chopped(1);
    return lower;
}

// Head words that name an organisation when they come first: "Radio Meridian", "Ministry of Defence".
bool isLeadingOrganisationHead(QStringView word)
{
    static const WordTable<> table{
        u"Radio", u"Bank", u"Ministry", u"University", u"Institute", u"Council", u"Agency", u"Department", u"Committee",
        u"Commission", u"Office", u"Court", u"Academy", u"Centre", u"Center", u"Foundation", u"Embassy", u"Federation",
        u"Organization", u"Organisation", u"Union", u"League", u"Party", u"Bureau", u"Directorate", u"House",
    };
    return table.contains(word);
}

class Recognition
{
public:
    Recognition(const Gazetteer &gazetteer, ArticleAnalysis &analysis, QDate articleDate)
        : m_gazetteer(gazetteer)
        , m_a(analysis)
        , m_tk(analysis.tokens)
        , m_tokens(analysis.tokens.tokens())
        , m_count(int(m_tokens.size()))
        , m_date(articleDate)
        , m_mentionOf(m_count, -1)
    {
    }

    void run()
    {
        findDates();
        findNames();
        resolveLateAliases();
        addAppositiveRoles();
        std::sort(m_a.mentions.begin(), m_a.mentions.end(), [](const EntityMention &x, const EntityMention &y) { return x.start < y.start; });
        std::fill(m_a.mentionAtToken.begin(), m_a.mentionAtToken.end(), -1);
        for (int m = 0; m < int(m_a.mentions.size()); ++m) {
            for (int t = m_tk.tokenAt(m_a.mentions[m].start); t < m_count && m_tokens[t].start < m_a.mentions[m].end; ++t)
                m_a.mentionAtToken[t] = m;
        }
    }

private:
    QStringView text(int t) const { return m_tk.textOf(t); }
    bool isWord(int t, const char16_t *word) const { return t >= 0 && t < m_count && text(t).compare(QStringView(word), Qt::CaseInsensitive) == 0; }
    bool isPunct(int t, QChar c) const { return t >= 0 && t < m_count && m_tokens[t].kind == Kind::Punct && text(t)[0] == c; }
    bool isLowerWord(int t) const { return t >= 0 && t < m_count && m_tokens[t].kind == Kind::Word && !m_tokens[t].capitalized; }
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
        for (int t = first; t < end; ++t)
            m_mentionOf[t] = index;
        return index;
    }

    QString joined(int first, int end) const
    {
        QString name;
        for (int t = first; t < end; ++t) {
            if (t > first)
                name += u' ';
            name += text(t);
        }
        return name;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Dates
    // ---------------------------------------------------------------------------------------------------------

    int dayNumber(int t) const
    {
        if (t < 0 || t >= m_count)
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
        if (t < 0 || t >= m_count || m_tokens[t].kind != Kind::Word || !m_tokens[t].capitalized)
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
                if (const int day = dayNumber(t + 1); day > 0 && (fullName || isPunct(t + 1, u'.') == false)) {
                    int end = t + 2;
                    int yearToken = isPunct(end, u',') ? end + 1 : end;
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
                if (fullName && word != u"May" && (isWord(t - 1, u"in") || isWord(t - 1, u"since") || isWord(t - 1, u"until")
                                                  || isWord(t - 1, u"by") || isWord(t - 1, u"early") || isWord(t - 1, u"late")
                                                  || isWord(t - 1, u"mid") || isWord(t - 1, u"from") || isWord(t - 1, u"of"))) {
                    const QString name = dated ? QStringLiteral("%1-%2").arg(likelyYear(month, 1)).arg(month, 2, 10, QChar(u'0')) : word.toString();
                    addMention(t, t + 1, EntityType::Date, name);
                    continue;
                }
            }
            if (token.kind == Kind::Word && token.capitalized) {
                if (const int weekday = Lexicon::weekdays().value(text(t)); weekday > 0) {
                    int first = t;
                    int offsetWeeks = 0;
                    if (isWord(t - 1, u"last") || isWord(t - 1, u"next")) {
                        first = t - 1;
                        offsetWeeks = isWord(t - 1, u"last") ? -1 : 1;
                    }
                    QString name = text(t).toString();
                    if (dated) {
                        // The nearest such day to the article's date, a week away for "last" and "next".
                        int delta = weekday - m_date.dayOfWeek();
                        if (delta > 3)
                            delta -= 7;
                        else if (delta < -3)
                            delta += 7;
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
            if (token.kind == Kind::Word) {
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
                && (isWord(t - 1, u"in") || isWord(t - 1, u"since") || isWord(t - 1, u"until") || isWord(t - 1, u"by")
                    || isWord(t - 1, u"from") || isWord(t - 1, u"of") || isWord(t - 1, u"early") || isWord(t - 1, u"late")
                    || isWord(t - 1, u"mid") || isWord(t - 1, u"between") || isWord(t - 1, u"and"))) {
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
        return !(word.size() == 1 && word[0] == u'I');
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

    // The speech verb right after token `t` (skipping auxiliaries and adverbs), or -1.
    int speechVerbAfter(int t) const
    {
        int v = t + 1;
        while (v < m_count && m_tokens[v].kind == Kind::Word && Lexicon::auxiliaries().contains(text(v)))
            ++v;
        if (v < m_count && m_tokens[v].kind == Kind::Word && Lexicon::speechVerbs().contains(text(v)))
            return v;
        return -1;
    }

    bool speechVerbBefore(int t) const
    {
        return t > 0 && m_tokens[t - 1].kind == Kind::Word && Lexicon::speechVerbs().contains(text(t - 1));
    }

    // The longest gazetteer name starting at `first` and ending before `end`.
    const Gazetteer::Entry *longestMatch(int first, int end, int *length) const
    {
        if (!m_gazetteer.startsName(text(first)))
            return nullptr;
        const int longest = std::min(end - first, m_gazetteer.longestNameTokens());
        for (int n = longest; n >= 1; --n) {
            // Names inside the run are separated by single spaces or nothing else.
            bool contiguous = true;
            for (int t = first + 1; t < first + n && contiguous; ++t)
                contiguous = m_tokens[t].start - m_tokens[t - 1].end == 1 && m_tk.text()[m_tokens[t - 1].end] == u' ';
            if (!contiguous)
                continue;
            if (const Gazetteer::Entry *entry = m_gazetteer.find(joined(first, first + n))) {
                *length = n;
                return entry;
            }
        }
        return nullptr;
    }

    void findNames()
    {
        int t = 0;
        while (t < m_count) {
            if (!isNameToken(t)) {
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
                } else if (isConnector(end) && isNameToken(end + 1) && m_tokens[end + 1].start - m_tokens[end].end <= 1) {
                    end += 2;
                } else if (isConnector(end) && isConnector(end + 1) && isNameToken(end + 2)) {
                    end += 3; // "Secretary of the Treasury", "Institute for the Study of War"
                } else {
                    break;
                }
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
        while (pos < end && (Lexicon::sentenceStarters().contains(text(pos)) || isConnector(pos))
               && !m_gazetteer.find(text(pos)) && !(pos + 1 < end && m_gazetteer.find(joined(pos, pos + 2))))
            ++pos;
        if (pos >= end)
            return;

        QStringList pendingRoles;
        QSet<QString> pendingQualifiers;
        lowerCaseRolesBefore(first, &pendingRoles, &pendingQualifiers);

        while (pos < end) {
            if (isConnector(pos)) {
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
                addMention(pos, orgEnd, EntityType::Organisation, canonical);
                pendingQualifiers.insert(canonical);
                pos = orgEnd;
                continue;
            }
            int length = 0;
            const Gazetteer::Entry *entry = longestMatch(pos, end, &length);
            // A known first name followed by an unknown capitalised word is a person, whatever else the first word is.
            const bool personFirst = entry && length == 1 && entry->type != EntityType::Person && pos + 1 < end
                && m_gazetteer.isFirstName(text(pos)) && !m_gazetteer.startsName(text(pos + 1)) && !Lexicon::titles().contains(text(pos + 1));
            if (entry && !personFirst) {
                addMention(pos, pos + length, entry->type, entry->canonical);
                if (entry->type == EntityType::Person) {
                    PersonRecord &person = registerPerson(entry->canonical, pos);
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
            if (Lexicon::titles().contains(text(pos)) && pos + 1 < end) {
                while (pos < end && (Lexicon::titles().contains(text(pos)) || (isConnector(pos) && pos + 1 < end && Lexicon::titles().contains(text(pos + 1))))) {
                    if (!isConnector(pos))
                        pendingRoles.append(normalisedRole(text(pos)));
                    ++pos;
                }
                continue;
            }

            // An unknown stretch: up to the next gazetteer name, nationality, title or connector.
            int segmentEnd = pos + 1;
            // A name that starts with a first name runs on past surnames that are also places ("Brian E. Nelson",
            // "George Washington").
            const bool personName = m_gazetteer.isFirstName(text(pos));
            auto stopsName = [&](int t) {
                if (isConnector(t) || !m_gazetteer.countryOfNationality(text(t)).isEmpty())
                    return true;
                if (Lexicon::titles().contains(text(t)) && t + 1 < end)
                    return true;
                const Gazetteer::Entry *entry = m_gazetteer.find(text(t));
                if (!entry)
                    return false;
                return !(personName && t - pos < 3 && entry->type == EntityType::Place);
            };
            while (segmentEnd < end && !stopsName(segmentEnd))
                ++segmentEnd;
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

    // Where an organisation that starts at `pos` ends: a run ending in a head word ("Presidential Office"),
    // or starting with one ("Ministry of Defence", "Radio Meridian"). 0 when there is none.
    int organisationEnd(int pos, int end) const
    {
        int headEnd = 0;
        for (int t = end - 1; t > pos; --t) {
            if (Lexicon::organisationHeads().contains(text(t))) {
                headEnd = t + 1;
                break;
            }
        }
        if (headEnd > pos) {
            // "Centre for Ceasefire Studies", "Institute for the Study of War": the name goes on past the head word.
            if (headEnd < end && isConnector(headEnd) && (isWord(headEnd, u"for") || isWord(headEnd, u"of") || isWord(headEnd, u"on")))
                headEnd = end;
            // Not when a title begins a person's name inside it ("Foreign Minister Ilinca Dobrev of the Council").
            for (int t = pos; t < headEnd; ++t) {
                if (Lexicon::titles().contains(text(t)) && !Lexicon::organisationHeads().contains(text(t)) && t + 1 < headEnd
                    && !Lexicon::titles().contains(text(t + 1)) && !Lexicon::organisationHeads().contains(text(t + 1))
                    && m_gazetteer.isFirstName(text(t + 1)))
                    return 0;
                if (const Gazetteer::Entry *e = m_gazetteer.find(text(t)); e && e->type == EntityType::Person)
                    return 0;
            }
            // Every word of it must be capitalised or a connector; "of" may not end it.
            return headEnd;
        }
        if (isLeadingOrganisationHead(text(pos)) && pos + 1 < end) {
            int orgEnd = pos + 1;
            while (orgEnd < end && (isNameToken(orgEnd) || isConnector(orgEnd)))
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
        while (t >= 0 && found.size() < 3 && isLowerWord(t) && Lexicon::roleNouns().contains(text(t))) {
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

    PersonRecord &registerPerson(const QString &name, int firstToken)
    {
        PersonRecord &person = m_a.person(name);
        if (person.gender == Gazetteer::Gender::Unknown) {
            const qsizetype space = name.indexOf(u' ');
            if (space > 0)
                person.gender = m_gazetteer.genderOfFirstName(QStringView(name).first(space));
        }
        Q_UNUSED(firstToken);
        return person;
    }

    // The full name of a person already named in the article whose surname (or given name) is `word`.
    QString knownPersonFor(QStringView word) const
    {
        QString found;
        for (const PersonRecord &person : m_a.people) {
            const QStringView name = person.name;
            const qsizetype space = name.lastIndexOf(u' ');
            const QStringView surname = space < 0 ? name : name.sliced(space + 1);
            if (surname == word || name == word || name.startsWith(QString(word.toString() + u' '))) {
                if (!found.isEmpty() && found != person.name)
                    return {}; // two people share it: leave it unresolved
                found = person.name;
            }
        }
        return found;
    }

    void classifyUnknown(int pos, int end, const QStringList &roles, const QSet<QString> &qualifiers, int runFirst)
    {
        const int length = end - pos;
        // A title on its own ("said the Secretary") is not anyone's name.
        if (length == 1 && Lexicon::titles().contains(text(pos)))
            return;
        const QStringView firstWord = text(pos);
        const bool sentenceStart = m_tokens[pos].sentenceStart || (pos > 0 && m_tokens[pos - 1].kind == Kind::Punct
                                                                     && (text(pos - 1) == u"\u201C" || text(pos - 1) == u"\""));

        if (length == 1 && isAllCapsAcronym(firstWord)) {
            addMention(pos, end, EntityType::Organisation, firstWord.toString());
            return;
        }
        // "Liberty Square", "Dravik River": a place head word ends the name (whatever its first word is).
        if (length >= 2 && Lexicon::placeHeads().contains(text(end - 1))) {
            addMention(pos, end, EntityType::Place, joined(pos, end));
            return;
        }
        // "the National Renewal party", "the Tarnholm daily": a lower-case organisation noun right after the name.
        if (end == runEnd(pos) && isLowerWord(end) && Lexicon::trailingOrganisationNouns().contains(text(end)) && !sentenceStart) {
            addMention(pos, end + 1, EntityType::Organisation, joined(pos, end + 1));
            return;
        }

        const bool titled = !roles.isEmpty();
        const bool firstName = m_gazetteer.isFirstName(firstWord) && length >= 2;
        // Evidence that a capitalised stretch is someone: a speech verb next to it, a role given after it
        // ("X, head of ..."), or a name given after a role ("the UN envoy, X, said").
        const bool speaks = speechVerbAfter(end - 1) >= 0 || (speechVerbBefore(pos) && pos == runFirst) || appositiveAfter(end)
            || (isPunct(end, u',') && speechVerbAfter(end) >= 0)
            || (pos == runFirst && isPunct(pos - 1, u',') && isLowerWord(pos - 2) && Lexicon::roleNouns().contains(text(pos - 2)));
        if (length <= 4 && (titled || firstName || (length >= 2 && speaks))) {
            QString name = canonicalPersonName(joined(pos, end));
            if (length == 1) {
                const QString known = knownPersonFor(firstWord);
                if (!known.isEmpty())
                    name = known;
                else if (const QString famous = m_gazetteer.personBySurname(firstWord); !famous.isEmpty())
                    name = famous;
            } else if (const Gazetteer::Entry *entry = m_gazetteer.find(name); entry && entry->type == EntityType::Person) {
                name = entry->canonical;
            }
            addMention(pos, end, EntityType::Person, name);
            PersonRecord &person = registerPerson(name, pos);
            applyPending(person, roles, qualifiers);
            return;
        }
        if (length == 1) {
            // A surname alone: a person named before in this article, or a well-known one.
            QString name = knownPersonFor(firstWord);
            if (name.isEmpty() && !sentenceStart)
                name = m_gazetteer.personBySurname(firstWord);
            if (name.isEmpty() && speaks && !sentenceStart)
                name = firstWord.toString();
            if (name.isEmpty() && speaks && sentenceStart && speechVerbAfter(pos) >= 0)
                name = m_gazetteer.personBySurname(firstWord).isEmpty() ? firstWord.toString() : m_gazetteer.personBySurname(firstWord);
            if (!name.isEmpty()) {
                addMention(pos, end, EntityType::Person, name);
                registerPerson(name, pos);
                return;
            }
            if (!sentenceStart)
                m_unresolved.append(pos);
        }
    }

    int runEnd(int t) const
    {
        while (t < m_count && (isNameToken(t) || (isConnector(t) && isNameToken(t + 1))))
            ++t;
        return t;
    }

    // Whether a comma and a role follow: "Andriy Yermak, head of ...", "Henrik Sollberg, the foreign minister".
    bool appositiveAfter(int end) const
    {
        if (!isPunct(end, u','))
            return false;
        int t = end + 1;
        if (isWord(t, u"the") || isWord(t, u"a") || isWord(t, u"an"))
            ++t;
        while (t < m_count && m_tokens[t].capitalized && t < end + 5)
            ++t;
        return isLowerWord(t) && Lexicon::roleNouns().contains(text(t));
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
            if (!isPunct(t, u','))
                continue;
            ++t;
            if (isWord(t, u"the") || isWord(t, u"a") || isWord(t, u"an"))
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
            if (isWord(t, u"of") || isWord(t, u"for") || isWord(t, u"at")) {
                ++t;
                if (isWord(t, u"the"))
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
                || isPunct(t, u',') || isPunct(t, u'.') || isPunct(t, u')') || isPunct(t, u';');
            if (!closed)
                continue;
            PersonRecord &person = m_a.person(mention.name);
            applyPending(person, roles, qualifiers);
        }
    }

    const Gazetteer &m_gazetteer;
    ArticleAnalysis &m_a;
    const Tokenizer &m_tk;
    const QList<Token> &m_tokens;
    const int m_count;
    const QDate m_date;
    QList<int> m_mentionOf; ///< token -> mention, while mentions are being found
    QList<int> m_unresolved;
};

} // namespace

EntityRecognizer::EntityRecognizer(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
{
}

void EntityRecognizer::recognize(ArticleAnalysis &analysis, QDate articleDate) const
{
    Recognition(m_gazetteer, analysis, articleDate).run();
}

} // namespace Verbatim
