#include "articlewriter.h"

#include "corpus/articletext.h"
#include "corpus/textoffsets.h"
#include "projectfile.h"
#include "sql.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>

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

} // namespace

ArticleWriter::ArticleWriter(const QString &projectPath)
    : m_connectionName(ProjectFile::uniqueConnectionName(u"import"))
{
    m_db = ProjectFile::openConnection(projectPath, m_connectionName, &m_error);
    if (!m_db.isOpen())
        return;
    // The import is one transaction; its durability is checked once, at the commit.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
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
        && prepare(m_insertMention, "INSERT INTO mention (article, entity, start, end) VALUES (?, ?, ?, ?)")
        && prepare(m_entityCounts, "UPDATE entity SET mention_count = mention_count + ?, article_count = article_count + ? WHERE id = ?");
    if (m_open)
        loadEntities();
}

ArticleWriter::~ArticleWriter()
{
    rollback();
    // Prepared statements hold the connection; release them before closing it.
    for (QSqlQuery *query : {&m_findHash, &m_findId, &m_insertArticle, &m_insertText, &m_insertSearch, &m_insertStatement,
                             &m_insertEntity, &m_insertMention, &m_entityCounts})
        *query = QSqlQuery();
    if (!m_connectionName.isEmpty()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
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
    return true;
}

bool ArticleWriter::commit()
{
    if (!m_inTransaction)
        return false;
    m_inTransaction = false;
    QSqlQuery query(m_db);
    if (Sql::exec(query, QStringLiteral("RELEASE %1").arg(QLatin1StringView(savepoint)), {}, &m_error))
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
    if (!Sql::execPrepared(m_insertEntity, {name, entityTypeName(type)}, &m_error))
        return 0;
    const qint64 id = m_insertEntity.lastInsertId().toLongLong();
    m_entityIds.insert(key, id);
    return id;
}

bool ArticleWriter::updateEntityCounts(const QHash<qint64, int> &before, const QHash<qint64, int> &after)
{
    QSet<qint64> entities;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        entities.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        entities.insert(it.key());
    for (const qint64 entity : std::as_const(entities)) {
        const int was = before.value(entity);
        const int now = after.value(entity);
        const int articles = (now > 0 ? 1 : 0) - (was > 0 ? 1 : 0);
        if (now == was && articles == 0)
            continue;
        if (!Sql::execPrepared(m_entityCounts, {now - was, articles, entity}, &m_error))
            return false;
    }
    return true;
}

bool ArticleWriter::insertMentionsAndStatements(qint64 article, const QString &text, const Extraction &extraction,
                                                const QList<std::pair<qsizetype, qsizetype>> &userStatementSpans,
                                                QHash<qint64, int> *mentionsByEntity)
{
    const TextOffsets offsets(text);
    const QVariant noValue(QMetaType::fromType<qint64>());
    for (const EntityMention &mention : extraction.mentions) {
        const qint64 entity = entityId(mention.name, mention.type, article);
        if (entity == 0
            || !Sql::execPrepared(m_insertMention, {article, entity, offsets.toCodePoint(mention.start), offsets.toCodePoint(mention.end)}, &m_error))
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
        QVariant speakerEntity = noValue;
        if (!statement.speaker.isEmpty()) {
            const qint64 entity = entityId(statement.speaker, statement.speakerType, article);
            if (entity == 0)
                return false;
            speakerEntity = entity;
        }
        const bool hasSpeakerSpan = statement.speakerStart >= 0;
        if (!Sql::execPrepared(m_insertStatement,
                               {article, statementKindName(statement.kind), start, end, text.sliced(statement.start, statement.end - statement.start),
                                Sql::text(statement.speaker), speakerEntity,
                                hasSpeakerSpan ? QVariant(offsets.toCodePoint(statement.speakerStart)) : noValue,
                                hasSpeakerSpan ? QVariant(offsets.toCodePoint(statement.speakerEnd)) : noValue, Sql::text(statement.cue)},
                               &m_error))
            return false;
    }
    return true;
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

    if (!Sql::execPrepared(m_insertArticle,
                           {article.articleId, article.date.isValid() ? QVariant(article.date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()),
                            Sql::text(article.title), Sql::text(article.source), hash, qint64(extraction.statements.size()), extractionVersion},
                           &m_error))
        return Outcome::Failed;
    const qint64 id = m_insertArticle.lastInsertId().toLongLong();
    if (!Sql::execPrepared(m_insertText, {id, article.text, Sql::text(article.url), Sql::text(article.origin), m_importTime}, &m_error)
        || !Sql::execPrepared(m_insertSearch, {id, Sql::text(article.title), article.text}, &m_error))
        return Outcome::Failed;

    QHash<qint64, int> mentions;
    if (!insertMentionsAndStatements(id, article.text, extraction, {}, &mentions) || !updateEntityCounts({}, mentions))
        return Outcome::Failed;
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
    if (!insertMentionsAndStatements(article, text, extraction, userSpans, &after) || !updateEntityCounts(before, after))
        return false;

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
