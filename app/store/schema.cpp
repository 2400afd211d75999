#include "schema.h"

#include "sql.h"

#include <QSqlQuery>
#include <QStringList>

namespace Verbatim::Schema {

namespace {

// Version 1: articles, their text and full-text index, extracted statements and entities, the codebook and
// the user's annotations. Offsets are Unicode code points into article_text.text.
const char *const version1[] = {
    R"(CREATE TABLE project_info (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ))",
    // The narrow table the article list reads: no bodies, so that listing a million articles stays cheap.
    R"(CREATE TABLE article (
        id                 INTEGER PRIMARY KEY,
        article_id         TEXT NOT NULL UNIQUE,
        date               TEXT,
        title              TEXT NOT NULL,
        source             TEXT NOT NULL DEFAULT '',
        content_hash       BLOB NOT NULL UNIQUE,
        statement_count    INTEGER NOT NULL DEFAULT 0,
        tag_count          INTEGER NOT NULL DEFAULT 0,
        extraction_version INTEGER NOT NULL DEFAULT 0
    ))",
    "CREATE INDEX article_by_date ON article(date, id)",
    "CREATE INDEX article_by_title ON article(title COLLATE NOCASE, id)",
    "CREATE INDEX article_by_source ON article(source, id)",
    R"(CREATE TABLE article_text (
        article  INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
        text     TEXT NOT NULL,
        url      TEXT NOT NULL DEFAULT '',
        origin   TEXT NOT NULL DEFAULT '',
        imported TEXT NOT NULL
    ))",
    // The full-text index reads title and text through a view, so the text is stored once.
    R"(CREATE VIEW article_search_content AS
        SELECT article.id AS id, article.title AS title, article_text.text AS text
        FROM article JOIN article_text ON article_text.article = article.id)",
    R"(CREATE VIRTUAL TABLE article_fts USING fts5(
        title, text,
        content = 'article_search_content', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    ))",
    R"(CREATE TABLE entity (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('person', 'organisation', 'place', 'date', 'group')),
        UNIQUE (name, type)
    ))",
    R"(CREATE TABLE mention (
        id      INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        entity  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
        start   INTEGER NOT NULL,
        end     INTEGER NOT NULL CHECK (end >= start)
    ))",
    "CREATE INDEX mention_by_article ON mention(article, start)",
    "CREATE INDEX mention_by_entity ON mention(entity, article)",
    R"(CREATE TABLE statement (
        id             INTEGER PRIMARY KEY,
        article        INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        kind           TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed', 'manual')),
        start          INTEGER NOT NULL,
        end            INTEGER NOT NULL CHECK (end >= start),
        text           TEXT NOT NULL,
        speaker        TEXT NOT NULL DEFAULT '',
        speaker_entity INTEGER REFERENCES entity(id) ON DELETE SET NULL,
        speaker_start  INTEGER,
        speaker_end    INTEGER,
        cue            TEXT NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX statement_by_article ON statement(article, start)",
    "CREATE INDEX statement_by_speaker ON statement(speaker_entity)",
    R"(CREATE TABLE tag (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
        colour      TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        position    INTEGER NOT NULL DEFAULT 0
    ))",
    // An annotation keeps its own span and text, so it survives re-extraction of the statement it is attached to.
    R"(CREATE TABLE annotation (
        id        INTEGER PRIMARY KEY,
        article   INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        statement INTEGER REFERENCES statement(id) ON DELETE SET NULL,
        start     INTEGER NOT NULL,
        end       INTEGER NOT NULL CHECK (end >= start),
        text      TEXT NOT NULL,
        note      TEXT NOT NULL DEFAULT '',
        created   TEXT NOT NULL,
        modified  TEXT NOT NULL
    ))",
    "CREATE INDEX annotation_by_article ON annotation(article, start)",
    "CREATE UNIQUE INDEX annotation_by_statement ON annotation(statement) WHERE statement IS NOT NULL",
    R"(CREATE TABLE annotation_tag (
        annotation INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
        tag        INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
        PRIMARY KEY (annotation, tag)
    ) WITHOUT ROWID)",
    "CREATE INDEX annotation_tag_by_tag ON annotation_tag(tag)",
};

// Version 2: curation of what the extractor found, kept across re-extraction.
// - entities can be ignored, carry their counts, and record whether the user made them;
// - entity_alias maps names the extractor produces to the entity the user chose (rename, retype, merge, and split
//   within one article);
// - mentions and statements record whether they are the extractor's or the user's, so that re-extraction replaces
//   only its own; a statement the user rejected stays, hidden, so that it is not found again.
const char *const version2[] = {
    "ALTER TABLE entity ADD COLUMN origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'user'))",
    "ALTER TABLE entity ADD COLUMN ignored INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE entity ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE entity ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0",
    R"(UPDATE entity SET
        mention_count = (SELECT count(*) FROM mention WHERE mention.entity = entity.id),
        article_count = (SELECT count(DISTINCT mention.article) FROM mention WHERE mention.entity = entity.id))",
    "CREATE INDEX entity_by_type ON entity(type, name)",
    R"(CREATE TABLE entity_alias (
        name    TEXT NOT NULL,
        type    TEXT NOT NULL CHECK (type IN ('person', 'organisation', 'place', 'date', 'group')),
        article INTEGER REFERENCES article(id) ON DELETE CASCADE,
        entity  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE
    ))",
    "CREATE UNIQUE INDEX entity_alias_key ON entity_alias(name, type, coalesce(article, 0))",
    "CREATE INDEX entity_alias_by_entity ON entity_alias(entity)",
    "ALTER TABLE mention ADD COLUMN origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'user'))",
    "ALTER TABLE statement ADD COLUMN status TEXT NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'edited', 'manual', 'rejected'))",
};

// Version 3: indexes for corpora of a million articles. The article list, its filters and the statements table read
// every id they need from an index, never from the rows: the date order carries each article's number of statements
// (the statements table counts its rows from it), and the speaker index carries what a speaker filter needs.
const char *const version3[] = {
    "DROP INDEX article_by_date",
    "CREATE INDEX article_by_date ON article(date, id, statement_count)",
    "DROP INDEX statement_by_speaker",
    "CREATE INDEX statement_by_speaker ON statement(speaker_entity, article, start, status)",
};

struct Step {
    int toVersion;
    const char *const *statements;
    std::size_t count;
};

const Step steps[] = {
    {1, version1, std::size(version1)},
    {2, version2, std::size(version2)},
    {3, version3, std::size(version3)},
};

} // namespace

bool migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    QSqlQuery query(db);
    for (const Step &step : steps) {
        if (step.toVersion <= fromVersion)
            continue;
        for (std::size_t i = 0; i < step.count; ++i) {
            if (!Sql::exec(query, QString::fromUtf8(step.statements[i]), {}, error))
                return false;
        }
        if (!Sql::exec(query, QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion), {}, error))
            return false;
    }
    return Sql::exec(query, QStringLiteral("PRAGMA application_id = %1").arg(applicationId), {}, error);
}

} // namespace Verbatim::Schema
