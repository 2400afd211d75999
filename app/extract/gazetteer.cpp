#include "gazetteer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

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
    m_firstTokens.insert(space < 0 ? key : key.first(space));
    m_longestNameTokens = std::max(m_longestNameTokens, int(key.count(u' ')) + 1);
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
    if (!word.isEmpty() && !m_nationalities.contains(word))
        m_nationalities.insert(word, country);
}

const Gazetteer::Entry *Gazetteer::find(QStringView name) const
{
    const auto found = m_names.constFind(name.toString());
    return found == m_names.constEnd() ? nullptr : &*found;
}

Gazetteer::Gender Gazetteer::genderOfFirstName(QStringView name) const
{
    return m_firstNames.value(name.toString(), Gender::Unknown);
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
                add(alias, {EntityType::Place, canonical, QString(), canonical});
        }
    }
    for (const QJsonValue &value : readArray(QStringLiteral("iso_3166-2.json"), QStringLiteral("3166-2"))) {
        const QJsonObject subdivision = value.toObject();
        const QString name = subdivision.value(QStringLiteral("name")).toString();
        const QString country = countryByCode.value(subdivision.value(QStringLiteral("code")).toString().left(2));
        if (!name.isEmpty() && !name.contains(u','))
            add(name, {EntityType::Place, name, QString(), country});
    }
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
        auto index = [](QHash<QString, QString> &table, const QString &key, const QString &value) {
            const auto found = table.constFind(key);
            if (found == table.constEnd())
                table.insert(key, value);
            else if (*found != value)
                table.insert(key, QString()); // ambiguous
        };
        const qsizetype lastSpace = canonical.lastIndexOf(u' ');
        if (lastSpace > 0)
            index(gazetteer.m_surnames, canonical.sliced(lastSpace + 1), canonical);
        if (!f.value(1).isEmpty() && !f.value(2).isEmpty())
            index(gazetteer.m_roleHolders, f[1].toLower() + u'\t' + f[2], canonical);
    });
    gazetteer.loadTsv(dir.filePath(QStringLiteral("places.tsv")), fingerprint, [&](const QStringList &f) {
        if (f.isEmpty())
            return;
        const QString country = f.value(2);
        // A country's other names ("Russian Federation") all stand for the one country.
        const QString canonical = f.value(1) == u"country" && !country.isEmpty() ? country : f[0];
        gazetteer.add(f[0], {EntityType::Place, canonical, QString(), country});
    });
    gazetteer.loadTsv(dir.filePath(QStringLiteral("nationalities.tsv")), fingerprint, [&](const QStringList &f) {
        if (f.size() >= 2)
            gazetteer.addNationality(f[0], f[1]);
    });
    gazetteer.loadTsv(dir.filePath(QStringLiteral("first-names.tsv")), fingerprint, [&](const QStringList &f) {
        if (f.size() < 2)
            return;
        const Gender gender = f[1] == u"m" ? Gender::Male : f[1] == u"f" ? Gender::Female : Gender::Unknown;
        gazetteer.addFirstName(f[0], gender);
    });

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

} // namespace Verbatim
