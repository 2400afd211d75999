#include "articlewriter.h"

#include "corpus/articletext.h"
#include "corpus/textoffsets.h"
#include "projectfile.h"
#include "sql.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Verbatim {

namespace {

QString entityKey(const QString &name, EntityType type)
{
    return entityTypeName(type) + u'\t' + name;
}

QString entityKey(const QString &name, const QString &type)
{
    return type + u'\t' + name;
}

const char savepoint[] = "verbatim_writer";

const QString placeholderNames[] = {u":v0"_s, u":v1"_s, u":v2"_s, u":v3"_s, u":v4"_s, u":v5"_s, u":v6"_s, u":v7"_s, u":v8"_s, u":v9"_s};

} // namespace

ArticleWriter::ArticleWriter(const QString &projectPath)
    : m_connectionName(ProjectFile::uniqueConnectionName(u"import"))
{
    m_db = ProjectFile::openConnection(projectPath, m_connectionName, &m_error);
    if (!m_db.isOpen())
        return;
    // The import is one transaction; its durability is checked once, at the commit. A large page cache keeps the
    // pages of a big transaction in memory instead of spilling them to the file before the commit.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -131072"));
    // The writer refers only to articles it has just written and entities it has just read or made, and writes kinds
    // and types from enums, so the foreign keys and CHECK constraints hold by construction. Checking them is not
    // free: every "kind IN (...)" check builds a temporary table, two per statement row.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    prepareAll();
}

ArticleWriter::ArticleWriter(const QSqlDatabase &connection)
    : m_db(connection)
{
    if (!m_db.isOpen()) {
        m_error = tr("the project is not open");
        return;
    }
    prepareAll();
}

void ArticleWriter::prepareAll()
{
    m_open = prepare(m_findHash, "SELECT 1 FROM article WHERE content_hash = :v0")
        && prepare(m_findId, "SELECT 1 FROM article WHERE article_id = :v0")
        && prepare(m_insertArticle,
                   "INSERT INTO article (article_id, date, title, source, content_hash, statement_count, extraction_version) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)")
        && prepare(m_insertText, "INSERT INTO article_text (article, text, url, origin, imported) VALUES (?, ?, ?, ?, ?)")
        && prepare(m_indexArticles,
                   "INSERT INTO article_fts (rowid, title, text) SELECT id, title, text FROM article_search_content WHERE id BETWEEN :v0 AND :v1")
        && prepare(m_insertStatement,
                   "INSERT INTO statement (article, kind, start, end, text, speaker, speaker_entity, speaker_start, speaker_end, cue) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        && prepare(m_insertEntity, "INSERT INTO entity (name, type) VALUES (:v0, :v1)")
        && prepare(m_insertMention, "INSERT INTO mention (article, entity, start, end) VALUES (?, ?, ?, ?)")
        && prepare(m_entityCounts, "UPDATE entity SET mention_count = mention_count + :v0, article_count = article_count + :v1 WHERE id = :v2");
    if (m_open)
        loadEntities();
}

ArticleWriter::~ArticleWriter()
{
    rollback();
    // Prepared statements hold the connection; release them before closing it.
    for (QSqlQuery *query : {&m_findHash, &m_findId, &m_indexArticles, &m_insertEntity, &m_entityCounts})
        *query = QSqlQuery();
    for (std::unique_ptr<Sql::Command> *command : {&m_insertArticle, &m_insertText, &m_insertStatement, &m_insertMention})
        command->reset();
    if (!m_connectionName.isEmpty()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

// The writer's statements name their placeholders :v0, :v1, ...: Qt binds a value by name several times faster than
// by position, for which it formats a name for every value (that took a third of the writer's time).
bool ArticleWriter::execNamed(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    Q_ASSERT(values.size() <= std::size(placeholderNames));
    qsizetype i = 0;
    for (const QVariant &value : values)
        query.bindValue(placeholderNames[i++], value);
    if (query.exec())
        return true;
    m_error = Sql::describe(query.lastError().text(), query.lastQuery());
    return false;
}

bool ArticleWriter::prepare(std::unique_ptr<Sql::Command> &command, const char *sql)
{
    command = std::make_unique<Sql::Command>(m_db, QString::fromUtf8(sql));
    if (command->isValid())
        return true;
    m_error = command->error();
    return false;
}

bool ArticleWriter::exec(Sql::Command &command, std::initializer_list<Sql::Value> values)
{
    if (command.exec(values))
        return true;
    m_error = command.error();
    return false;
}

bool ArticleWriter::prepare(QSqlQuery &query, const char *sql)
{
    query = QSqlQuery(m_db);
    if (query.prepare(QString::fromUtf8(sql)))
        return true;
    m_error = query.lastError().text();
    return false;
}

void ArticleWriter::loadEntities()
{
    m_entityIds.clear();
    m_articleAliases.clear();
    QSqlQuery query(m_db);
    if (Sql::exec(query, QStringLiteral("SELECT id, name, type FROM entity"), {}, &m_error)) {
        while (query.next())
            m_entityIds.insert(entityKey(query.value(1).toString(), query.value(2).toString()), query.value(0).toLongLong());
    }
    // The user's curation wins over the names themselves.
    if (Sql::exec(query, QStringLiteral("SELECT name, type, article, entity FROM entity_alias"), {}, &m_error)) {
        while (query.next()) {
            const QString key = entityKey(query.value(0).toString(), query.value(1).toString());
            if (query.value(2).isNull())
                m_entityIds.insert(key, query.value(3).toLongLong());
            else
                m_articleAliases[query.value(2).toLongLong()].insert(key, query.value(3).toLongLong());
        }
    }
}

bool ArticleWriter::begin()
{
    if (!m_open)
        return false;
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SAVEPOINT %1").arg(QLatin1StringView(savepoint)), {}, &m_error))
        return false;
    m_inTransaction = true;
    m_importTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_firstUnindexed = m_lastUnindexed = 0;
    m_countChanges.clear();
    return true;
}

bool ArticleWriter::flush()
{
    if (!m_inTransaction)
        return false;
    // The new articles' ids are consecutive: each took the largest id plus one, inside this writer's transaction.
    if (m_firstUnindexed != 0) {
        if (!execNamed(m_indexArticles, {m_firstUnindexed, m_lastUnindexed}))
            return false;
        m_firstUnindexed = m_lastUnindexed = 0;
    }
    for (auto it = m_countChanges.cbegin(); it != m_countChanges.cend(); ++it) {
        if ((it->mentions != 0 || it->articles != 0) && !execNamed(m_entityCounts, {it->mentions, it->articles, it.key()}))
            return false;
    }
    m_countChanges.clear();
    return true;
}

bool ArticleWriter::commit()
{
    if (!m_inTransaction)
        return false;
    const bool flushed = flush();
    m_inTransaction = false;
    QSqlQuery query(m_db);
    if (flushed && Sql::exec(query, QStringLiteral("RELEASE %1").arg(QLatin1StringView(savepoint)), {}, &m_error))
        return true;
    query.exec(QStringLiteral("ROLLBACK TO %1").arg(QLatin1StringView(savepoint)));
    query.exec(QStringLiteral("RELEASE %1").arg(QLatin1StringView(savepoint)));
    loadEntities();
    return false;
}

void ArticleWriter::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    m_firstUnindexed = m_lastUnindexed = 0;
    m_countChanges.clear();
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK TO %1").arg(QLatin1StringView(savepoint)));
    query.exec(QStringLiteral("RELEASE %1").arg(QLatin1StringView(savepoint)));
    // Entities created in the savepoint are gone again; forget their ids.
    loadEntities();
}

qint64 ArticleWriter::entityId(const QString &name, EntityType type, qint64 article)
{
    const QString key = entityKey(name, type);
    if (const auto scoped = m_articleAliases.constFind(article); scoped != m_articleAliases.constEnd()) {
        if (const auto found = scoped->constFind(key); found != scoped->constEnd())
            return *found;
    }
    if (const auto found = m_entityIds.constFind(key); found != m_entityIds.constEnd())
        return *found;
    if (!execNamed(m_insertEntity, {name, entityTypeName(type)}))
        return 0;
    const qint64 id = m_insertEntity.lastInsertId().toLongLong();
    m_entityIds.insert(key, id);
    return id;
}

void ArticleWriter::countMentions(const QHash<qint64, int> &before, const QHash<qint64, int> &after)
{
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        CountChange &change = m_countChanges[it.key()];
        change.mentions -= it.value();
        change.articles -= it.value() > 0 ? 1 : 0;
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        CountChange &change = m_countChanges[it.key()];
        change.mentions += it.value();
        change.articles += it.value() > 0 ? 1 : 0;
    }
}

bool ArticleWriter::insertMentionsAndStatements(qint64 article, const QString &text, const Extraction &extraction,
                                                const QList<std::pair<qsizetype, qsizetype>> &userStatementSpans,
                                                QHash<qint64, int> *mentionsByEntity)
{
    const TextOffsets offsets(text);
    for (const EntityMention &mention : extraction.mentions) {
        const qint64 entity = entityId(mention.name, mention.type, article);
        if (entity == 0 || !exec(*m_insertMention, {article, entity, offsets.toCodePoint(mention.start), offsets.toCodePoint(mention.end)}))
            return false;
        ++(*mentionsByEntity)[entity];
    }
    for (const ExtractedStatement &statement : extraction.statements) {
        const qsizetype start = offsets.toCodePoint(statement.start);
        const qsizetype end = offsets.toCodePoint(statement.end);
        // What the user decided about a passage (an edited, added or rejected statement) wins over the extractor.
        const bool overlapsUser = std::any_of(userStatementSpans.cbegin(), userStatementSpans.cend(),
                                              [&](const auto &span) { return span.first < end && start < span.second; });
        if (overlapsUser)
            continue;
        std::optional<qint64> speakerEntity;
        if (!statement.speaker.isEmpty()) {
            speakerEntity = entityId(statement.speaker, statement.speakerType, article);
            if (*speakerEntity == 0)
                return false;
        }
        const bool hasSpeakerSpan = statement.speakerStart >= 0;
        const QString kind = statementKindName(statement.kind);
        if (!exec(*m_insertStatement,
                  {article, kind, start, end, QStringView(text).sliced(statement.start, statement.end - statement.start),
                   QStringView(statement.speaker), Sql::Value::orNull(speakerEntity),
                   hasSpeakerSpan ? Sql::Value(offsets.toCodePoint(statement.speakerStart)) : Sql::Value(nullptr),
                   hasSpeakerSpan ? Sql::Value(offsets.toCodePoint(statement.speakerEnd)) : Sql::Value(nullptr), QStringView(statement.cue)}))
            return false;
    }
    return true;
}

ArticleWriter::Prepared ArticleWriter::prepare(const Article &article, Extraction extraction)
{
    return {std::move(extraction), ArticleText::contentHash(article.text)};
}

ArticleWriter::Outcome ArticleWriter::insert(const Article &article, const Extraction &extraction, int extractionVersion)
{
    return insertPrepared(article, prepare(article, extraction), extractionVersion);
}

ArticleWriter::Outcome ArticleWriter::insertPrepared(const Article &article, const Prepared &prepared, int extractionVersion)
{
    const Extraction &extraction = prepared.extraction;
    const QByteArray &hash = prepared.contentHash;
    if (!execNamed(m_findHash, {hash}))
        return Outcome::Failed;
    const bool duplicate = m_findHash.next();
    m_findHash.finish();
    if (duplicate)
        return Outcome::Duplicate;
    if (!execNamed(m_findId, {article.articleId}))
        return Outcome::Failed;
    const bool idTaken = m_findId.next();
    m_findId.finish();
    if (idTaken)
        return Outcome::IdConflict;

    const QString date = article.date.isValid() ? article.date.toString(Qt::ISODate) : QString();
    if (!exec(*m_insertArticle, {article.articleId, date, QStringView(article.title), QStringView(article.source), hash,
                                 extraction.statements.size(), extractionVersion}))
        return Outcome::Failed;
    const qint64 id = m_insertArticle->lastInsertId();
    if (!exec(*m_insertText, {id, QStringView(article.text), QStringView(article.url), QStringView(article.origin), m_importTime}))
        return Outcome::Failed;
    if (m_firstUnindexed == 0)
        m_firstUnindexed = id;
    m_lastUnindexed = id;

    QHash<qint64, int> mentions;
    if (!insertMentionsAndStatements(id, article.text, extraction, {}, &mentions))
        return Outcome::Failed;
    countMentions({}, mentions);
    return Outcome::Inserted;
}

bool ArticleWriter::replaceExtraction(qint64 article, const QString &text, const Extraction &extraction, int extractionVersion,
                                      ReextractionCounts *counts)
{
    QSqlQuery query(m_db);

    // The annotations that hang on the extractor's statements, to attach again afterwards.
    struct Attached {
        qint64 annotation;
        qint64 start;
        qint64 end;
        QString text;
    };
    QList<Attached> attached;
    if (!Sql::exec(query,
                   QStringLiteral("SELECT annotation.id, statement.start, statement.end, statement.text FROM annotation "
                                  "JOIN statement ON statement.id = annotation.statement WHERE annotation.article = ? AND statement.status = 'auto'"),
                   {article}, &m_error))
        return false;
    while (query.next())
        attached.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toString()});

    QList<std::pair<qsizetype, qsizetype>> userSpans;
    if (!Sql::exec(query, QStringLiteral("SELECT start, end FROM statement WHERE article = ? AND status <> 'auto'"), {article}, &m_error))
        return false;
    while (query.next())
        userSpans.append({query.value(0).toLongLong(), query.value(1).toLongLong()});

    QHash<qint64, int> before;
    if (!Sql::exec(query, QStringLiteral("SELECT entity, count(*) FROM mention WHERE article = ? GROUP BY entity"), {article}, &m_error))
        return false;
    while (query.next())
        before.insert(query.value(0).toLongLong(), query.value(1).toInt());
    const qint64 statementsBefore = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM statement WHERE article = ? AND status <> 'rejected'"), {article}).toLongLong();

    if (!Sql::exec(query, QStringLiteral("DELETE FROM statement WHERE article = ? AND status = 'auto'"), {article}, &m_error)
        || !Sql::exec(query, QStringLiteral("DELETE FROM mention WHERE article = ? AND origin = 'auto'"), {article}, &m_error))
        return false;

    // The user's own mentions stay; count them with the new ones.
    QHash<qint64, int> after;
    if (!Sql::exec(query, QStringLiteral("SELECT entity, count(*) FROM mention WHERE article = ? GROUP BY entity"), {article}, &m_error))
        return false;
    while (query.next())
        after.insert(query.value(0).toLongLong(), query.value(1).toInt());
    if (!insertMentionsAndStatements(article, text, extraction, userSpans, &after))
        return false;
    countMentions(before, after);

    // Attach the annotations again: the same span first, the same text second; otherwise they stay on their passage.
    // Every span is matched before any text, so that a text match cannot take the statement another annotation
    // has by its span.
    const QString free = QStringLiteral("status <> 'rejected' AND id NOT IN (SELECT statement FROM annotation WHERE statement IS NOT NULL)");
    QList<Attached> unmatched;
    for (const Attached &annotation : std::as_const(attached)) {
        const QVariant statement = Sql::scalar(m_db,
                                               QStringLiteral("SELECT id FROM statement WHERE article = ? AND start = ? AND end = ? AND %1 LIMIT 1").arg(free),
                                               {article, annotation.start, annotation.end});
        if (!statement.isValid()) {
            unmatched.append(annotation);
            continue;
        }
        if (!Sql::exec(query, QStringLiteral("UPDATE annotation SET statement = ? WHERE id = ?"), {statement, annotation.annotation}, &m_error))
            return false;
        if (counts)
            ++counts->reattachedBySpan;
    }
    for (const Attached &annotation : std::as_const(unmatched)) {
        const QVariant statement = Sql::scalar(m_db,
                                               QStringLiteral("SELECT id FROM statement WHERE article = ? AND text = ? AND %1 ORDER BY start LIMIT 1").arg(free),
                                               {article, annotation.text});
        if (!statement.isValid()) {
            if (counts)
                counts->detached.append({annotation.annotation, article, annotation.text});
            continue;
        }
        if (!Sql::exec(query, QStringLiteral("UPDATE annotation SET statement = ? WHERE id = ?"), {statement, annotation.annotation}, &m_error))
            return false;
        if (counts)
            ++counts->reattachedByText;
    }

    if (!Sql::exec(query,
                   QStringLiteral("UPDATE article SET extraction_version = ?, statement_count = "
                                  "(SELECT count(*) FROM statement WHERE article = ? AND status <> 'rejected') WHERE id = ?"),
                   {extractionVersion, article, article}, &m_error))
        return false;
    if (counts) {
        ++counts->articles;
        counts->statementsBefore += statementsBefore;
        counts->statementsAfter += Sql::scalar(m_db, QStringLiteral("SELECT statement_count FROM article WHERE id = ?"), {article}).toLongLong();
    }
    return true;
}

} // namespace Verbatim
