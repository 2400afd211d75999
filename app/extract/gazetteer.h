#pragma once

#include "extraction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

namespace Verbatim {

/// The form of a person's name that all its variants share: middle initials and patronymics dropped
/// ("Donald J. Trump" -> "Donald Trump", "Vladimir Vladimirovich Putin" -> "Vladimir Putin").
QString canonicalPersonName(QStringView name);

/// Names the extractor knows: people with their roles, places, organisations, nationalities and first names.
/// The data ships as resources (:/gazetteers, derived from public-domain and MIT-licensed lists; see
/// resources/gazetteers/ATTRIBUTION.md) and, for country and subdivision names, is read at run time from the
/// system's iso-codes package. Immutable once loaded, so every extraction thread can share one.
class Gazetteer
{
public:
    enum class Gender { Unknown, Male, Female };

    struct Entry {
        EntityType type = EntityType::Place;
        QString canonical; ///< the name every alias maps to
        QString role; ///< for people: "President", "Prime Minister"
        QString country; ///< for people, places and nationalities: the country they belong to
    };

    /// An empty gazetteer; see load() for one with data.
    Gazetteer() = default;

    /// Loads `resourceDir` (by default the bundled data) and iso-codes' JSON from `isoCodesDir` when it exists.
    static Gazetteer load(const QString &resourceDir = QStringLiteral(":/gazetteers"), const QString &isoCodesDir = QString());

    /// The application's gazetteer, loaded on first use (thread-safe).
    static const Gazetteer &shared();

    /// The entry for a whole name as written ("Volodymyr Zelenskyy", "NATO", "Kyiv"); tokens separated by one space.
    const Entry *find(QStringView name) const;
    /// Whether some name starts with this token; lets a scan skip most tokens with one lookup.
    bool startsName(QStringView token) const { return m_firstTokens.contains(token.toString()); }
    int longestNameTokens() const { return m_longestNameTokens; }

    bool isFirstName(QStringView name) const { return m_firstNames.contains(name.toString()); }
    Gender genderOfFirstName(QStringView name) const;
    /// The one person known by this surname ("Zelenskyy" -> "Volodymyr Zelenskyy"), or an empty string when
    /// none or several are.
    QString personBySurname(QStringView surname) const { return m_surnames.value(surname.toString()); }
    /// The one person who holds `role` (lower case, "president") in `country`, or an empty string.
    QString personByRole(const QString &role, const QString &country) const { return m_roleHolders.value(role + u'\t' + country); }

    /// The country of a nationality word ("Ukrainian", "Russians"), or an empty string.
    QString countryOfNationality(QStringView word) const { return m_nationalities.value(word.toString()); }

    /// Adds a name; later additions of the same name do not replace earlier ones.
    void add(const QString &name, const Entry &entry);
    /// Adds a name, replacing what the gazetteer knew of it (the user's word is final).
    void set(const QString &name, const Entry &entry);
    void addFirstName(const QString &name, Gender gender);
    void addNationality(const QString &word, const QString &country);

    qsizetype size() const { return m_names.size(); }
    /// Changes when the data changes, for the extraction version; the same in every run for the same data.
    quint32 fingerprint() const { return m_fingerprint; }

private:
    void loadTsv(const QString &path, QCryptographicHash &fingerprint, const std::function<void(const QStringList &)> &row);
    void loadIsoCodes(const QString &dir, QCryptographicHash &fingerprint);

    QHash<QString, Entry> m_names;
    QSet<QString> m_firstTokens;
    int m_longestNameTokens = 1;
    QHash<QString, Gender> m_firstNames;
    QHash<QString, QString> m_nationalities;
    QHash<QString, QString> m_surnames; ///< empty value: more than one person has the surname
    QHash<QString, QString> m_roleHolders; ///< "president\tUkraine" -> name; empty value: ambiguous
    quint32 m_fingerprint = 0;
};

} // namespace Verbatim
