#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace Verbatim {

enum class EntityType { Person, Organisation, Place, Date, Group };

/// The names used in the project file and in CSV: person, organisation, place, date, group.
QString entityTypeName(EntityType type);
/// Parses a name from entityTypeName(); returns false for anything else.
bool entityTypeFromName(QStringView name, EntityType *type);

enum class StatementKind {
    Direct, ///< a quotation in quotation marks
    Indirect, ///< reported speech: "X said he would ..."
    Mixed, ///< reported speech that quotes a fragment: X described the talks as "a total defeat"
    Manual, ///< marked by the user
};

/// The names used in the project file and in CSV: direct, indirect, mixed, manual.
QString statementKindName(StatementKind kind);
bool statementKindFromName(QStringView name, StatementKind *kind);

/// A named entity found in an article. Positions are UTF-16 positions in the article text.
struct EntityMention {
    qsizetype start = 0;
    qsizetype end = 0;
    EntityType type = EntityType::Person;
    QString name; ///< the canonical name: "Volodymyr Zelenskyy" for a later "Zelenskyy", an ISO date for "15 May"

    friend bool operator==(const EntityMention &, const EntityMention &) = default;
};

/// A statement found in an article: what was said (the span), by whom, with which verb.
struct ExtractedStatement {
    StatementKind kind = StatementKind::Direct;
    qsizetype start = 0; ///< the span of what was said, without the quotation marks
    qsizetype end = 0;
    QString speaker; ///< canonical speaker name, empty when no speaker was found
    EntityType speakerType = EntityType::Person;
    qsizetype speakerStart = -1; ///< where the speaker is named for this statement (a name, a role or a pronoun), or -1
    qsizetype speakerEnd = -1;
    QString cue; ///< the speech verb ("said", "claimed"), or a label ("Quote:") or ":" when that is the cue

    friend bool operator==(const ExtractedStatement &, const ExtractedStatement &) = default;
};

struct Extraction {
    QList<ExtractedStatement> statements; ///< ordered by start
    QList<EntityMention> mentions; ///< ordered by start
};

/// What an extraction reads: the article's text, and what anchors it.
struct ExtractionInput {
    QStringView text;
    QDate date; ///< the article's date, possibly invalid: anchors relative dates ("this week") and office holders
    QStringView title; ///< the article's title, possibly empty: "Statement from President Biden on ..." names who says "I"
};

/// Finds statements and entities in article text. Implementations are immutable after construction and
/// safe to call from several threads at once, so that an import can extract on every core.
class Extractor
{
public:
    virtual ~Extractor() = default;

    /// Changes whenever the rules or data change, so that a project knows which articles to re-extract.
    virtual int version() const = 0;

    /// Positions in the result are positions in `input.text`; the title is read only for what it says of the text.
    virtual Extraction extract(const ExtractionInput &input) const = 0;
};

} // namespace Verbatim
