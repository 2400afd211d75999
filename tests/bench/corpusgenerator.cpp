#include "corpusgenerator.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace VerbatimBench {

namespace {

// Invented people, with roles and the side they speak for; all fictional.
struct Person {
    const char16_t *first;
    const char16_t *last;
    const char16_t *role;
    bool female;
};

const Person people[] = {
    {u"Anton", u"Mirescu", u"president", false},      {u"Ilinca", u"Dobrev", u"foreign minister", true},
    {u"Konrad", u"Aslund", u"president", false},      {u"Henrik", u"Sollberg", u"foreign minister", false},
    {u"Silvia", u"Marcu", u"spokeswoman", true},      {u"Jonas", u"Ferrand", u"spokesman", false},
    {u"Corina", u"Albu", u"opposition leader", true}, {u"Petra", u"Lindahl", u"correspondent", true},
    {u"Marek", u"Nowak", u"defence minister", false}, {u"Anna", u"Weber", u"envoy", true},
    {u"Tomas", u"Brenn", u"mayor", false},            {u"Elena", u"Varga", u"economist", true},
    {u"David", u"Okafor", u"analyst", false},         {u"Maria", u"Costa", u"prime minister", true},
    {u"Pavel", u"Horak", u"general", false},          {u"Sofia", u"Lind", u"governor", true},
};

const char16_t *const organisations[] = {
    u"the Presidential Office", u"the Kestrel Palace", u"the Federal Council", u"the Ministry of Energy",
    u"the Cordell Institute", u"Radio Meridian",   u"Northern Wire",   u"the Grain Council",
    u"the United Nations", u"the European Union", u"NATO", u"the Red Cross",
};
const char16_t *const places[] = {u"Varena", u"Tarnholm", u"Moravel", u"Lisk", u"Geneva", u"Vienna", u"Brussels", u"Sarnov",
                                  u"Upper Hanta", u"the Dravik region", u"Warsaw", u"Istanbul"};
const char16_t *const months[] = {u"January", u"February", u"March", u"April", u"May", u"June", u"July", u"August", u"September",
                                  u"October", u"November", u"December"};
const char16_t *const weekdays[] = {u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday"};

// Sentence material: subjects, verbs, objects, and clauses for what people say.
const char16_t *const topics[] = {u"the ceasefire", u"the grain corridor", u"the prisoner exchange", u"the talks", u"the buffer zone",
                                  u"the energy agreement", u"the peace plan", u"the border crossings", u"the sanctions", u"the referendum",
                                  u"the reconstruction fund", u"the monitoring mission"};
const char16_t *const claims[] = {
    u"would hold as long as both sides kept their word", u"was not a victory for anyone", u"needed guarantees that nobody could break",
    u"could begin before the end of the month",         u"had been discussed for far too long",  u"would not be signed in a hurry",
    u"depended on what the other side did next",        u"was the only way to bring people home", u"must be monitored by neutral observers",
    u"should have been agreed a year ago",              u"would cost more than anyone admitted", u"was closer than it looked"};
const char16_t *const quotes[] = {
    u"We are not here to make promises we cannot keep", u"Every day without an agreement costs lives", u"Nobody wants this more than we do",
    u"A signature is only the beginning", u"We will not be the first to break the ceasefire", u"Our people deserve to know what was agreed",
    u"There is no plan without guarantees", u"We are ready to meet anywhere, at any time", u"The door is open, but it will not stay open forever",
    u"Talks are not a favour to the other side"};
const char16_t *const filler[] = {
    u"Officials from both delegations met for several hours behind closed doors.",
    u"The meeting was the third of its kind since the autumn.",
    u"Observers said the atmosphere had improved compared with previous rounds.",
    u"Local residents have waited months for news of the negotiations.",
    u"The next round is expected to focus on humanitarian questions.",
    u"Several proposals were set aside for later discussion.",
    u"Power was restored to parts of the region late in the evening.",
    u"Prices for bread and fuel have risen sharply since the spring.",
};

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

// One paragraph of an article.
QString paragraph(Random &random, const QDate &date)
{
    const Person &person = people[random.below(int(std::size(people)))];
    const QString name = s(person.first) + u' ' + s(person.last);
    const QString surname = s(person.last);
    const QString pronoun = person.female ? QStringLiteral("she") : QStringLiteral("he");
    const QString topic = s(topics[random.below(int(std::size(topics)))]);
    const QString claim = s(claims[random.below(int(std::size(claims)))]);
    const QString quote = s(quotes[random.below(int(std::size(quotes)))]);
    const QString place = s(places[random.below(int(std::size(places)))]);
    const QString organisation = s(organisations[random.below(int(std::size(organisations)))]);
    const QDate when = date.addDays(-random.below(20));

    // About a third of the paragraphs carry a statement, as in agency news; the rest is narrative.
    if (random.chance(65))
        return s(filler[random.below(int(std::size(filler)))]) + u' ' + s(filler[random.below(int(std::size(filler)))]) + u' '
            + capitalised(topic) + QStringLiteral(" was discussed in %1 with %2.").arg(place, organisation);
    switch (random.below(8)) {
    case 0:
        return QStringLiteral("\u201C%1,\u201D said %2, the %3. \u201C%4.\u201D").arg(quote, name, s(person.role), capitalised(topic) + u' ' + claim);
    case 1:
        return QStringLiteral("%1 said in %2 on %3 that %4 %5. \u201C%6,\u201D %7 added.")
            .arg(name, place, s(weekdays[random.below(5)]), topic, claim, quote, pronoun);
    case 2:
        return QStringLiteral("Speaking to %1, the %2 warned that %3 %4.").arg(organisation, s(person.role), topic, claim);
    case 3:
        return QStringLiteral("%1 stated on %2 %3 that %4 %5, according to %6.")
            .arg(capitalised(organisation))
            .arg(when.day())
            .arg(s(months[when.month() - 1]), topic, claim, s(organisations[random.below(int(std::size(organisations)))]));
    case 4:
        return QStringLiteral("%1 told reporters: \"%2.\"").arg(surname, quote);
    case 5:
        return QStringLiteral("In %1, %2 described %3 as \u00AB%4\u00BB.").arg(place, name, topic, claim);
    case 6:
        return s(filler[random.below(int(std::size(filler)))]) + u' ' + s(filler[random.below(int(std::size(filler)))]);
    default:
        return QStringLiteral("Quote: \"%1, and %2 %3.\"").arg(quote, topic, claim);
    }
}

QString hexId(quint64 value)
{
    return QStringLiteral("%1").arg(value, 16, 16, QChar(u'0'));
}

} // namespace

CorpusGenerator::CorpusGenerator(quint64 seed)
    : m_seed(seed)
{
}

CorpusGenerator::Generated CorpusGenerator::article(qint64 index) const
{
    Random random(m_seed ^ (quint64(index) * 0x2545F4914F6CDD1Dull));
    Generated generated;
    generated.date = QDate(2022, 1, 1).addDays(random.below(4 * 365));
    // About 3 KB on average, as news articles are; some much longer.
    const int paragraphs = random.chance(3) ? 50 + random.below(70) : 10 + random.below(16);
    const Person &lead = people[random.below(int(std::size(people)))];
    QString text = QStringLiteral(" date %1 %2 %3 said on %4 that %5 %6.")
                       .arg(generated.date.toString(Qt::ISODate), capitalised(s(lead.role)), s(lead.first) + u' ' + s(lead.last),
                            s(weekdays[random.below(5)]), s(topics[random.below(int(std::size(topics)))]),
                            s(claims[random.below(int(std::size(claims)))]));
    for (int p = 0; p < paragraphs; ++p)
        text += QStringLiteral("\n\n") + paragraph(random, generated.date);
    generated.text = text;
    generated.fileName = QStringLiteral("%1_%2.txt").arg(index, 6, 10, QChar(u'0')).arg(hexId(random.next()));
    return generated;
}

qint64 CorpusGenerator::writeCorpus(const QString &folder, qint64 count) const
{
    qint64 bytes = 0;
    for (qint64 index = 0; index < count; ++index) {
        const Generated generated = article(index);
        const QString subfolder = QDir(folder).filePath(QStringLiteral("%1").arg(index / 1000, 4, 10, QChar(u'0')));
        if (index % 1000 == 0 && !QDir().mkpath(subfolder))
            return -1;
        QFile file(QDir(subfolder).filePath(generated.fileName));
        const QByteArray data = generated.text.toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return -1;
        bytes += data.size();
    }
    return bytes;
}

QString CorpusGenerator::longArticle(qint64 index, qint64 bytes) const
{
    Random random(m_seed ^ (quint64(index) * 0x9E3779B97F4A7C15ull));
    const QDate date(2025, 5, 14);
    QString text = QStringLiteral("A long report on the talks.");
    while (text.size() < bytes)
        text += QStringLiteral("\n\n") + paragraph(random, date);
    return text;
}

} // namespace VerbatimBench
