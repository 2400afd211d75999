#include "statementfinder.h"

#include "lexicon.h"

#include <QRegularExpression>

#include <algorithm>

namespace Verbatim {

namespace {

using Kind = Token::Kind;

struct Speaker {
    QString name; ///< canonical name, empty when the phrase could not be resolved
    EntityType type = EntityType::Person;
    int firstToken = -1; ///< the phrase that names the speaker here (name, pronoun, role)
    int endToken = -1;

    bool found() const { return firstToken >= 0; }
};

// A speech or stance verb with its speaker: "Zelenskyy said", "said Henrik Sollberg", "according to the ministry".
struct Cue {
    int verb = 0; ///< first token of the cue phrase
    int verbEnd = 0; ///< one past its last token ("pointed to", "expressed his readiness")
    Speaker speaker;
    bool inverted = false; ///< the speaker follows the verb
    bool according = false; ///< "according to X"
    bool attribution = false; ///< "(the following statement is) attributed to X:", which gives what follows a speaker
    bool used = false; ///< attributed a quotation
};

// Someone the text has just talked about, for resolving "he", "she", "they" and roles.
struct Salience {
    qsizetype position = 0;
    int sentence = 0;
    QString name;
    EntityType type = EntityType::Person;
    bool subject = false; ///< speaks, or opens its sentence
};

bool isParticiple(QStringView word)
{
    return word.endsWith(u"ing");
}

class Finding
{
public:
    Finding(const Gazetteer &gazetteer, const ArticleAnalysis &analysis, const QList<Quotation> &quotations)
        : m_gazetteer(gazetteer)
        , m_a(analysis)
        , m_tk(analysis.tokens)
        , m_tokens(analysis.tokens.tokens())
        , m_count(int(m_tokens.size()))
    {
        for (const Quotation &q : quotations) {
            if (q.depth == 0)
                m_quotations.append(q);
        }
    }

    QList<ExtractedStatement> run()
    {
        findCues();
        for (const Quotation &quotation : std::as_const(m_quotations))
            attributeQuotation(quotation);
        findReportedStatements();
        std::sort(m_statements.begin(), m_statements.end(),
                  [](const ExtractedStatement &x, const ExtractedStatement &y) { return x.start < y.start || (x.start == y.start && x.end < y.end); });
        return m_statements;
    }

private:
    QStringView text(int t) const { return m_tk.textOf(t); }
    int sentenceFirst(int t) const { return m_tk.sentences()[m_tokens[t].sentence].firstToken; }
    int sentenceEnd(int t) const { return m_tk.sentences()[m_tokens[t].sentence].endToken; }
    const EntityMention *mentionAt(int t) const
    {
        const int m = t >= 0 && t < m_count ? m_a.mentionAtToken[t] : -1;
        return m >= 0 ? &m_a.mentions[m] : nullptr;
    }
    int mentionFirstToken(int t) const
    {
        const int m = m_a.mentionAtToken[t];
        int first = t;
        while (first > 0 && m_a.mentionAtToken[first - 1] == m)
            --first;
        return first;
    }
    int mentionEndToken(int t) const
    {
        const int m = m_a.mentionAtToken[t];
        int end = t + 1;
        while (end < m_count && m_a.mentionAtToken[end] == m)
            ++end;
        return end;
    }
    // Whether token `t` belongs to a date: a date mention, or a word for a day ("Monday", "today") that the
    // recogniser may have left alone. A date says when something was said, never who said it.
    bool isDate(int t) const
    {
        if (const EntityMention *mention = mentionAt(t); mention && mention->type == EntityType::Date)
            return true;
        if (t < 0 || t >= m_count || m_tokens[t].kind != Kind::Word)
            return false;
        static const WordTable<> days{u"today", u"yesterday", u"tonight", u"tomorrow"};
        return Lexicon::weekdays().contains(text(t)) || days.contains(text(t).toString().toLower());
    }
    // The first token of a date adverbial that ends at token `e` ("on Monday", "in January", "on 3 March", "last
    // week"), or -1 when `e` ends none.
    int dateAdverbialFirst(int e, int first) const
    {
        if (e < first || !isDate(e))
            return -1;
        int k = e;
        while (k > first && isDate(k - 1))
            --k;
        static const WordTable<> prepositions{u"on", u"in", u"at", u"during", u"since", u"late", u"early", u"earlier", u"later"};
        while (k > first && m_tk.isLowerWord(k - 1) && prepositions.contains(text(k - 1)))
            --k;
        return k;
    }
    bool insideQuotation(qsizetype position) const
    {
        return std::any_of(m_quotations.cbegin(), m_quotations.cend(),
                           [&](const Quotation &q) { return position > q.open && position < q.contentEnd; });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Speakers
    // ---------------------------------------------------------------------------------------------------------

    Gazetteer::Gender genderOf(const QString &name) const
    {
        if (const PersonRecord *person = m_a.findPerson(name); person && person->gender != Gazetteer::Gender::Unknown)
            return person->gender;
        if (const Gazetteer::Entry *entry = m_gazetteer.find(name); entry && entry->type == EntityType::Person)
            return static_cast<Gazetteer::Gender>(entry->gender);
        return Gazetteer::Gender::Unknown;
    }

    // The country an article is mostly about: its most mentioned country, counting cities and nationalities for
    // theirs. "The President" of an article about Washington is the American one.
    QString dominantCountry() const
    {
        if (m_dominantCountryKnown)
            return m_dominantCountry;
        QHash<QString, int> counts;
        for (const EntityMention &mention : m_a.mentions) {
            QString country;
            if (mention.type == EntityType::Place) {
                const Gazetteer::Entry *entry = m_gazetteer.find(mention.name);
                country = entry && !entry->country.isEmpty() ? entry->country : QString();
            } else if (mention.type == EntityType::Group) {
                country = m_gazetteer.countryOfNationality(mention.name);
            }
            if (!country.isEmpty())
                ++counts[country];
        }
        int best = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > best || (it.value() == best && it.key() < m_dominantCountry)) {
                best = it.value();
                m_dominantCountry = it.key();
            }
        }
        m_dominantCountryKnown = true;
        return m_dominantCountry;
    }

    void remember(qsizetype position, int sentence, const QString &name, EntityType type, bool subject)
    {
        if (name.isEmpty())
            return;
        Salience s{position, sentence, name, type, subject};
        auto it = std::upper_bound(m_salience.begin(), m_salience.end(), position,
                                   [](qsizetype pos, const Salience &other) { return pos < other.position; });
        m_salience.insert(it, s);
    }

    // "he", "she", "they", "it": the most recent fitting subject of the last few sentences, else the most recent
    // fitting person or organisation named.
    Speaker resolvePronoun(int t) const
    {
        Speaker speaker;
        speaker.firstToken = t;
        speaker.endToken = t + 1;
        const Lexicon::Pronoun pronoun = Lexicon::subjectPronoun(text(t));
        const qsizetype position = m_tokens[t].start;
        const int sentence = m_tokens[t].sentence;
        // "I" and "we" speak for whoever has the floor: the last "NAME:" turn of a transcript, if there is one, else
        // the author the title names ("Statement from President Biden on ..."). Never a guess from the text: the
        // last person named is usually the one spoken about.
        if (pronoun == Lexicon::Pronoun::FirstPerson) {
            bool turn = false;
            speaker.name = turnSpeaker(t, &turn);
            if (!turn) {
                speaker.name = titleAuthor().name;
                speaker.type = titleAuthor().type;
            }
            return speaker;
        }
        auto fits = [&](const Salience &s) {
            switch (pronoun) {
            case Lexicon::Pronoun::Masculine:
                return s.type == EntityType::Person && genderOf(s.name) != Gazetteer::Gender::Female;
            case Lexicon::Pronoun::Feminine:
                return s.type == EntityType::Person && genderOf(s.name) != Gazetteer::Gender::Male;
            case Lexicon::Pronoun::Plural:
                return s.type == EntityType::Organisation || s.type == EntityType::Group || s.type == EntityType::Place;
            case Lexicon::Pronoun::Neuter:
                return s.type == EntityType::Organisation || s.type == EntityType::Place;
            case Lexicon::Pronoun::None:
            case Lexicon::Pronoun::FirstPerson:
                return false;
            }
            return false;
        };
        for (int pass = 0; pass < 2 && speaker.name.isEmpty(); ++pass) {
            for (auto it = m_salience.crbegin(); it != m_salience.crend(); ++it) {
                if (it->position >= position)
                    continue;
                if (pass == 0 && (!it->subject || sentence - it->sentence > 3))
                    continue;
                if (fits(*it)) {
                    speaker.name = it->name;
                    speaker.type = it->type;
                    break;
                }
            }
        }
        return speaker;
    }

    // The speaker of a transcript's turn: a paragraph that opens with a name in capitals and a colon
    // ("SECRETARY BLINKEN:", "MR. HASAN:"); empty for a question or where there is no turn. `turn` tells whether
    // there is one.
    QString turnSpeaker(int t, bool *turn = nullptr, int *turnFirst = nullptr, bool *question = nullptr) const
    {
        // The first token of paragraph p, found by walking on from the first of paragraph p + 1: paragraph numbers only
        // grow along the text.
        int first = t;
        for (int p = m_tokens[t].paragraph; p >= 0; --p) {
            while (first > 0 && m_tokens[first - 1].paragraph >= p)
                --first;
            if (m_tokens[first].paragraph != p)
                continue;
            int k = first;
            QStringList words;
            // "MR. HASAN:": an abbreviated title keeps its full stop, a token of its own.
            static const WordTable<> abbreviatedTitles{u"MR", u"MS", u"MRS", u"DR", u"GEN", u"ADM", u"SEN", u"REP", u"AMB", u"GOV", u"LT", u"COL"};
            while (k < m_count && k < first + 6 && m_tokens[k].kind == Kind::Word && text(k).size() > 1 && text(k) == text(k).toString().toUpper()) {
                words.append(text(k++).toString());
                if (abbreviatedTitles.contains(words.constLast()) && m_tk.isPunct(k, u".") && m_tokens[k].start == m_tokens[k - 1].end)
                    ++k;
            }
            if (!words.isEmpty() && m_tk.isPunct(k, u":")) {
                if (turn)
                    *turn = true;
                if (turnFirst)
                    *turnFirst = first;
                const QString surname = words.constLast();
                if (surname == u"QUESTION" || surname == u"Q" || surname == u"MODERATOR" || surname == u"OPERATOR") {
                    if (question)
                        *question = true;
                    return {};
                }
                // "THE PRESIDENT:": the person the article names with that role.
                if (words.constFirst() == u"THE") {
                    QStringList roles;
                    for (qsizetype w = 1; w < words.size(); ++w)
                        roles.append(Lexicon::normalisedRole(words[w]));
                    // "THE PRESIDENT:" in "Remarks by President Biden ...": the President whose remarks they are.
                    if (const QString holder = authorsOffice(roles); !holder.isEmpty())
                        return holder;
                    return resolveRole(roles, QString(), m_tokens[t].start);
                }
                const QString name = surname.front() + surname.mid(1).toLower();
                for (const PersonRecord &person : m_a.people) {
                    if (person.name.endsWith(u' ' + name) || person.name == name)
                        return person.name;
                }
                // A role before the surname ("SECRETARY BLINKEN:") points to the well-known holder; a courtesy title
                // ("MR. HASAN:") says nothing about who this Hasan is.
                const bool role = words.size() > 1 && !abbreviatedTitles.contains(words.constFirst());
                const QString known = role ? m_gazetteer.personBySurname(name) : QString();
                return known.isEmpty() ? name : known;
            }
            if (t - first > 4000)
                break;
        }
        return {};
    }

    // "you" in a transcript: whom the turn answers, the speaker of the turn before it; for a "QUESTION:" turn, the
    // interviewer the title names ("Secretary Blinken With Jake Tapper of CNN").
    QString addressee(int t) const
    {
        bool turn = false;
        int first = -1;
        const QString current = turnSpeaker(t, &turn, &first);
        if (!turn || first <= 0)
            return {};
        bool previousTurn = false;
        bool question = false;
        QString previous;
        // Past the turns of nobody in particular ("STAFF: All right, thanks, guys.") and the speaker's own.
        for (int turns = 0; turns < 3 && first > 0; ++turns) {
            previousTurn = false;
            previous = turnSpeaker(first - 1, &previousTurn, &first, &question);
            if (!previousTurn || (previous != u"Staff" && previous != u"Participant" && previous != u"Audience" && previous != current))
                break;
        }
        if (!previousTurn)
            return {};
        if (!question)
            return previous;
        static const QRegularExpression interviewer(QStringLiteral("\\b(?:[Ww]ith|[Tt]o)\\s+((?:[A-Z][\\w.'\\x{2019}-]*\\s+){0,2}[A-Z][\\w'\\x{2019}-]+)"));
        const QRegularExpressionMatch match = interviewer.match(m_a.title.toString());
        if (!match.hasMatch() || !match.captured(1).contains(u' '))
            return {};
        const QString written = match.captured(1);
        const Gazetteer::Entry *entry = m_gazetteer.find(written);
        if (entry && entry->type != EntityType::Person)
            return {};
        const QString name = entry ? entry->canonical : canonicalPersonName(written);
        const qsizetype space = name.indexOf(u' ');
        return space > 0 && m_gazetteer.isFirstName(QStringView(name).first(space)) ? name : QString();
    }

    struct Author {
        QString name;
        QStringList roles; ///< the title's words before the name, lower case: "president", "vice president"
        QString country; ///< the author's country, where the gazetteer knows it
        EntityType type = EntityType::Person; ///< or an organisation: "Statement by the Group of Creditors of Ukraine"
    };

    // "the President" (a capitalised title used alone) in a text by someone: they, when it is their title, else who
    // held that office in their country: in remarks by a secretary of state, "the President" is their president.
    QString authorsOffice(const QStringList &roles) const
    {
        const Author &author = titleAuthor();
        if (author.name.isEmpty() || roles.isEmpty())
            return {};
        if (std::all_of(roles.cbegin(), roles.cend(), [&](const QString &r) { return author.roles.contains(r); }))
            return author.name;
        if (author.country.isEmpty())
            return {};
        return m_gazetteer.officeHolder(roles.join(u' '), author.country, m_a.date);
    }

    // Who writes in the first person in a text whose title names its author: "Statement from President Biden on
    // ...", "Statement of President Joe Biden and First Lady Jill Biden on ..." (the first named), "Remarks by
    // Vice President Harris at ...", "Op-Ed by Secretary Antony J. Blinken"; and the President for the messages and
    // letters a president sends Congress ("Message to the Congress on ...", "Letter to the Speaker of the House
    // ..."). Nobody for any other title.
    const Author &titleAuthor() const
    {
        if (m_titleAuthorKnown)
            return m_titleAuthor;
        m_titleAuthorKnown = true;
        const QString title = m_a.title.trimmed().toString();
        if (title.isEmpty())
            return m_titleAuthor;
        static const QRegularExpression toCongress(
            QStringLiteral("^(?:Presidential\\s+)?(?:Message|Letter)s?\\s+to\\s+(?:the\\s+)?(?:Congress|Senate|House|Speaker|President\\s+of\\s+the\\s+Senate|Congressional)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        if (toCongress.match(title).hasMatch()) {
            m_titleAuthor.name = m_gazetteer.officeHolder(QStringLiteral("president"), QStringLiteral("United States"), m_a.date);
            m_titleAuthor.roles = {QStringLiteral("president")};
            return m_titleAuthor;
        }
        static const QRegularExpression byAuthor(
            QStringLiteral("^(?:Joint\\s+)?(?:Statement|Remarks|Message|Letter|Op-Ed|Address|Speech|Testimony|Op-ed|Opinion)s?\\s+(?:from|by|of)\\s+(.+)$"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = byAuthor.match(title);
        // "Secretary Antony J. Blinken On ABC World News Tonight", "Secretary Blinken At a Meeting with ...": a
        // transcript titled with its titled speaker, where the name must be someone known.
        const bool titledSpeaker = !match.hasMatch() && Lexicon::titles().contains(title.section(u' ', 0, 0));
        if (!match.hasMatch() && !titledSpeaker)
            return m_titleAuthor;
        // The first author's phrase: up to what the text is about, where or when it was given, or another author.
        QString phrase = titledSpeaker ? title : match.captured(1);
        static const QRegularExpression phraseEnd(
            QStringLiteral("(?:\\s+(?:on|at|in|to|for|regarding|about|after|before|during|upon|with|and|&|announcing|following|regarding|marking|commemorating|celebrating|honoring|honouring|welcoming|condemning|launching)\\s|[:,;(|\\x{2013}\\x{2014}]|\\s-\\s|\\x{2019}s\\b|'s\\b)"),
            QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch end = phraseEnd.match(phrase); end.hasMatch())
            phrase.truncate(end.capturedStart());
        const QStringList words = phrase.simplified().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty() || words.size() > 10)
            return m_titleAuthor;
        // The name starts at a first name ("Secretary of Defense Lloyd J. Austin III", "President Joe Biden"), else it
        // is the surname at the end ("Vice President Harris"); the words before it are titles.
        for (const QString &word : words) {
            if (!word.front().isUpper() && word != u"of" && word != u"the")
                return m_titleAuthor; // not a name: "Statement by the press secretary"
        }
        // "Statement by the Group of Creditors of Ukraine": a body the article names, by the name it has there.
        const QString body = (words.constFirst() == u"the" ? words.mid(1) : words).join(u' ');
        for (const EntityMention &mention : m_a.mentions) {
            if (mention.type == EntityType::Organisation && m_tk.text().sliced(mention.start, mention.end - mention.start) == body) {
                m_titleAuthor.name = mention.name;
                m_titleAuthor.type = EntityType::Organisation;
                return m_titleAuthor;
            }
        }
        qsizetype nameFirst = words.size() - 1;
        for (qsizetype w = 0; w + 1 < words.size(); ++w) {
            if (m_gazetteer.isFirstName(words[w]) && !Lexicon::titles().contains(words[w])) {
                nameFirst = w;
                break;
            }
        }
        QStringList roles;
        for (qsizetype w = 0; w < nameFirst; ++w) {
            if (words[w] != u"of" && words[w] != u"the")
                roles.append(Lexicon::normalisedRole(words[w]));
        }
        const QString written = words.mid(nameFirst).join(u' ');
        if (!written.front().isUpper())
            return m_titleAuthor;
        QString name;
        if (std::all_of(words.cbegin(), words.cend(), [](const QString &word) { return Lexicon::titles().contains(word) || word == u"of" || word == u"the"; })) {
            // "Statement by the President": a release of the US President's office, the only one titled so in English.
            roles.append(Lexicon::normalisedRole(written));
            if (roles == QStringList{QStringLiteral("president")} || roles == QStringList{QStringLiteral("vice"), QStringLiteral("president")})
                name = m_gazetteer.officeHolder(roles.join(u' '), QStringLiteral("United States"), m_a.date);
        } else if (nameFirst + 1 < words.size()) {
            // A full name: as the gazetteer or the article has it.
            const Gazetteer::Entry *entry = m_gazetteer.find(written);
            name = entry && entry->type == EntityType::Person ? entry->canonical : canonicalPersonName(written);
        } else {
            // A surname after a title: the article's person of that name (with that role, where several), else
            // whoever held that office then, else the notable person of that name.
            QStringList candidates;
            for (const PersonRecord &person : m_a.people) {
                if (person.name.endsWith(u' ' + written))
                    candidates.append(person.name);
            }
            if (candidates.size() > 1) {
                QStringList withRole;
                for (const QString &candidate : std::as_const(candidates)) {
                    const PersonRecord *person = m_a.findPerson(candidate);
                    if (std::all_of(roles.cbegin(), roles.cend(), [&](const QString &r) { return person->roles.contains(r); }))
                        withRole.append(candidate);
                }
                candidates = withRole;
            }
            if (candidates.size() == 1)
                name = candidates.constFirst();
            if (name.isEmpty())
                name = m_gazetteer.personByTitle(written, roles.join(u' '), m_a.date);
            if (name.isEmpty())
                name = m_gazetteer.personBySurname(written);
            if (name.isEmpty() && !roles.isEmpty())
                name = written;
        }
        const Gazetteer::Entry *entry = name.isEmpty() ? nullptr : m_gazetteer.find(name);
        if (titledSpeaker && !(entry && entry->type == EntityType::Person) && !m_a.findPerson(name))
            return m_titleAuthor;
        m_titleAuthor.name = name;
        m_titleAuthor.roles = roles;
        if (entry && entry->type == EntityType::Person)
            m_titleAuthor.country = entry->country;
        return m_titleAuthor;
    }

    // The person a role phrase stands for: "the Ukrainian president", "the foreign minister", "the spokeswoman".
    QString resolveRole(const QStringList &roles, const QString &qualifier, qsizetype position) const
    {
        auto matches = [&](const PersonRecord &person) {
            for (const QString &role : roles) {
                if (!person.roles.contains(role))
                    return false;
            }
            return qualifier.isEmpty() || person.qualifiers.contains(qualifier)
                || person.qualifiers.contains(m_gazetteer.countryOfNationality(qualifier));
        };
        // The most recently mentioned match first, then anyone the article introduced with the role.
        for (auto it = m_salience.crbegin(); it != m_salience.crend(); ++it) {
            if (it->position >= position || it->type != EntityType::Person)
                continue;
            if (const PersonRecord *person = m_a.findPerson(it->name); person && matches(*person))
                return person->name;
        }
        for (const PersonRecord &person : m_a.people) {
            if (matches(person))
                return person.name;
        }
        // "the Valdorian president" for a "President Anton Mirescu" whose country the article never said: only when
        // he is the one president the article has named so far, since a wrong speaker is worse than none.
        if (!qualifier.isEmpty()) {
            QSet<QString> candidates;
            for (const Salience &s : m_salience) {
                if (s.position >= position || s.type != EntityType::Person)
                    continue;
                const PersonRecord *person = m_a.findPerson(s.name);
                if (person && person->qualifiers.isEmpty()
                    && std::all_of(roles.cbegin(), roles.cend(), [&](const QString &role) { return person->roles.contains(role); }))
                    candidates.insert(person->name);
            }
            if (candidates.size() == 1)
                return *candidates.cbegin();
        }
        // Nobody in the article: who held the office on the article's date, in the qualifier's country ("the Russian
        // president") or, without one, in the country the article is about.
        QString country = qualifier.isEmpty() ? dominantCountry() : m_gazetteer.countryOfNationality(qualifier);
        if (country.isEmpty())
            country = qualifier;
        if (const QString holder = m_gazetteer.officeHolder(roles.join(u' '), country, m_a.date); !holder.isEmpty())
            return holder;
        if (roles.size() == 1 && !qualifier.isEmpty()) {
            const QString holder = m_gazetteer.personByRole(roles.constFirst(), country);
            if (!holder.isEmpty())
                return holder;
        }
        return {};
    }

    // A speaker phrase that ends at token `e` (inclusive): a pronoun, a name, a role or an organisation noun.
    Speaker speakerEndingAt(int e, int lowerBound) const
    {
        Speaker none;
        if (e < lowerBound || e < 0)
            return none;
        if (m_tokens[e].kind == Kind::Word && Lexicon::subjectPronoun(text(e)) != Lexicon::Pronoun::None) {
            // "he" on its own, not "the" + pronoun or "and he".
            return resolvePronoun(e);
        }
        if (m_tk.isWord(e, u"you")) {
            Speaker speaker;
            speaker.firstToken = e;
            speaker.endToken = e + 1;
            speaker.name = addressee(e);
            return speaker;
        }
        if (const EntityMention *mention = mentionAt(e); mention && mention->type != EntityType::Date) {
            Speaker speaker;
            speaker.name = mention->name;
            speaker.type = mention->type;
            speaker.firstToken = mentionFirstToken(e);
            speaker.endToken = e + 1;
            // "the Ukrainian president" where "Ukrainian" is a mention: handled below as a role.
            return speaker;
        }
        if (m_tk.isLowerWord(e) && Lexicon::roleNouns().contains(text(e)))
            return rolePhraseEndingAt(e, lowerBound);
        if (m_tokens[e].capitalized && Lexicon::titles().contains(text(e)))
            return titlePhraseEndingAt(e, lowerBound);
        if (m_tk.isLowerWord(e) && Lexicon::organisationNouns().contains(text(e)))
            return organisationPhraseEndingAt(e, lowerBound);
        if (m_tk.isLowerWord(e) && Lexicon::unnamedSpeakerNouns().contains(text(e)))
            return unnamedPhraseEndingAt(e, lowerBound);
        return none;
    }

    // "one woman", "a local resident", "Ukrainian officials": someone the text does not name. Found, but unresolved,
    // so that the statement keeps the phrase as its speaker's description.
    Speaker unnamedPhraseEndingAt(int e, int lowerBound) const
    {
        Speaker speaker;
        int t = e - 1;
        while (t >= lowerBound && (m_tk.isLowerWord(t) || (m_tokens[t].capitalized && mentionAt(t))) && t >= e - 3
               && !Lexicon::auxiliaries().contains(text(t)) && !m_tk.isWord(t, u"that") && !m_tk.isWord(t, u"and"))
            --t;
        static const WordTable<> determiners{u"the", u"a", u"an", u"one", u"another", u"two", u"three", u"several", u"some", u"many", u"his", u"her", u"their"};
        if (t >= lowerBound && determiners.contains(text(t).toString().toLower()))
            speaker.firstToken = t;
        else
            speaker.firstToken = t + 1;
        speaker.endToken = e + 1;
        return speaker;
    }

    Speaker rolePhraseEndingAt(int e, int lowerBound) const
    {
        Speaker speaker;
        QStringList roles;
        int t = e;
        while (t >= lowerBound && m_tk.isLowerWord(t) && (Lexicon::roleNouns().contains(text(t)) || text(t) == u"senior" || text(t) == u"top")) {
            if (Lexicon::roleNouns().contains(text(t)))
                roles.prepend(Lexicon::normalisedRole(text(t)));
            --t;
        }
        QString qualifier;
        if (t >= lowerBound && m_tokens[t].kind == Kind::Word && m_tokens[t].capitalized && !m_tk.isWord(t, u"the")) {
            const EntityMention *mention = mentionAt(t);
            qualifier = mention ? mention->name : text(t).toString();
            t = mention ? mentionFirstToken(t) - 1 : t - 1;
        }
        // A role needs a determiner ("the president"); "Kremlin spokesman" without one is part of a name.
        if (!(t >= lowerBound && (m_tk.isWord(t, u"the") || m_tk.isWord(t, u"a") || m_tk.isWord(t, u"an"))))
            return speaker;
        speaker.firstToken = t;
        speaker.endToken = e + 1;
        if (m_tk.isWord(t, u"the"))
            speaker.name = resolveRole(roles, qualifier, m_tokens[t].start);
        return speaker;
    }

    // "the President", "the Vice President", "the Prime Minister": a title used as a name.
    Speaker titlePhraseEndingAt(int e, int lowerBound) const
    {
        Speaker speaker;
        QStringList roles;
        int t = e;
        while (t >= lowerBound && m_tokens[t].capitalized && Lexicon::titles().contains(text(t))) {
            roles.prepend(Lexicon::normalisedRole(text(t)));
            --t;
        }
        if (!(t >= lowerBound && m_tk.isWord(t, u"the")))
            return speaker;
        speaker.firstToken = t;
        speaker.endToken = e + 1;
        speaker.name = authorsOffice(roles);
        if (speaker.name.isEmpty())
            speaker.name = resolveRole(roles, QString(), m_tokens[t].start);
        return speaker;
    }

    Speaker organisationPhraseEndingAt(int e, int lowerBound) const
    {
        Speaker speaker;
        int t = e - 1;
        QString qualifier;
        if (t >= lowerBound && m_tokens[t].kind == Kind::Word && m_tokens[t].capitalized && !m_tk.isWord(t, u"the")) {
            const EntityMention *mention = mentionAt(t);
            qualifier = mention ? mention->name : text(t).toString();
            t = mention ? mentionFirstToken(t) - 1 : t - 1;
        }
        if (!(t >= lowerBound && m_tk.isWord(t, u"the")))
            return speaker;
        speaker.firstToken = t;
        speaker.endToken = e + 1;
        speaker.type = EntityType::Organisation;
        // "the ministry": the latest organisation whose name holds the word.
        const QString head = text(e).toString();
        const qsizetype position = m_tokens[t].start;
        for (auto it = m_salience.crbegin(); it != m_salience.crend(); ++it) {
            if (it->position >= position || it->type != EntityType::Organisation)
                continue;
            if (it->name.contains(head, Qt::CaseInsensitive) && (qualifier.isEmpty() || it->name.contains(qualifier))) {
                speaker.name = it->name;
                break;
            }
        }
        return speaker;
    }

    // "The president appeared on VTV and said ...", "Albu said she would ... and described it as ...": the verb
    // after "and" shares the subject of the clause: an earlier cue's speaker, or the phrase that opens the sentence.
    Speaker coordinatedSubject(int verb, int first) const
    {
        for (auto it = m_cues.crbegin(); it != m_cues.crend(); ++it) {
            if (it->verb < verb && it->verb >= first && it->speaker.found())
                return it->speaker;
        }
        int t = first;
        // Past an opening adverbial: "Late on Wednesday, ..."
        for (int k = first; k < verb && k < first + 10; ++k) {
            if (m_tk.isPunct(k, u",")) {
                t = k + 1;
                break;
            }
        }
        if (m_tokens[t].kind == Kind::Word && Lexicon::subjectPronoun(text(t)) != Lexicon::Pronoun::None)
            return resolvePronoun(t);
        Speaker speaker = speakerStartingAt(t, verb);
        // Only a subject that ends where its verb begins: "the Valdorian president appeared".
        if (speaker.found() && speaker.endToken < verb && m_tk.isLowerWord(speaker.endToken))
            return speaker;
        return {};
    }

    // "Amara Okonkwo-Reyes of the Geneva Centre said", "Officials in Geneva said": the name after the preposition
    // is not the subject; what comes before it is (resolved, or an unnamed speaker such as "officials").
    Speaker subjectBehindPreposition(const Speaker &speaker, int first) const
    {
        if (!speaker.found() || speaker.name.isEmpty() || speaker.endToken - speaker.firstToken > 6)
            return speaker;
        int t = speaker.firstToken - 1;
        if (m_tk.isWord(t, u"the"))
            --t;
        static const WordTable<> prepositions{u"of", u"at", u"from", u"in", u"for", u"with", u"near", u"inside", u"outside"};
        if (!(t > first && m_tk.isLowerWord(t) && prepositions.contains(text(t))))
            return speaker;
        const Speaker head = speakerEndingAt(t - 1, first);
        if (head.found())
            return head;
        if (m_tokens[t - 1].kind != Kind::Word || isDate(t - 1))
            return speaker;
        Speaker unnamed;
        unnamed.firstToken = t - 1;
        unnamed.endToken = t;
        return unnamed;
    }

    // A speaker phrase that starts at token `t`: a name or "the" + role, as after "said" or "according to".
    Speaker speakerStartingAt(int t, int upperBound) const
    {
        Speaker none;
        if (t >= upperBound || t >= m_count)
            return none;
        if (const EntityMention *mention = mentionAt(t); mention && mention->type != EntityType::Date) {
            int end = mentionEndToken(t);
            // "the Ukrainian president": the mention is only the qualifier of a role.
            if (m_tk.isLowerWord(end) && Lexicon::roleNouns().contains(text(end)))
                return none;
            Speaker speaker;
            speaker.name = mention->name;
            speaker.type = mention->type;
            speaker.firstToken = t;
            speaker.endToken = end;
            return speaker;
        }
        if (m_tokens[t].kind == Kind::Word && Lexicon::subjectPronoun(text(t)) != Lexicon::Pronoun::None)
            return resolvePronoun(t);
        // "said Secretary of the Treasury Janet L. Yellen", "said Under Secretary Brian E. Nelson": past the titles
        // (and what they are titles of) to the name.
        if (m_tokens[t].capitalized && Lexicon::titles().contains(text(t))) {
            bool comma = false;
            for (int k = t + 1; k < upperBound && k < t + 14; ++k) {
                const EntityMention *mention = mentionAt(k);
                if (mention && mention->type == EntityType::Person)
                    return speakerStartingAt(k, upperBound);
                // "Under Secretary of the Treasury for Terrorism and Financial Intelligence, Brian E. Nelson"
                if (m_tk.isPunct(k, u",") && !comma) {
                    comma = true;
                    continue;
                }
                const bool partOfTitle = Lexicon::titles().contains(text(k)) || Lexicon::nameConnectors().contains(text(k)) || mention
                    || (m_tokens[k].capitalized && m_tokens[k].kind == Kind::Word);
                if (!partOfTitle || comma)
                    break;
            }
        }
        // "according to the Institute for International Finance": "the" and a name.
        if (m_tk.isWord(t, u"the") && t + 1 < upperBound) {
            if (const EntityMention *mention = mentionAt(t + 1);
                mention && mention->type != EntityType::Date && mentionFirstToken(t + 1) == t + 1 && !(m_tokens[t + 1].capitalized && Lexicon::titles().contains(text(t + 1)))) {
                Speaker speaker = speakerStartingAt(t + 1, upperBound);
                if (speaker.found()) {
                    speaker.firstToken = t;
                    return speaker;
                }
            }
        }
        if (m_tk.isWord(t, u"the") && t + 1 < upperBound && m_tokens[t + 1].capitalized && Lexicon::titles().contains(text(t + 1))) {
            int e = t + 1;
            while (e + 1 < upperBound && m_tokens[e + 1].capitalized && Lexicon::titles().contains(text(e + 1)))
                ++e;
            if (!mentionAt(e + 1))
                return titlePhraseEndingAt(e, t);
        }
        if (m_tk.isWord(t, u"the")) {
            // Read forward to the last role or organisation noun of the phrase, then resolve it backwards.
            int e = t + 1;
            if (e < upperBound && m_tokens[e].capitalized)
                e = mentionAt(e) ? mentionEndToken(e) : e + 1;
            int last = -1;
            while (e < upperBound && m_tk.isLowerWord(e)
                   && (Lexicon::roleNouns().contains(text(e)) || Lexicon::organisationNouns().contains(text(e)) || text(e) == u"senior")) {
                last = e;
                ++e;
            }
            if (last >= 0)
                return speakerEndingAt(last, t);
        }
        return none;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Cues
    // ---------------------------------------------------------------------------------------------------------

    // The end of the cue phrase that starts at `t`, or -1 when `t` is not a cue here.
    int cueEnd(int t) const
    {
        // "According to X" opens sentences; every other cue is a lower-case verb.
        if (m_tk.isWord(t, u"according"))
            return m_tk.isWord(t + 1, u"to") ? t + 2 : -1;
        // "The following statement is attributed to X:" (a readout's source), "Attributed to X:"
        if (m_tk.isWord(t, u"attributed"))
            return m_tk.isWord(t + 1, u"to") && m_tk.isPunct(attributionEnd(t + 2), u":") ? t + 2 : -1;
        if (!m_tk.isLowerWord(t))
            return -1;
        const QStringView word = text(t);
        if (!Lexicon::speechVerbs().contains(word))
            return -1;
        // "-ing" forms speak only in the present progressive: "I'm announcing that", "we're calling on"; "we're adding
        // new names" adds, it does not say.
        if (isParticiple(word) && (word == u"adding" || word == u"saying" || word == u"telling") && !m_tk.isPunct(t - 1, u","))
            return -1;
        if (isParticiple(word) && !(m_tk.isWord(t - 1, u"am") || m_tk.isWord(t - 1, u"is") || m_tk.isWord(t - 1, u"are")
                                    || (t > 0 && m_tokens[t - 1].kind == Kind::Word && text(t - 1).contains(u'\'') == false
                                        && Lexicon::subjectPronoun(text(t - 1)) != Lexicon::Pronoun::None && text(t - 1).size() > 2)
                                    || (t > 0 && (text(t - 1).endsWith(u"'m") || text(t - 1).endsWith(u"\u2019m") || text(t - 1).endsWith(u"'re")
                                                  || text(t - 1).endsWith(u"\u2019re")))))
            return -1;
        // "Having said that, ...", "that said, ...": a turn of the argument, not a report.
        if (word == u"said" && ((m_tk.isWord(t - 1, u"having") && m_tk.isWord(t + 1, u"that")) || (m_tk.isWord(t - 1, u"that") && m_tk.isPunct(t + 1, u","))))
            return -1;
        if (word == u"pointed")
            return m_tk.isWord(t + 1, u"to") || m_tk.isWord(t + 1, u"out") ? t + 2 : -1;
        // "made clear that", "has been clear that"
        if (word == u"made" || word == u"makes" || word == u"making" || word == u"been") {
            // "has been very clear that", "made it abundantly clear that"
            int n = t + 1;
            if (m_tk.isWord(n, u"it"))
                ++n;
            if (m_tk.isWord(n, u"very") || m_tk.isWord(n, u"quite") || m_tk.isWord(n, u"perfectly") || (m_tk.isLowerWord(n) && text(n).endsWith(u"ly")))
                ++n;
            return m_tk.isWord(n, u"clear") ? n + 1 : -1;
        }
        if (word == u"called" || word == u"calling")
            return m_tk.isWord(t + 1, u"on") || m_tk.isWord(t + 1, u"for") || m_tk.isWord(t + 1, u"upon") ? t + 2 : -1;
        if (Lexicon::verbsNeedingThat().contains(word)) {
            // "revealed that ...", "confirmed: ...", "agreed, “...”" report something; "revealed deficiencies" does not.
            int n = t + 1;
            while (n < m_count && m_tk.isLowerWord(n) && text(n).endsWith(u"ly"))
                ++n;
            if (!(m_tk.isWord(n, u"that") || m_tk.isPunct(n, u":\u201C\"") || (m_tk.isPunct(n, u",") && m_tk.isPunct(n + 1, u"\u201C\""))))
                return -1;
        }
        if (word == u"expressed") {
            int n = t + 1;
            if (m_tk.isWord(n, u"his") || m_tk.isWord(n, u"her") || m_tk.isWord(n, u"their") || m_tk.isWord(n, u"its") || m_tk.isWord(n, u"the"))
                ++n;
            return n < m_count && Lexicon::expressedNouns().contains(text(n)) ? n + 1 : -1;
        }
        return t + 1;
    }

    // The colon that ends "attributed to X:", or the token where looking for it stopped.
    int attributionEnd(int t) const
    {
        int k = t;
        while (k < m_count && k < t + 24 && !m_tk.isPunct(k, u":") && m_tokens[k].paragraph == m_tokens[t].paragraph
               && !(m_tokens[k].kind == Kind::Word && !m_tokens[k].capitalized && !Lexicon::nameConnectors().contains(text(k))))
            ++k;
        return k;
    }

    // Words that cannot end a subject: "that said", "which announced", "and said" (handled apart), "it was said".
    bool isFunctionWord(int t) const
    {
        static const WordTable<> words{u"that", u"which", u"who", u"whom", u"whose", u"what", u"and", u"or", u"but", u"if", u"as",
                                       u"than", u"because", u"when", u"while", u"where", u"there", u"here", u"so", u"then", u"also",
                                       u"this", u"these", u"those", u"a", u"an", u"the", u"of", u"to", u"in", u"on", u"at", u"by",
                                       u"for", u"with", u"from", u"it", u"its", u"has", u"have", u"had", u"is", u"was", u"be"};
        return words.contains(text(t).toString().toLower());
    }

    // "will announce", "would say", "to urge": nothing has been said yet.
    bool afterModal(int verb, int first) const
    {
        int t = verb - 1;
        while (t >= first && m_tk.isLowerWord(t) && Lexicon::auxiliaries().contains(text(t)) && !Lexicon::modals().contains(text(t)))
            --t;
        if (t >= first && m_tk.isLowerWord(t) && Lexicon::modals().contains(text(t)))
            return true;
        // "is going to announce", "plans to announce" report nothing yet; "I want to highlight that" is the statement.
        if (m_tk.isWord(t, u"to"))
            return !(m_tk.isWord(t - 1, u"want") || m_tk.isWord(t - 1, u"wanted") || m_tk.isWord(t - 1, u"wants") || m_tk.isWord(t - 1, u"like"));
        // "we'll announce"
        return t >= first && m_tokens[t].kind == Kind::Word && (text(t).endsWith(u"'ll") || text(t).endsWith(u"\u2019ll"));
    }

    bool isPassive(int verb) const
    {
        // "Treasury is making clear", "the United States is announcing": the progressive is active.
        if (isParticiple(text(verb)))
            return false;
        int t = verb - 1;
        while (t >= 0 && m_tk.isLowerWord(t) && (text(t).endsWith(u"ly") || m_tk.isWord(t, u"also") || m_tk.isWord(t, u"not")))
            --t;
        return m_tk.isWord(t, u"was") || m_tk.isWord(t, u"were") || m_tk.isWord(t, u"been") || m_tk.isWord(t, u"being") || m_tk.isWord(t, u"is")
            || m_tk.isWord(t, u"are") || m_tk.isWord(t, u"be");
    }

    void findCues()
    {
        // People named in the text are the first things pronouns and roles can point to.
        for (qsizetype m = 0; m < m_a.mentions.size(); ++m) {
            const EntityMention &mention = m_a.mentions[m];
            if (mention.type == EntityType::Date || mention.type == EntityType::Group)
                continue;
            const int t = m_tk.tokenAt(mention.start);
            // "Ukraine" in "the Government of Ukraine isn't buying that" is no subject: the name around it is.
            if (m_a.mentionAtToken[t] != m) {
                remember(mention.start, m_tokens[t].sentence, mention.name, mention.type, false);
                continue;
            }
            const int first = sentenceFirst(t);
            bool opensSentence = true;
            for (int k = first; k < t && opensSentence; ++k)
                opensSentence = m_tokens[k].capitalized || m_tk.isWord(k, u"the") || mentionAt(k);
            // "..., but frankly the Government of Ukraine isn't buying that": a name followed by its verb is a subject.
            if (!opensSentence) {
                const int next = m_tk.tokenAt(mention.end);
                opensSentence = next < m_count && m_tk.isLowerWord(next) && m_tokens[next].start == mention.end + 1
                    && (Lexicon::auxiliaries().contains(text(next)) || Lexicon::speechVerbs().contains(text(next)) || text(next).endsWith(u"n't")
                        || text(next).endsWith(u"n\u2019t") || m_tk.isWord(next, u"are") || m_tk.isWord(next, u"were"));
            }
            remember(mention.start, m_tokens[t].sentence, mention.name, mention.type, opensSentence);
        }
        // "The President was asked ..., and he said": a title used as a name that opens a sentence is its subject too.
        for (const Sentence &sentence : m_tk.sentences()) {
            const int first = sentence.firstToken;
            if (first + 1 < sentence.endToken && m_tk.isWord(first, u"the") && m_tokens[first + 1].capitalized
                && Lexicon::titles().contains(text(first + 1)) && !mentionAt(first + 1)) {
                int e = first + 1;
                while (e + 1 < sentence.endToken && m_tokens[e + 1].capitalized && Lexicon::titles().contains(text(e + 1)))
                    ++e;
                if (mentionAt(e + 1))
                    continue;
                const Speaker speaker = titlePhraseEndingAt(e, first);
                if (speaker.found())
                    remember(m_tokens[first].start, m_tokens[first].sentence, speaker.name, EntityType::Person, true);
            }
        }

        for (int t = 0; t < m_count; ++t) {
            const int end = cueEnd(t);
            if (end < 0 || insideQuotation(m_tokens[t].start))
                continue;
            Cue cue;
            cue.verb = t;
            cue.verbEnd = end;
            cue.according = m_tk.isWord(t, u"according");
            cue.attribution = m_tk.isWord(t, u"attributed");
            // "According to X" is the whole sentence's source; the rest of the sentence is what X says.
            const int first = sentenceFirst(t);
            const int last = sentenceEnd(t);
            if (cue.according) {
                cue.inverted = true;
                cue.speaker = speakerStartingAt(end, last);
            } else if (cue.attribution) {
                // "attributed to Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder:": the person the titles lead
                // to, the last one named before the colon.
                cue.inverted = true;
                const int colon = attributionEnd(end);
                for (int k = colon - 1; k >= end && !cue.speaker.found(); --k) {
                    const EntityMention *mention = mentionAt(k);
                    if (mention && mention->type == EntityType::Person)
                        cue.speaker = speakerStartingAt(mentionFirstToken(k), colon);
                }
                if (!cue.speaker.found())
                    cue.speaker = speakerStartingAt(end, colon);
            } else if (!isPassive(t) && !afterModal(t, first)) {
                // Subject before the verb, past auxiliaries and adverbs ("has also said"), a parenthesis ("the
                // Department of Defense (DoD) announced") and an appositive ("Andriy Yermak, head of the Presidential
                // Office, said").
                int e = t - 1;
                while (e >= first) {
                    if (m_tk.isLowerWord(e) && (Lexicon::auxiliaries().contains(text(e)) || text(e).endsWith(u"ly"))) {
                        --e;
                    } else if (m_tk.isWord(e, u"to") && (m_tk.isWord(e - 1, u"want") || m_tk.isWord(e - 1, u"wanted") || m_tk.isWord(e - 1, u"wants") || m_tk.isWord(e - 1, u"like"))) {
                        // "I want to highlight that", "I would like to stress that"
                        e -= 2;
                    } else if (const int dateFirst = dateAdverbialFirst(e, first); dateFirst > first) {
                        // "The Kestrelian Federation on Monday rejected": the subject comes before the date.
                        e = dateFirst - 1;
                    } else if (m_tokens[e].kind == Kind::Possessive && m_tk.isWord(t, u"been")) {
                        // "The President's been very clear"
                        --e;
                    } else if (m_tk.isPunct(e, u")")) {
                        int open = e - 1;
                        while (open > first && !m_tk.isPunct(open, u"(") && e - open < 12)
                            --open;
                        if (!m_tk.isPunct(open, u"("))
                            break;
                        e = open - 1;
                    } else {
                        break;
                    }
                }
                if (m_tk.isPunct(e, u",")) {
                    int comma = e - 1;
                    while (comma > first && !m_tk.isPunct(comma, u",") && e - comma < 16 && !m_tk.isPunct(comma, u"\u201D\"\u00BB\u201C"))
                        --comma;
                    if (m_tk.isPunct(comma, u",") && comma > first && !m_tk.isPunct(comma - 1, u"\u201D\"\u00BB'\u2019")) {
                        // "The UN envoy, Zoë Kovač-Đurić, said": a name between the commas is the speaker;
                        // "Andriy Yermak, head of the office, said": otherwise the phrase before them is.
                        const EntityMention *inner = mentionAt(e - 1);
                        if (inner && inner->type == EntityType::Person && mentionFirstToken(e - 1) == comma + 1)
                            cue.speaker = speakerEndingAt(e - 1, comma + 1);
                        else
                            cue.speaker = speakerEndingAt(comma - 1, first);
                    }
                } else if (m_tk.isWord(e, u"and") || m_tk.isWord(e, u"but")) {
                    cue.speaker = coordinatedSubject(t, first);
                } else {
                    cue.speaker = speakerEndingAt(e, first);
                    cue.speaker = subjectBehindPreposition(cue.speaker, first);
                    // "countries representing half the world's economy have announced": someone unnamed spoke.
                    if (!cue.speaker.found() && e >= first && m_tokens[e].kind == Kind::Word && !isFunctionWord(e)
                        && !Lexicon::speechVerbs().contains(text(e)) && !isDate(e)) {
                        cue.speaker.firstToken = e;
                        cue.speaker.endToken = e + 1;
                        // "..., Treasury is making clear that": a capitalised word of its own, inside the sentence, is
                        // the name of a body the recogniser did not know.
                        // "G7 Leaders asked": with a capitalised word or code before it.
                        int nameFirst = e;
                        while (nameFirst > first && nameFirst > e - 3 && m_tokens[nameFirst - 1].kind != Kind::Punct
                               && !text(nameFirst - 1).isEmpty() && text(nameFirst - 1).front().isUpper() && !mentionAt(nameFirst - 1))
                            --nameFirst;
                        // "G7 Leaders", "NATO Ministers": the people of an organisation the recogniser found.
                        if (const EntityMention *body = nameFirst > first ? mentionAt(nameFirst - 1) : nullptr;
                            body && body->type == EntityType::Organisation && nameFirst == e)
                            nameFirst = mentionFirstToken(nameFirst - 1);
                        if (m_tokens[e].capitalized && nameFirst > first && !m_tokens[nameFirst].sentenceStart
                            && !(m_tokens[nameFirst - 1].kind == Kind::Word && m_tokens[nameFirst - 1].capitalized)
                            && !Lexicon::sentenceStarters().contains(text(nameFirst))) {
                            cue.speaker.firstToken = nameFirst;
                            cue.speaker.name = m_tk.text().sliced(m_tokens[nameFirst].start, m_tokens[e].end - m_tokens[nameFirst].start).toString();
                            cue.speaker.type = EntityType::Organisation;
                        }
                    }
                }
                // "...," said Henrik Sollberg / "...," said the minister
                if (!cue.speaker.found() && (e < first || m_tk.isPunct(e, u",\u2013\u2014") || m_tk.isPunct(e, u"\u201D\"\u00BB'\u2019"))) {
                    cue.speaker = speakerStartingAt(end, last);
                    cue.inverted = cue.speaker.found();
                }
            }
            if (cue.speaker.found()) {
                const Token &speakerToken = m_tokens[cue.speaker.firstToken];
                remember(speakerToken.start, speakerToken.sentence, cue.speaker.name, cue.speaker.type, true);
            }
            m_cues.append(cue);
            t = end - 1;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Quotations
    // ---------------------------------------------------------------------------------------------------------

    int wordCount(qsizetype start, qsizetype end) const
    {
        int words = 0;
        for (int t = m_tk.tokenAt(start); t < m_count && m_tokens[t].start < end; ++t)
            words += m_tokens[t].kind == Kind::Word || m_tokens[t].kind == Kind::Number;
        return words;
    }

    // "Winter Without Heat", "Prohibitions Related to New Debt and Equity of Certain Russia-related Entities": a
    // title capitalises its words (all but short ones); speech does not.
    bool looksLikeTitle(qsizetype start, qsizetype end) const
    {
        int words = 0;
        int capitalised = 0;
        for (int t = m_tk.tokenAt(start); t < m_count && m_tokens[t].start < end; ++t) {
            if (m_tokens[t].kind != Kind::Word || (text(t).size() <= 3 && !m_tokens[t].capitalized))
                continue;
            ++words;
            capitalised += m_tokens[t].capitalized;
        }
        return words >= 2 && capitalised * 10 >= words * 9;
    }

    // A quotation that reads as speech: several words, or a sentence of its own; not a title, a term or a label.
    bool looksLikeSpeech(const Quotation &q) const
    {
        if (looksLikeTitle(q.contentStart, q.contentEnd))
            return false;
        const int words = wordCount(q.contentStart, q.contentEnd);
        const QChar last = m_tk.text()[std::max(q.contentStart, q.contentEnd - 1)];
        return words >= 4 || last == u'.' || last == u'!' || last == u'?';
    }

    // The end of what a sentence says, without its final full stop.
    qsizetype sentenceContentEnd(int t) const
    {
        int end = sentenceEnd(t) - 1;
        while (end > 0 && m_tokens[end].kind == Kind::Punct && (text(end) == u"." || text(end) == u";" || text(end) == u":"))
            --end;
        return m_tokens[end].end;
    }

    // Where reported content starts after a cue: past "that", and past "in an interview ... that".
    int contentStart(const Cue &cue) const
    {
        int t = cue.verbEnd;
        const int last = sentenceEnd(cue.verb);
        if (cue.according)
            return t;
        // "expressed his readiness to hold talks": the readiness is part of what was expressed.
        if (m_tk.isWord(cue.verb, u"expressed"))
            return cue.verb + 1;
        // "said simply:", "said flatly that"
        while (t < last && m_tk.isLowerWord(t) && (text(t).endsWith(u"ly") || m_tk.isWord(t, u"again") || m_tk.isWord(t, u"also")))
            ++t;
        if (m_tk.isPunct(t, u":,"))
            ++t;
        // "urged the allies to ...", "called on Congress to ...": what was asked starts at "to".
        if (Lexicon::verbsWithAddressee().contains(text(cue.verb))) {
            for (int k = t; k < last && k < t + 10; ++k) {
                if (m_tk.isWord(k, u"to") && m_tk.isLowerWord(k + 1))
                    return k;
                if (m_tk.isPunct(k, u".;:") || m_tk.isWord(k, u"that"))
                    break;
            }
        }
        // "As Secretary-General António Guterres said, enough is enough.", "as I have said before, ..."
        int comma = t;
        while (comma < last && comma < t + 3 && m_tk.isLowerWord(comma))
            ++comma;
        if (m_tk.isPunct(comma, u",")) {
            int k = cue.speaker.found() ? cue.speaker.firstToken - 1 : cue.verb - 1;
            while (k > sentenceFirst(cue.verb)
                   && ((m_tk.isLowerWord(k) && Lexicon::auxiliaries().contains(text(k))) || (m_tokens[k].capitalized && !m_tk.isWord(k, u"as"))
                       || m_tk.isWord(k, u"the")))
                --k;
            if (m_tk.isWord(k, u"as"))
                return comma + 1;
        }
        // "told reporters", "told Radio Meridian": the listener is not what was said.
        if (m_tk.isWord(cue.verb, u"told") || m_tk.isWord(cue.verb, u"tells")) {
            if (mentionAt(t))
                t = mentionEndToken(t);
            else if (m_tk.isWord(t, u"reporters") || m_tk.isWord(t, u"journalists") || m_tk.isWord(t, u"him") || m_tk.isWord(t, u"her") || m_tk.isWord(t, u"them")
                     || m_tk.isWord(t, u"us") || m_tk.isWord(t, u"me") || m_tk.isWord(t, u"the") || m_tk.isWord(t, u"a"))
                t += m_tk.isWord(t, u"the") || m_tk.isWord(t, u"a") ? 2 : 1;
        }
        if (m_tk.isWord(t, u"that"))
            return t + 1;
        // "said in an interview published by Libération that ..."
        static const WordTable<> prepositions{u"in", u"on", u"at", u"during", u"after", u"before", u"while", u"to", u"from", u"via", u"late", u"earlier", u"later", u"through"};
        if (t < last && m_tk.isLowerWord(t) && prepositions.contains(text(t))) {
            for (int k = t + 1; k < last && k < t + 14; ++k) {
                if (m_tk.isWord(k, u"that"))
                    return k + 1;
                if (m_tk.isPunct(k, u".;") || cueEnd(k) >= 0)
                    break;
            }
        }
        return t;
    }

    ExtractedStatement statementFor(const Cue *cue, StatementKind kind, qsizetype start, qsizetype end) const
    {
        ExtractedStatement statement;
        statement.kind = kind;
        statement.start = start;
        statement.end = end;
        if (cue) {
            statement.cue = m_tk.text().sliced(m_tokens[cue->verb].start, m_tokens[cue->verbEnd - 1].end - m_tokens[cue->verb].start).toString();
            applySpeaker(statement, cue->speaker);
        }
        return statement;
    }

    void applySpeaker(ExtractedStatement &statement, const Speaker &speaker) const
    {
        statement.speaker = speaker.name;
        statement.speakerType = speaker.type;
        if (speaker.found()) {
            statement.speakerStart = m_tokens[speaker.firstToken].start;
            statement.speakerEnd = m_tokens[speaker.endToken - 1].end;
        }
    }

    // A cue right after the closing mark: "...," Zelenskyy said / "...," said Sollberg / "...," he added.
    Cue *cueAfter(const Quotation &q)
    {
        if (q.close < 0)
            return nullptr;
        int t = m_tk.tokenAt(q.close + 1);
        while (m_tk.isPunct(t, u",\u2013\u2014-"))
            ++t;
        if (t >= m_count || m_tokens[t].paragraph != m_tokens[m_tk.tokenAt(q.close)].paragraph)
            return nullptr;
        // "...," Mayor Alice Brown said / "...," mayor Alice Brown said: the speaker is the name; the titles and roles
        // before it, which the cue's speaker phrase leaves out, still follow the quotation directly.
        int name = t;
        while (name < m_count && !mentionAt(name)
               && ((m_tokens[name].capitalized && Lexicon::titles().contains(text(name)))
                   || (m_tk.isLowerWord(name) && Lexicon::roleNouns().contains(text(name)))))
            ++name;
        for (Cue &cue : m_cues) {
            if (cue.verb < t || cue.verb > t + 18)
                continue;
            const bool speakerFirst = cue.speaker.found() && !cue.inverted && (cue.speaker.firstToken == t || cue.speaker.firstToken == name);
            const bool verbFirst = cue.verb == t && cue.speaker.found();
            if (speakerFirst || verbFirst)
                return &cue;
        }
        return nullptr;
    }

    // A cue earlier in the sentence that opens the quotation: X said: "..." / X claimed Russia is "...".
    Cue *cueBefore(const Quotation &q)
    {
        const int open = m_tk.tokenAt(q.open);
        const int first = sentenceFirst(open);
        Cue *found = nullptr;
        for (Cue &cue : m_cues) {
            if (cue.verb >= first && cue.verbEnd <= open && cue.speaker.found() && m_tokens[cue.verb].sentence == m_tokens[open].sentence)
                found = &cue;
        }
        return found;
    }

    template<qsizetype N>
    bool isLabel(int t, const char16_t (&label)[N]) const
    {
        return m_tk.isWord(t, label) && m_tk.isPunct(t + 1, u":");
    }

    // The speaker a "Quote:" paragraph or a continuing quotation paragraph inherits: whoever spoke last, else the
    // person of a "Source:" line, else the first person of the article.
    Speaker inheritedSpeaker(qsizetype before) const
    {
        Speaker speaker;
        for (auto it = m_statements.crbegin(); it != m_statements.crend(); ++it) {
            if (it->start < before && !it->speaker.isEmpty()) {
                speaker.name = it->speaker;
                speaker.type = it->speakerType;
                return speaker;
            }
        }
        for (int t = 0; t < m_count && m_tokens[t].start < before; ++t) {
            if (isLabel(t, u"Source")) {
                for (int k = t + 2; k < m_count && m_tokens[k].paragraph == m_tokens[t].paragraph; ++k) {
                    if (const EntityMention *mention = mentionAt(k); mention && mention->type == EntityType::Person) {
                        speaker.name = mention->name;
                        return speaker;
                    }
                }
            }
        }
        for (const EntityMention &mention : m_a.mentions) {
            if (mention.type == EntityType::Person && mention.start < before) {
                speaker.name = mention.name;
                return speaker;
            }
        }
        return speaker;
    }

    void attributeQuotation(const Quotation &q)
    {
        const int open = m_tk.tokenAt(q.open);
        if (open >= m_count)
            return;
        const int paragraphFirst = [&] {
            int t = open;
            while (t > 0 && m_tokens[t - 1].paragraph == m_tokens[open].paragraph)
                --t;
            return t;
        }();
        const bool afterQuoteLabel = open == paragraphFirst + 2 && isLabel(paragraphFirst, u"Quote");
        const bool opensParagraph = open == paragraphFirst || afterQuoteLabel;

        if (Cue *after = cueAfter(q)) {
            after->used = true;
            m_statements.append(statementFor(after, StatementKind::Direct, q.contentStart, q.contentEnd));
            return;
        }
        if (Cue *before = cueBefore(q)) {
            // A second quotation inside reported speech already taken as a whole.
            if (std::any_of(m_statements.cbegin(), m_statements.cend(), [&](const ExtractedStatement &s) { return s.start <= q.open && q.open < s.end; }))
                return;
            before->used = true;
            int start = contentStart(*before);
            if (m_tk.isPunct(start, u":"))
                ++start;
            // "X wrote on social media late on Friday: “...”": a colon right before the quotation introduces it.
            if (start >= open || m_tk.isPunct(open - 1, u":")) {
                m_statements.append(statementFor(before, StatementKind::Direct, q.contentStart, q.contentEnd));
            } else {
                // Reported speech that quotes a fragment: the whole report is the statement.
                const qsizetype end = std::max(q.close >= 0 ? q.close + 1 : q.contentEnd, sentenceContentEnd(m_tk.tokenAt(std::max(q.contentEnd - 1, q.open))));
                m_statements.append(statementFor(before, StatementKind::Mixed, m_tokens[start].start, end));
            }
            return;
        }
        if (afterQuoteLabel) {
            ExtractedStatement statement = statementFor(nullptr, StatementKind::Direct, q.contentStart, q.contentEnd);
            statement.cue = QStringLiteral("Quote:");
            applySpeaker(statement, inheritedSpeaker(q.open));
            m_statements.append(statement);
            return;
        }
        if (opensParagraph && paragraphFirst > 0) {
            // A quotation paragraph after one that introduces its speaker ("X said:") or quotes them.
            const int previousLast = paragraphFirst - 1;
            const bool introduced = m_tk.isPunct(previousLast, u":");
            const bool continues = !m_statements.isEmpty() && m_tokens[m_tk.tokenAt(m_statements.constLast().start)].paragraph == m_tokens[previousLast].paragraph;
            if (introduced || continues) {
                ExtractedStatement statement = statementFor(nullptr, StatementKind::Direct, q.contentStart, q.contentEnd);
                Speaker speaker = inheritedSpeaker(q.open);
                if (introduced) {
                    for (const Cue &cue : std::as_const(m_cues)) {
                        if (m_tokens[cue.verb].paragraph == m_tokens[previousLast].paragraph && cue.speaker.found()) {
                            speaker = cue.speaker;
                            statement.cue = text(cue.verb).toString();
                        }
                    }
                }
                speaker.firstToken = speaker.endToken = -1; // named in another paragraph
                applySpeaker(statement, speaker);
                m_statements.append(statement);
                return;
            }
        }
        // A term or a name in quotation marks ("Moscow Mechanism") inherits nobody's voice.
        if (!looksLikeSpeech(q))
            return;
        // "...and said he would travel to Moravel. “I owe the people there ...”": a quotation after a cue with a
        // speaker earlier in its paragraph, with nobody else named between them, is that speaker's.
        {
            const Cue *previous = nullptr;
            for (const Cue &cue : std::as_const(m_cues)) {
                if (cue.verb < open && cue.speaker.found() && !cue.speaker.name.isEmpty() && m_tokens[cue.verb].paragraph == m_tokens[open].paragraph)
                    previous = &cue;
            }
            bool someoneElse = false;
            for (int t = previous ? previous->verbEnd : open; t < open && !someoneElse; ++t) {
                const EntityMention *mention = mentionAt(t);
                someoneElse = mention && mention->type == EntityType::Person && mention->name != previous->speaker.name;
            }
            const bool lastStatementIsLater = !m_statements.isEmpty() && previous
                && m_statements.constLast().start > m_tokens[previous->verb].start && m_statements.constLast().end <= q.open;
            if (previous && !someoneElse && !lastStatementIsLater) {
                ExtractedStatement statement = statementFor(nullptr, StatementKind::Direct, q.contentStart, q.contentEnd);
                Speaker speaker = previous->speaker;
                speaker.firstToken = speaker.endToken = -1; // named earlier in the paragraph
                applySpeaker(statement, speaker);
                m_statements.append(statement);
                return;
            }
        }
        // "...," said Dobrev. "That is more than I expected.": a quotation that follows a statement in its paragraph,
        // with nobody else named between them, is the same speaker's.
        if (!m_statements.isEmpty()) {
            const ExtractedStatement &last = m_statements.constLast();
            const int lastToken = m_tk.tokenAt(std::max<qsizetype>(last.end - 1, 0));
            bool someoneElse = false;
            for (int t = m_tk.tokenAt(last.end); t < open && !someoneElse; ++t) {
                const EntityMention *mention = mentionAt(t);
                someoneElse = mention && mention->type == EntityType::Person && mention->name != last.speaker;
            }
            if (lastToken < m_count && m_tokens[lastToken].paragraph == m_tokens[open].paragraph && last.end <= q.open && !someoneElse
                && !last.speaker.isEmpty()) {
                ExtractedStatement statement = statementFor(nullptr, StatementKind::Direct, q.contentStart, q.contentEnd);
                Speaker speaker;
                speaker.name = last.speaker;
                speaker.type = last.speakerType;
                applySpeaker(statement, speaker);
                m_statements.append(statement);
                return;
            }
        }
        // No cue: only a quotation long enough to be a statement is one; scare quotes and titles are not.
        const int words = wordCount(q.contentStart, q.contentEnd);
        if (words >= 8 && !looksLikeTitle(q.contentStart, q.contentEnd))
            m_statements.append(statementFor(nullptr, StatementKind::Direct, q.contentStart, q.contentEnd));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reported statements
    // ---------------------------------------------------------------------------------------------------------

    bool overlapsStatement(qsizetype start, qsizetype end) const
    {
        return std::any_of(m_statements.cbegin(), m_statements.cend(),
                           [&](const ExtractedStatement &s) { return s.start < end && start < s.end; });
    }

    void findReportedStatements()
    {
        for (const Cue &cue : std::as_const(m_cues)) {
            if (cue.used || !cue.speaker.found() || cue.attribution)
                continue;
            qsizetype start = 0;
            qsizetype end = 0;
            if (cue.according && cue.speaker.endToken < m_count) {
                // "According to X, ..." reports the rest of the sentence; "..., according to X." the part before.
                const int first = sentenceFirst(cue.verb);
                if (cue.verb == first) {
                    int t = cue.speaker.endToken;
                    while (t < m_count && (m_tk.isPunct(t, u",") || (m_tk.isLowerWord(t) && t < cue.speaker.endToken + 6 && !m_tk.isPunct(t, u","))) && !m_tk.isPunct(t, u","))
                        ++t;
                    if (m_tk.isPunct(t, u","))
                        ++t;
                    if (t >= sentenceEnd(cue.verb))
                        continue;
                    start = m_tokens[t].start;
                    end = sentenceContentEnd(cue.verb);
                } else {
                    int e = cue.verb - 1;
                    while (e > first && m_tk.isPunct(e, u","))
                        --e;
                    start = m_tokens[first].start;
                    end = m_tokens[e].end;
                }
            } else {
                const int t = contentStart(cue);
                if (t >= sentenceEnd(cue.verb))
                    continue;
                // An asking verb reports something only with what was asked: "asked the allies to ...", "urged that
                // ...", "asked whether ...", not "asked them for help of late" or "the sanctions we were asked to design".
                if (Lexicon::verbsWithAddressee().contains(text(cue.verb))
                    && !((m_tk.isWord(t, u"to") && t > cue.verbEnd) || m_tk.isWord(t, u"whether") || m_tk.isWord(t, u"if") || m_tk.isWord(t - 1, u"that")
                         || m_tk.isPunct(t - 1, u":")))
                    continue;
                start = m_tokens[t].start;
                end = sentenceContentEnd(cue.verb);
                // "..., according to Reuters": who reported it is not part of what was said; "said X and described
                // Y as ...": the second verb starts a statement of its own.
                for (int k = t; k + 1 < sentenceEnd(cue.verb); ++k) {
                    const bool according = m_tk.isWord(k, u"according") && m_tk.isWord(k + 1, u"to");
                    const bool nextCue = (m_tk.isWord(k, u"and") || m_tk.isWord(k, u"but")) && cueEnd(k + 1) >= 0;
                    if (according || nextCue) {
                        int e = k - 1;
                        while (e > t && m_tk.isPunct(e, u",\u2013\u2014"))
                            --e;
                        end = m_tokens[e].end;
                        break;
                    }
                }
            }
            if (end <= start || wordCount(start, end) < 4 || overlapsStatement(start, end))
                continue;
            // "announced the action at a press conference": naming the act is not saying something.
            const int objectFirst = m_tk.tokenAt(start);
            if ((m_tk.isWord(objectFirst, u"the") || m_tk.isWord(objectFirst, u"this") || m_tk.isWord(objectFirst, u"these"))
                && (m_tk.isWord(objectFirst + 1, u"action") || m_tk.isWord(objectFirst + 1, u"actions") || m_tk.isWord(objectFirst + 1, u"step")
                    || m_tk.isWord(objectFirst + 1, u"move") || m_tk.isWord(objectFirst + 1, u"decision")))
                continue;
            if (m_tk.isWord(objectFirst, u"it") && m_tk.isPunct(objectFirst + 1, u"."))
                continue;
            // "replied within the hour", "wrote on social media": a prepositional phrase is not what was said.
            static const WordTable<> prepositions{u"in", u"on", u"at", u"during", u"after", u"before", u"within", u"to", u"from", u"via", u"with", u"for", u"by", u"late", u"early", u"earlier", u"later", u"shortly", u"briefly", u"again", u"repeatedly"};
            const int firstContent = m_tk.tokenAt(start);
            if (!cue.according && firstContent == cue.verbEnd && m_tk.isLowerWord(firstContent) && prepositions.contains(text(firstContent)))
                continue;
            const bool quotes = std::any_of(m_quotations.cbegin(), m_quotations.cend(), [&](const Quotation &q) { return q.open >= start && q.open < end; });
            m_statements.append(statementFor(&cue, quotes ? StatementKind::Mixed : StatementKind::Indirect, start, end));
        }
    }

    const Gazetteer &m_gazetteer;
    const ArticleAnalysis &m_a;
    const Tokenizer &m_tk;
    const QList<Token> &m_tokens;
    const int m_count;
    QList<Quotation> m_quotations;
    QList<Cue> m_cues;
    QList<Salience> m_salience;
    QList<ExtractedStatement> m_statements;
    mutable Author m_titleAuthor;
    mutable bool m_titleAuthorKnown = false;
    mutable QString m_dominantCountry;
    mutable bool m_dominantCountryKnown = false;
};

} // namespace

StatementFinder::StatementFinder(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
{
}

QList<ExtractedStatement> StatementFinder::find(const ArticleAnalysis &analysis, const QList<Quotation> &quotations) const
{
    return Finding(m_gazetteer, analysis, quotations).run();
}

} // namespace Verbatim
