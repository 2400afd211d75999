#pragma once

#include "extract/extraction.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

// Rows of a project as the rest of the program sees them. Positions are UTF-16 positions in the article text
// (what QString and the reader use); the project file stores code points and Project converts at the boundary.
namespace Verbatim {

/// What the article list shows: the narrow metadata, never the body.
struct ArticleSummary {
    qint64 id = 0; ///< the project's own row id
    QString articleId; ///< the id the source gave it (or one derived from its content), used in every export
    QDate date;
    QString title;
    QString source;
    int statementCount = 0;
    int tagCount = 0;
};

struct Statement {
    qint64 id = 0;
    qint64 article = 0;
    StatementKind kind = StatementKind::Direct;
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    QString speaker;
    qint64 speakerEntity = 0; ///< 0 when the speaker is not linked to an entity
    qsizetype speakerStart = -1;
    qsizetype speakerEnd = -1;
    QString cue;
    QString status = QStringLiteral("auto"); ///< auto (the extractor's), edited or manual (the user's); rejected ones are not loaded

    /// The words that name the speaker here ("he", "the Ukrainian president", "one woman"), empty when none.
    QString speakerPhrase(const QString &articleText) const
    {
        if (speakerStart < 0 || speakerEnd > articleText.size())
            return {};
        return articleText.sliced(speakerStart, speakerEnd - speakerStart);
    }
};

/// What rejecting a statement changed, so that undo can put it back.
struct StatementRejection {
    qint64 detachedAnnotation = 0; ///< the annotation that was on the statement, 0 when none
    QString previousStatus;        ///< auto, edited or manual
};

struct Mention {
    qint64 id = 0;
    qint64 entity = 0;
    QString name;
    EntityType type = EntityType::Person;
    qsizetype start = 0;
    qsizetype end = 0;
};

/// A codebook entry.
struct Tag {
    /// The exports join an annotation's tag names with "; ", so no name may contain it (Project refuses one).
    static constexpr QChar nameSeparator{u';'};

    qint64 id = 0;
    QString name;
    QColor colour;
    QString description;
    int position = 0;
};

/// The user's coding of a span: tags and a note. Attached to a statement, or to any span the user selected.
struct Annotation {
    qint64 id = 0;
    qint64 article = 0;
    qint64 statement = 0; ///< 0 for a span the user selected
    qsizetype start = 0;
    qsizetype end = 0;
    QString text; ///< the annotated text, filled in by Project from the article
    QString note;
    QList<qint64> tagIds;
    QDateTime created;
    QDateTime modified;

    bool hasContent() const { return !tagIds.isEmpty() || !note.trimmed().isEmpty(); }
};

/// Everything the reader shows for one article.
struct ArticleContent {
    ArticleSummary summary;
    QString url;
    QString origin;
    QString text;
    QList<Statement> statements;
    QList<Mention> mentions;
    QList<Annotation> annotations;
};

/// An entity as the entity panel and curation see it.
struct EntitySummary {
    qint64 id = 0;
    QString name;
    EntityType type = EntityType::Person;
    int mentionCount = 0;
    int articleCount = 0;
    bool ignored = false;
    bool userMade = false; ///< added by the user rather than found by the extractor
};

/// A project-wide alias: a name the extractor produces, of a type, that leads to an entity the user chose.
struct EntityAlias {
    QString name;
    QString type;
    qint64 entity = 0;
};

/// An entity's name and type before a rename or a change of type, with the aliases the change touched, so that undo
/// can put them back exactly (and leave no alias for a name the user took back).
struct EntityNaming {
    qint64 entity = 0;
    QString name;
    EntityType type = EntityType::Person;
    QList<EntityAlias> aliases;
    QList<std::pair<QString, QString>> touchedKeys; ///< (name, type) of every alias the change may have written
};

/// What merging two entities changed, so that it can be undone.
struct EntityMerge {
    EntitySummary from; ///< the entity merged away
    qint64 into = 0;
    QList<qint64> mentions; ///< mentions moved from `from` to `into`
    QList<qint64> statements; ///< statements whose speaker moved
    QList<qint64> aliasRows; ///< rowids of aliases that pointed at `from`
};

/// What splitting an entity in one article changed.
struct EntitySplit {
    qint64 from = 0;
    qint64 article = 0;
    qint64 into = 0; ///< the new entity
    QList<qint64> mentions;
    QList<qint64> statements;
};

struct ProjectCounts {
    qint64 articles = 0;
    qint64 statements = 0;
    qint64 entities = 0;
    qint64 mentions = 0;
    qint64 tags = 0;
    qint64 annotations = 0;
};

} // namespace Verbatim
