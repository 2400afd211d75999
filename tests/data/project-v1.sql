-- A Verbatim project in format version 1, with one article of each kind of row, for project_test's migration test.
-- The tables are app/store/schema.cpp's version-1 statements; the article is fictional.
-- Offsets are code points (the emoji before the quotation is one code point but two UTF-16 units).
-- The test runs this statement by statement: every statement ends with ';' at the end of a line.

CREATE TABLE project_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE article (
    id                 INTEGER PRIMARY KEY,
    article_id         TEXT NOT NULL UNIQUE,
    date               TEXT,
    title              TEXT NOT NULL,
    source             TEXT NOT NULL DEFAULT '',
    content_hash       BLOB NOT NULL UNIQUE,
    statement_count    INTEGER NOT NULL DEFAULT 0,
    tag_count          INTEGER NOT NULL DEFAULT 0,
    extraction_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX article_by_date ON article(date, id);
CREATE INDEX article_by_title ON article(title COLLATE NOCASE, id);
CREATE INDEX article_by_source ON article(source, id);
CREATE TABLE article_text (
    article  INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    text     TEXT NOT NULL,
    url      TEXT NOT NULL DEFAULT '',
    origin   TEXT NOT NULL DEFAULT '',
    imported TEXT NOT NULL
);
CREATE VIEW article_search_content AS
    SELECT article.id AS id, article.title AS title, article_text.text AS text
    FROM article JOIN article_text ON article_text.article = article.id;
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, text,
    content = 'article_search_content', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE entity (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('person', 'organisation', 'place', 'date', 'group')),
    UNIQUE (name, type)
);
CREATE TABLE mention (
    id      INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    entity  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL CHECK (end >= start)
);
CREATE INDEX mention_by_article ON mention(article, start);
CREATE INDEX mention_by_entity ON mention(entity, article);
CREATE TABLE statement (
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
);
CREATE INDEX statement_by_article ON statement(article, start);
CREATE INDEX statement_by_speaker ON statement(speaker_entity);
CREATE TABLE tag (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    colour      TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE annotation (
    id        INTEGER PRIMARY KEY,
    article   INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    statement INTEGER REFERENCES statement(id) ON DELETE SET NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL CHECK (end >= start),
    text      TEXT NOT NULL,
    note      TEXT NOT NULL DEFAULT '',
    created   TEXT NOT NULL,
    modified  TEXT NOT NULL
);
CREATE INDEX annotation_by_article ON annotation(article, start);
CREATE UNIQUE INDEX annotation_by_statement ON annotation(statement) WHERE statement IS NOT NULL;
CREATE TABLE annotation_tag (
    annotation INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    tag        INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation, tag)
) WITHOUT ROWID;
CREATE INDEX annotation_tag_by_tag ON annotation_tag(tag);

INSERT INTO project_info (key, value) VALUES ('created', '2024-03-01T09:00:00.000Z'), ('created_by', 'Verbatim 0.1.0');

INSERT INTO article (id, article_id, date, title, source, content_hash, statement_count, tag_count, extraction_version)
VALUES (7, 'eastwick-ferry-0001', '2024-03-05', 'Harbour council approves new ferry timetable', 'Lakeside Courier',
        X'326675f27031e01e1f571ed81544a60d0d496412853c6d3de36b404b383a0bc4', 1, 3, 1);
INSERT INTO article_text (article, text, url, origin, imported)
VALUES (7, 'The harbour council of Eastwick approved a new ferry timetable on Tuesday 🚢 after months of complaints.' || char(10) || char(10)
        || '“We finally have boats that leave when people need them,” said councillor Maren Holt.' || char(10) || char(10)
        || 'The first crossings start at six in the morning.',
        'https://courier.example/eastwick-ferry', 'feeds/lakeside.jsonl:3', '2024-03-05T18:30:00Z');
INSERT INTO article_fts (rowid, title, text) SELECT id, title, text FROM article_search_content WHERE id = 7;

INSERT INTO entity (id, name, type) VALUES (1, 'Maren Holt', 'person'), (2, 'Eastwick', 'place');
INSERT INTO mention (id, article, entity, start, end) VALUES (1, 7, 2, 23, 31), (2, 7, 1, 179, 189);
INSERT INTO statement (id, article, kind, start, end, text, speaker, speaker_entity, speaker_start, speaker_end, cue)
VALUES (3, 7, 'direct', 106, 160, 'We finally have boats that leave when people need them', 'Maren Holt', 1, 179, 189, 'said');

INSERT INTO tag (id, name, colour, description, position)
VALUES (1, 'Praise', '#2ca02c', 'Speaks well of a decision', 0), (2, 'Local politics', '#1f77b4', '', 1);

INSERT INTO annotation (id, article, statement, start, end, text, note, created, modified)
VALUES (11, 7, 3, 106, 160, 'We finally have boats that leave when people need them', 'Clear endorsement; check the council minutes.',
        '2024-03-06T10:15:00.250Z', '2024-03-07T08:00:00.000Z');
INSERT INTO annotation (id, article, statement, start, end, text, note, created, modified)
VALUES (12, 7, NULL, 43, 62, 'new ferry timetable', '', '2024-03-06T10:20:00.000Z', '2024-03-06T10:20:00.000Z');
INSERT INTO annotation_tag (annotation, tag) VALUES (11, 1), (11, 2), (12, 2);

PRAGMA user_version=1;
PRAGMA application_id=1447187533;
