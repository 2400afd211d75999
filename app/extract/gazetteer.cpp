#include "gazetteer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

#ifndef VERBATIM_ISO_CODES_DIR
#define VERBATIM_ISO_CODES_DIR "/usr/share/iso-codes/json"
#endif

namespace Verbatim {

QString canonicalPersonName(QStringView name)
{
    // "Vladimir Vladimirovich Putin" and "Donald J. Trump" are "Vladimir Putin" and "Donald Trump" in the news:
    // middle initials and patronymics are dropped, everything else (compound surnames, particles) is kept.
    static const char16_t *const patronymicEndings[] = {u"ovich", u"evich", u"ovna", u"evna", u"ievich", u"ichna", u"ivna"};
    QStringList kept;
    const QList<QStringView> parts = name.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts[i];
        const bool middle = i > 0 && i + 1 < parts.size();
        if (middle) {
            const bool initial = (part.size() == 2 && part[1] == u'.') || (part.size() == 1 && part[0].isUpper());
            bool patronymic = false;
            for (const char16_t *ending : patronymicEndings)
                patronymic = patronymic || part.endsWith(QStringView(ending));
            if (initial || patronymic)
                continue;
        }
        kept.append(part.toString());
    }
    return kept.join(u' ');
}

void Gazetteer::add(const QString &name, const Entry &entry)
{
    const QString key = name.simplified();
    if (key.isEmpty() || m_names.contains(key))
        return;
    m_names.insert(key, entry);
    const qsizetype space = key.indexOf(u' ');
    m_firstTokens.insert(space < 0 ? key : key.first(space), true);
    m_longestNameTokens = std::max(m_longestNameTokens, int(key.count(u' ')) + 1);
}

void Gazetteer::addPlace(const QString &name, const Entry &entry)
{
    // A name listed as several kinds of place keeps its first entry and gains the other kinds.
    if ((entry.placeKinds & Country) && !entry.canonical.isEmpty())
        m_countryWords[entry.canonical].append(name.simplified());
    const auto existing = m_names.find(name.simplified());
    if (existing != m_names.end()) {
        if (existing->type == EntityType::Place)
            existing->placeKinds |= entry.placeKinds;
        return;
    }
    add(name, entry);
}

void Gazetteer::set(const QString &name, const Entry &entry)
{
    m_names.remove(name.simplified());
    add(name, entry);
}

void Gazetteer::addFirstName(const QString &name, Gender gender)
{
    auto existing = m_firstNames.find(name);
    if (existing == m_firstNames.end())
        m_firstNames.insert(name, gender);
    else if (*existing != gender)
        *existing = Gender::Unknown;
}

void Gazetteer::addNationality(const QString &word, const QString &country)
{
    if (!word.isEmpty() && !m_nationalities.contains(word)) {
        m_nationalities.insert(word, country);
        m_countryWords[country].append(word);
    }
}

const Gazetteer::Entry *Gazetteer::find(QStringView name) const
{
    const auto found = m_names.constFind(hashKey(name));
    return found == m_names.constEnd() ? nullptr : &*found;
}

Gazetteer::Gender Gazetteer::genderOfFirstName(QStringView name) const
{
    return m_firstNames.value(hashKey(name), Gender::Unknown);
}

void Gazetteer::loadTsv(const QString &path, QCryptographicHash &fingerprint, const std::function<void(const QStringList &)> &row)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = file.readAll();
    fingerprint.addData(data);
    const QString text = QString::fromUtf8(data);
    for (QStringView line : QStringTokenizer(text, u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields;
        for (QStringView field : QStringTokenizer(line, u'\t'))
            fields.append(field.trimmed().toString());
        row(fields);
    }
}

bool Gazetteer::isCommonWordSubdivision(const QString &name) const
{
    static const QSet<QString> generic{
        u"North"_s, u"South"_s, u"East"_s, u"West"_s, u"Northern"_s, u"Southern"_s, u"Eastern"_s, u"Western"_s,
        u"North-East"_s, u"North-West"_s, u"South-East"_s, u"South-West"_s, u"Northeast"_s, u"Northwest"_s,
        u"Southeast"_s, u"Southwest"_s, u"North-Eastern"_s, u"North-Western"_s, u"South-Eastern"_s, u"South-Western"_s,
        u"Central"_s, u"Centre"_s, u"Center"_s, u"Centrale"_s, u"Capital"_s, u"Upper"_s, u"Lower"_s, u"Middle"_s, u"Far"_s,
        u"Coast"_s, u"Coastal"_s, u"Nord"_s, u"Sud"_s, u"Est"_s, u"Ouest"_s, u"Norte"_s, u"Sur"_s, u"Oeste"_s, u"Este"_s,
        u"Region"_s, u"Province"_s, u"District"_s, u"Federal"_s, u"Islands"_s, u"Island"_s, u"Lakes"_s, u"Lake"_s,
        u"Rivers"_s, u"River"_s, u"Mountain"_s, u"Mountains"_s, u"Highland"_s, u"Highlands"_s, u"Plateau"_s, u"Plateaux"_s,
        u"Delta"_s, u"Valley"_s, u"Bay"_s, u"Gulf"_s, u"Littoral"_s, u"Maritime"_s, u"Oriental"_s, u"Occidental"_s,
        u"Unity"_s, u"Most"_s, u"Bar"_s, u"Lot"_s, u"Chair"_s, u"Down"_s, u"Reading"_s, u"Bury"_s, u"Pool"_s,
        u"Cascades"_s, u"Cascade"_s, u"Antique"_s, u"Aurora"_s, u"Lib"_s, u"Lac"_s, u"Lacs"_s, u"Collines"_s, u"Savanes"_s,
        u"Plateaus"_s, u"Mid"_s, u"Inner"_s, u"Outer"_s, u"Grand"_s, u"Greater"_s, u"Metropolitan"_s, u"Special"_s,
        u"Autonomous"_s, u"Urban"_s, u"Rural"_s, u"Ba"_s, u"Ica"_s, u"Ig"_s, u"Imo"_s, u"Lau"_s, u"Enga"_s, u"Hela"_s,
        u"Grad"_s, u"Isla"_s, u"Leste"_s, u"Kara"_s, u"Tori"_s,
    };
    // Made of generic words only: "North West", "Central Region", "Far North".
    bool onlyGeneric = true;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts))
        onlyGeneric = onlyGeneric && generic.contains(word);
    return onlyGeneric || isFirstName(name);
}

void Gazetteer::loadIsoCodes(const QString &dir, QCryptographicHash &fingerprint)
{
    auto readArray = [&](const QString &fileName, const QString &key) {
        QFile file(QDir(dir).filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonArray();
        const QByteArray data = file.readAll();
        fingerprint.addData(data);
        return QJsonDocument::fromJson(data).object().value(key).toArray();
    };
    QHash<QString, QString> countryByCode;
    for (const QJsonValue &value : readArray(QStringLiteral("iso_3166-1.json"), QStringLiteral("3166-1"))) {
        const QJsonObject country = value.toObject();
        const QString name = country.value(QStringLiteral("name")).toString();
        const QString common = country.value(QStringLiteral("common_name")).toString();
        const QString official = country.value(QStringLiteral("official_name")).toString();
        // "Iran, Islamic Republic of" is a catalogue form that news never writes; the common name is what it writes.
        QString canonical = !common.isEmpty() ? common : name;
        // Where the bundled data already knows the country, its spelling stays the one canonical name.
        for (const QString &alias : {common, name, official}) {
            if (const Entry *known = alias.isEmpty() ? nullptr : find(alias); known && known->type == EntityType::Place) {
                canonical = known->canonical;
                break;
            }
        }
        countryByCode.insert(country.value(QStringLiteral("alpha_2")).toString(), canonical);
        for (const QString &alias : {name, common, official}) {
            if (!alias.isEmpty() && !alias.contains(u','))
                addPlace(alias, {EntityType::Place, canonical, QString(), canonical, Country});
        }
    }
    for (const QJsonValue &value : readArray(QStringLiteral("iso_3166-2.json"), QStringLiteral("3166-2"))) {
        const QJsonObject subdivision = value.toObject();
        const QString name = subdivision.value(QStringLiteral("name")).toString();
        const QString country = countryByCode.value(subdivision.value(QStringLiteral("code")).toString().left(2));
        if (name.isEmpty() || name.contains(u','))
            continue;
        // The catalogue names thousands of subdivisions; those that read as ordinary words or first names ("West",
        // "Central", "Unity", "Mary", "Paul") are far more often something else in the news. The bundled data keeps
        // the ones worth knowing.
        if (!find(name) && isCommonWordSubdivision(name))
            continue;
        addPlace(name, {EntityType::Place, name, QString(), country, Region});
    }
}

namespace {

// Records `value` under `key`, or an empty value where another value is there already: ambiguous.
void insertUnlessAmbiguous(QHash<QString, QString> &table, const QString &key, const QString &value)
{
    const auto found = table.constFind(key);
    if (found == table.constEnd())
        table.insert(key, value);
    else if (*found != value)
        table.insert(key, QString());
}

// The gender column of a people or first-names file: "m", "f", anything else unknown.
Gazetteer::Gender genderOf(const QString &code)
{
    return code == u"m" ? Gazetteer::Gender::Male : code == u"f" ? Gazetteer::Gender::Female : Gazetteer::Gender::Unknown;
}

} // namespace

void Gazetteer::indexSurname(const QString &name)
{
    const qsizetype lastSpace = name.lastIndexOf(u' ');
    if (lastSpace <= 0)
        return;
    const QString surname = name.sliced(lastSpace + 1);
    insertUnlessAmbiguous(m_surnames, surname, name); // shared by two people: ambiguous
    if (QStringList &same = m_peopleBySurname[surname]; !same.contains(name))
        same.append(name);
}

Gazetteer Gazetteer::load(const QString &resourceDir, const QString &isoCodesDir)
{
    Gazetteer gazetteer;
    const QDir dir(resourceDir);
    // qHash is seeded differently in every process; the extraction version must not be.
    QCryptographicHash fingerprint(QCryptographicHash::Sha1);

    // Bundled names first: where the sources disagree, the curated spelling wins.
    gazetteer.loadTsv(dir.filePath(QStringLiteral("organisations.tsv")), fingerprint, [&](const QStringList &f) {
        if (f.isEmpty())
            return;
        const QString canonical = f.size() > 2 && !f[2].isEmpty() ? f[2] : f[0];
        gazetteer.add(f[0], {EntityType::Organisation, canonical, QString(), QString()});
    });
    gazetteer.loadTsv(dir.filePath(QStringLiteral("people.tsv")), fingerprint, [&](const QStringList &f) {
        if (f.isEmpty())
            return;
        const QString canonical = canonicalPersonName(f[0]);
        gazetteer.add(f[0], {EntityType::Person, canonical, f.value(1), f.value(2)});
        gazetteer.indexSurname(canonical);
        if (!f.value(1).isEmpty() && !f.value(2).isEmpty())
            insertUnlessAmbiguous(gazetteer.m_roleHolders, f[1].toLower() + u'\t' + f[2], canonical);
    });
    gazetteer.loadTsv(dir.filePath(QStringLiteral("places.tsv")), fingerprint, [&](const QStringList &f) {
        if (f.isEmpty())
            return;
        const QString country = f.value(2);
        const QString kind = f.value(1);
        // A country's other names ("Russian Federation") all stand for the one country.
        const QString canonical = kind == u"country" && !country.isEmpty() ? country : f[0];
        quint8 kinds = 0;
        if (kind == u"country")
            kinds = Country;
        else if (kind == u"region")
            kinds = Region;
        else if (kind == u"city")
            kinds = City;
        else if (kind == u"capital")
            kinds = City | Capital;
        else if (kind == u"continent")
            kinds = Continent;
        gazetteer.addPlace(f[0], {EntityType::Place, canonical, QString(), country, kinds});
    });
    gazetteer.loadTsv(dir.filePath(QStringLiteral("nationalities.tsv")), fingerprint, [&](const QStringList &f) {
        if (f.size() >= 2)
            gazetteer.addNationality(f[0], f[1]);
    });
    gazetteer.loadTsv(dir.filePath(QStringLiteral("first-names.tsv")), fingerprint, [&](const QStringList &f) {
        if (f.size() < 2)
            return;
        gazetteer.addFirstName(f[0], genderOf(f[1]));
    });

    gazetteer.loadPeople(dir.filePath(QStringLiteral("notable-people.tsv")), fingerprint);
    gazetteer.loadOfficeHolders(dir.filePath(QStringLiteral("office-holders.tsv")), fingerprint);
    gazetteer.loadIsoCodes(isoCodesDir.isEmpty() ? QStringLiteral(VERBATIM_ISO_CODES_DIR) : isoCodesDir, fingerprint);
    const QByteArray digest = fingerprint.result();
    gazetteer.m_fingerprint = quint32(quint8(digest[0])) << 24 | quint32(quint8(digest[1])) << 16 | quint32(quint8(digest[2])) << 8 | quint8(digest[3]);
    return gazetteer;
}

const Gazetteer &Gazetteer::shared()
{
    static const Gazetteer gazetteer = load();
    return gazetteer;
}

// Notable people (resources/gazetteers/notable-people.tsv): name, role, country, gender, aliases. Their surnames
// resolve later mentions ("Harris" -> "Kamala Harris"), their aliases other spellings ("Zelensky").
void Gazetteer::loadPeople(const QString &path, QCryptographicHash &fingerprint)
{
    loadTsv(path, fingerprint, [&](const QStringList &f) {
        if (f.size() < 3 || f[0].isEmpty())
            return;
        Entry entry{EntityType::Person, f[0], f.value(1), f.value(2)};
        entry.gender = quint8(genderOf(f.value(3)));
        set(f[0], entry);
        for (const QString &alias : f.value(4).split(u',', Qt::SkipEmptyParts))
            add(alias.trimmed(), entry);
        indexSurname(f[0]);
    });
}

void Gazetteer::loadOfficeHolders(const QString &path, QCryptographicHash &fingerprint)
{
    loadTsv(path, fingerprint, [&](const QStringList &f) {
        if (f.size() < 4)
            return;
        if (QStringList &countries = m_officeCountries[f[0]]; !countries.contains(f[1]))
            countries.append(f[1]);
        const Term term{f[2], QDate::fromString(f[3], Qt::ISODate), QDate::fromString(f.value(4), Qt::ISODate)};
        m_termsByName[f[2]].append(term);
        m_offices[f[0] + u'\t' + f[1]].append(term);
    });
}

QString Gazetteer::officeHolder(const QString &office, const QString &country, QDate date) const
{
    if (!date.isValid())
        return {};
    for (const Term &term : m_offices.value(office + u'\t' + country)) {
        if (term.covers(date))
            return term.name;
    }
    return {};
}

namespace {

// The words of a role, for comparing a title with the gazetteer's role: "Defense Secretary" and "defence secretary"
// are one role; "of" and "the" ("Secretary of State") say nothing.
QStringList roleWords(QStringView role)
{
    QStringList words;
    for (const QStringView word : role.split(u' ', Qt::SkipEmptyParts)) {
        QString lower = word.toString().toLower();
        if (lower.endsWith(u'.'))
            lower.chop(1);
        if (lower == u"defense")
            lower = QStringLiteral("defence");
        if (lower != u"of" && lower != u"the" && !lower.isEmpty())
            words.append(lower);
    }
    return words;
}

} // namespace

QString Gazetteer::personByTitle(QStringView surname, const QString &title, QDate date) const
{
    if (surname.isEmpty() || title.isEmpty())
        return {};
    auto hasSurname = [&](const QString &name) { return name.size() > surname.size() && name.endsWith(surname) && name[name.size() - surname.size() - 1] == u' '; };
    // Who held the office then, in any country the timeline knows it for.
    if (date.isValid()) {
        QString holder;
        for (const QString &country : m_officeCountries.value(title)) {
            const QString name = officeHolder(title, country, date);
            if (!name.isEmpty() && hasSurname(name)) {
                if (!holder.isEmpty() && holder != name)
                    return {};
                holder = name;
            }
        }
        if (!holder.isEmpty())
            return holder;
    }
    // The notable person of that surname whose role is the title, else the one whose role holds all its words.
    const QStringList titleWords = roleWords(title);
    if (titleWords.isEmpty())
        return {};
    QString exact;
    QString containing;
    int exactCount = 0;
    int containingCount = 0;
    for (const QString &name : m_peopleBySurname.value(hashKey(surname))) {
        const Entry *entry = find(name);
        if (!entry || entry->type != EntityType::Person || entry->role.isEmpty())
            continue;
        const QStringList words = roleWords(entry->role);
        if (words == titleWords) {
            exact = entry->canonical;
            ++exactCount;
        } else if (std::all_of(titleWords.cbegin(), titleWords.cend(), [&](const QString &word) { return words.contains(word); })) {
            containing = entry->canonical;
            ++containingCount;
        }
    }
    if (exactCount == 1)
        return exact;
    if (exactCount == 0 && containingCount == 1)
        return containing;
    return {};
}

QString Gazetteer::personInOfficeBySurname(QStringView surname, QDate date) const
{
    if (!date.isValid())
        return {};
    QString found;
    for (const QString &name : m_peopleBySurname.value(hashKey(surname))) {
        const QList<Term> terms = m_termsByName.value(name);
        const bool inOffice = std::any_of(terms.cbegin(), terms.cend(), [&](const Term &term) { return term.covers(date); });
        if (!inOffice)
            continue;
        if (!found.isEmpty())
            return {};
        found = name;
    }
    return found;
}

} // namespace Verbatim
