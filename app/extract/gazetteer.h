#pragma once

#include "extraction.h"
#include "wordtable.h"

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

    /// What kind of place a name is; one name can be several ("Washington": a capital and a state).
    enum PlaceKind : quint8 { Country = 1, Region = 2, City = 4, Capital = 8, Continent = 16 };

    struct Entry {
        EntityType type = EntityType::Place;
        QString canonical; ///< the name every alias maps to
        QString role; ///< for people: "President", "Prime Minister"
        QString country; ///< for people, places and nationalities: the country they belong to
        quint8 placeKinds = 0; ///< for places: PlaceKind flags
        quint8 gender = 0; ///< for people: a Gender, where the data knows it
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
    bool startsName(QStringView token) const { return m_firstTokens.contains(hashKey(token)); }
    int longestNameTokens() const { return m_longestNameTokens; }

    bool isFirstName(QStringView name) const { return m_firstNames.contains(hashKey(name)); }
    Gender genderOfFirstName(QStringView name) const;
    /// The one person known by this surname ("Zelenskyy" -> "Volodymyr Zelenskyy"), or an empty string when
    /// none or several are.
    QString personBySurname(QStringView surname) const { return m_surnames.value(hashKey(surname)); }
    /// The words that name a country or its people ("Ukraine", "Ukrainian", "Ukrainians"); the country's own name
    /// where the data knows no others. Lets a bare surname resolve to a well-known person only in an article that
    /// speaks of that person's country ("Putin" in a story about Russia, not "O'Brien's book" in a story about Kyiv).
    QStringList countryWords(const QString &country) const
    {
        const QStringList words = m_countryWords.value(country);
        return words.isEmpty() ? QStringList{country} : words;
    }
    /// The person with this surname that a title written before it names: "President Biden" on a date of his
    /// presidency is Joe Biden (not Jill Biden), "Vice President Harris" is Kamala Harris, "Secretary Blinken" is
    /// Antony Blinken. `title` is the title's words as Lexicon::normalisedRole() spells them ("vice president",
    /// "defence secretary", never "defense"); `date` (possibly invalid) picks the holder of that office then, else the
    /// one notable person of that surname whose role the title is, or contains. An empty string when none or several fit.
    QString personByTitle(QStringView surname, const QString &title, QDate date) const;
    /// Of the people known by this surname, the one who held an office of the timeline on `date` ("Harris" in 2022 is
    /// Kamala Harris, "Biden" Joe Biden); an empty string when none or several did, or the date is invalid.
    QString personInOfficeBySurname(QStringView surname, QDate date) const;
    /// The one person who holds `role` (lower case, "president") in `country`, or an empty string.
    QString personByRole(const QString &role, const QString &country) const { return m_roleHolders.value(role + u'\t' + country); }

    /// The country of a nationality word ("Ukrainian", "Russians"), or an empty string.
    QString countryOfNationality(QStringView word) const { return m_nationalities.value(hashKey(word)); }

    /// Adds a name; later additions of the same name do not replace earlier ones.
    void add(const QString &name, const Entry &entry);
    /// Adds a place; where the name is already a place, only adds `entry`'s kinds to it.
    void addPlace(const QString &name, const Entry &entry);
    /// Adds a name, replacing what the gazetteer knew of it (the user's word is final).
    void set(const QString &name, const Entry &entry);
    void addFirstName(const QString &name, Gender gender);
    void addNationality(const QString &word, const QString &country);

    qsizetype size() const { return m_names.size(); }
    /// Changes when the data changes, for the extraction version; the same in every run for the same data.
    quint32 fingerprint() const { return m_fingerprint; }

    /// Who held `office` (lower case: "president", "prime minister") of `country` on `date`, from the office-holders
    /// timeline; an empty string when nobody or the data does not say.
    QString officeHolder(const QString &office, const QString &country, QDate date) const;

private:
    struct Term {
        QString name;
        QDate from;
        QDate to; ///< invalid: still in office

        bool covers(QDate date) const { return from.isValid() && from <= date && (!to.isValid() || date <= to); }
    };
    /// Indexes a person by surname, for personBySurname() and the lookups by title and office.
    void indexSurname(const QString &name);
    void loadPeople(const QString &path, QCryptographicHash &fingerprint);
    void loadOfficeHolders(const QString &path, QCryptographicHash &fingerprint);
    QHash<QString, QList<Term>> m_offices; ///< "office\tcountry" -> terms
    void loadTsv(const QString &path, QCryptographicHash &fingerprint, const std::function<void(const QStringList &)> &row);
    void loadIsoCodes(const QString &dir, QCryptographicHash &fingerprint);
    bool isCommonWordSubdivision(const QString &name) const;

    QHash<QString, Entry> m_names;

    QHash<QString, bool> m_firstTokens; ///< the first word of every name
    int m_longestNameTokens = 1;
    QHash<QString, Gender> m_firstNames;
    QHash<QString, QString> m_nationalities;
    QHash<QString, QStringList> m_countryWords; ///< country -> its names and nationality words
    QHash<QString, QString> m_surnames; ///< empty value: more than one person has the surname
    QHash<QString, QStringList> m_peopleBySurname; ///< surname -> every known person with it
    QHash<QString, QStringList> m_officeCountries; ///< office -> the countries the timeline has it for
    QHash<QString, QList<Term>> m_termsByName; ///< person -> every term of office the timeline has for them
    QHash<QString, QString> m_roleHolders; ///< "president\tUkraine" -> name; empty value: ambiguous
    quint32 m_fingerprint = 0;
};

} // namespace Verbatim
