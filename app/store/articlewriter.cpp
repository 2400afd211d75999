#include "articlewriter.h"

#include "corpus/articletext.h"
#include "corpus/textoffsets.h"
#include "projectfile.h"
#include "sql.h"

#include <QDateTime>
#include <QSqlError>

namespace Verbatim {

namespace {
QString entityKey(const QString &name, EntityType type)
{
    return entityTypeName(type) + u'\t' + name;
}
} // namespace

ArticleWriter::ArticleWriter(const QString &projectPath)
    : m_connectionName(ProjectFile::uniqueConnectionName(u"import"))
{
    m_db = ProjectFile::openConnection(projectPath, m_connectionName, &m_error);
    if (!m_db.isOpen())
        return;
    // The import is one transaction; durability is checked once, at its commit.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    m_open = prepare(m_findHash, "SELECT 1 FROM article WHERE content_hash = ?")
        && prepare(m_findId, "SELECT 1 FROM article WHERE article_id = ?")
        && prepare(m_insertArticle,
                   "INSERT INTO article (article_id, date, title, source, content_hash, statement_count, extraction_version) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)")
        && prepare(m_insertText, "INSERT INTO article_text (article, text, url, origin, imported) VALUES (?, ?, ?, ?, ?)")
        && prepare(m_insertSearch, "INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)")
        && prepare(m_insertStatement,
                   "INSERT INTO statement (article, kind, start, end, text, speaker, speaker_entity, speaker_start, speaker_end, cue) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        && prepare(m_insertEntity, "INSERT INTO entity (name, type) VALUES (?, ?)")
        && prepare(m_insertMention, "INSERT INTO mention (article, entity, start, end) VALUES (?, ?, ?, ?)");
    if (!m_open)
        return;

    QSqlQuery entities(m_db);
    if (!Sql::exec(entities, QStringLiteral("SELECT id, name, type FROM entity"), {}, &m_error)) {
        m_open = false;
        return;
    }
    while (entities.next()) {
        EntityType type;
        if (entityTypeFromName(entities.value(2).toString(), &type))
            m_entityIds.insert(entityKey(entities.value(1).toString(), type), entities.value(0).toLongLong());
    }
}

ArticleWriter::~ArticleWriter()
{
    rollback();
    // Prepared statements hold the connection open; release them before closing it.
    for (QSqlQuery *query : {&m_findHash, &m_findId, &m_insertArticle, &m_insertText, &m_insertSearch, &m_insertStatement,
                             &m_insertEntity, &m_insertMention})
        *query = QSqlQuery();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ArticleWriter::prepare(QSqlQuery &query, const char *sql)
{
    query = QSqlQuery(m_db);
    if (query.prepare(QString::fromUtf8(sql)))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool ArticleWriter::begin()
{
    if (!m_open)
        return false;
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    m_inTransaction = true;
    m_importTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return true;
}

bool ArticleWriter::commit()
{
    if (!m_inTransaction)
        return false;
    m_inTransaction = false;
    if (m_db.commit())
        return true;
    m_error = m_db.lastError().text();
    m_db.rollback();
    return false;
}

void ArticleWriter::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    m_db.rollback();
    // Entities created in the transaction are gone again; forget their ids.
    m_entityIds.clear();
    QSqlQuery entities(m_db);
    if (Sql::exec(entities, QStringLiteral("SELECT id, name, type FROM entity"))) {
        while (entities.next()) {
            EntityType type;
            if (entityTypeFromName(entities.value(2).toString(), &type))
                m_entityIds.insert(entityKey(entities.value(1).toString(), type), entities.value(0).toLongLong());
        }
    }
}

qint64 ArticleWriter::entityId(const QString &name, EntityType type)
{
    const QString key = entityKey(name, type);
    if (const auto found = m_entityIds.constFind(key); found != m_entityIds.constEnd())
        return *found;
    if (!Sql::execPrepared(m_insertEntity, {name, entityTypeName(type)}, &m_error))
        return 0;
    const qint64 id = m_insertEntity.lastInsertId().toLongLong();
    m_entityIds.insert(key, id);
    return id;
}

ArticleWriter::Outcome ArticleWriter::insert(const Article &article, const Extraction &extraction, int extractionVersion)
{
    const QByteArray hash = ArticleText::contentHash(article.text);
    if (!Sql::execPrepared(m_findHash, {hash}, &m_error))
        return Outcome::Failed;
    const bool duplicate = m_findHash.next();
    m_findHash.finish();
    if (duplicate)
        return Outcome::Duplicate;
    if (!Sql::execPrepared(m_findId, {article.articleId}, &m_error))
        return Outcome::Failed;
    const bool idTaken = m_findId.next();
    m_findId.finish();
    if (idTaken)
        return Outcome::IdConflict;

    const QVariant noValue(QMetaType::fromType<qint64>());
    if (!Sql::execPrepared(m_insertArticle,
                           {article.articleId, article.date.isValid() ? QVariant(article.date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()),
                            Sql::text(article.title), Sql::text(article.source), hash, qint64(extraction.statements.size()), extractionVersion},
                           &m_error))
        return Outcome::Failed;
    const qint64 id = m_insertArticle.lastInsertId().toLongLong();
    if (!Sql::execPrepared(m_insertText, {id, article.text, Sql::text(article.url), Sql::text(article.origin), m_importTime}, &m_error)
        || !Sql::execPrepared(m_insertSearch, {id, Sql::text(article.title), article.text}, &m_error))
        return Outcome::Failed;

    const TextOffsets offsets(article.text);
    for (const EntityMention &mention : extraction.mentions) {
        const qint64 entity = entityId(mention.name, mention.type);
        if (entity == 0
            || !Sql::execPrepared(m_insertMention, {id, entity, offsets.toCodePoint(mention.start), offsets.toCodePoint(mention.end)}, &m_error))
            return Outcome::Failed;
    }
    for (const ExtractedStatement &statement : extraction.statements) {
        QVariant speakerEntity = noValue;
        if (!statement.speaker.isEmpty()) {
            const qint64 entity = entityId(statement.speaker, statement.speakerType);
            if (entity == 0)
                return Outcome::Failed;
            speakerEntity = entity;
        }
        const bool hasSpeakerSpan = statement.speakerStart >= 0;
        if (!Sql::execPrepared(m_insertStatement,
                               {id, statementKindName(statement.kind), offsets.toCodePoint(statement.start), offsets.toCodePoint(statement.end),
                                article.text.sliced(statement.start, statement.end - statement.start), Sql::text(statement.speaker), speakerEntity,
                                hasSpeakerSpan ? QVariant(offsets.toCodePoint(statement.speakerStart)) : noValue,
                                hasSpeakerSpan ? QVariant(offsets.toCodePoint(statement.speakerEnd)) : noValue, Sql::text(statement.cue)},
                               &m_error))
            return Outcome::Failed;
    }
    return Outcome::Inserted;
}

} // namespace Verbatim
