#pragma once

#include "extraction.h"
#include "gazetteer.h"
#include "tokenizer.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Verbatim {

/// A person an article names, with what the article says they are, so that "the Ukrainian president", "he" and
/// a later "Zelenskyy" can be resolved to them.
struct PersonRecord {
    QString name; ///< canonical name
    Gazetteer::Gender gender = Gazetteer::Gender::Unknown;
    QSet<QString> roles; ///< lower-case role words the article gives them: "president", "foreign minister", "head"
    QSet<QString> qualifiers; ///< countries, nationalities and organisations their roles belong to: "Ukraine", "Kremlin"
};

/// The working state of one extraction: tokens, entity mentions and the people of the article.
struct ArticleAnalysis {
    explicit ArticleAnalysis(QStringView text, QDate articleDate = QDate())
        : tokens(text)
        , date(articleDate)
        , mentionAtToken(tokens.tokens().size(), -1)
    {
    }

    Tokenizer tokens;
    QDate date; ///< the article's, possibly invalid
    QStringView title; ///< the article's title, possibly empty
    QList<EntityMention> mentions; ///< in text order, a longer mention before the ones inside it; mentions may overlap
    QList<int> mentionAtToken; ///< for each token, the index of the outermost mention covering it, or -1
    QList<PersonRecord> people;
    QHash<QString, int> personByName;

    /// The record of `name`, created on first use.
    PersonRecord &person(const QString &name)
    {
        const auto found = personByName.constFind(name);
        if (found != personByName.constEnd())
            return people[*found];
        personByName.insert(name, int(people.size()));
        people.append(PersonRecord{name, {}, {}, {}});
        return people.last();
    }
    const PersonRecord *findPerson(const QString &name) const
    {
        const auto found = personByName.constFind(name);
        return found == personByName.constEnd() ? nullptr : &people[*found];
    }
};

} // namespace Verbatim
