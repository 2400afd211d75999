// Project: the user's curation of entities and statements. The rest of Project is in project.cpp.
#include "project.h"

#include "corpus/textoffsets.h"
#include "entityrows.h"
#include "io/reextractor.h"
#include "projectextractor.h"
#include "search/searchquery.h"
#include "sql.h"

#include <QSqlQuery>

namespace Verbatim {

namespace {

QVariantList toVariants(const QList<qint64> &ids)
{
    QVariantList values;
    for (const qint64 id : ids)
        values.append(id);
    return values;
}

// Counts an entity's mentions and articles again (after mentions moved to or from it).
bool recount(QSqlQuery &query, qint64 entity, QString *error)
{
    return Sql::exec(query,
                     QStringLiteral("UPDATE entity SET mention_count = (SELECT count(*) FROM mention WHERE entity = ?), "
                                    "article_count = (SELECT count(DISTINCT article) FROM mention WHERE entity = ?) WHERE id = ?"),
                     {entity, entity, entity}, error);
}

// Runs `sql` with `ids` in chunks, since SQLite limits the number of bound values.
bool execForIds(QSqlQuery &query, const QString &sqlWithIn, const QVariantList &before, const QList<qint64> &ids, QString *error)
{
    constexpr qsizetype chunk = 500;
    for (qsizetype first = 0; first < ids.size(); first += chunk) {
        const QList<qint64> part = ids.mid(first, chunk);
        if (!Sql::exec(query, sqlWithIn.arg(Sql::placeholders(part.size())), before + toVariants(part), error))
            return false;
    }
    return true;
}

// Reads the project-wide aliases under the given (name, type) keys.
bool projectAliases(QSqlQuery &query, const QList<std::pair<QString, QString>> &keys, QList<EntityAlias> *aliases, QString *error)
{
    for (const auto &[name, type] : keys) {
        if (!Sql::exec(query, QStringLiteral("SELECT name, type, entity FROM entity_alias WHERE name = ? AND type = ? AND article IS NULL"),
                       {name, type}, error))
            return false;
        while (query.next())
            aliases->append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    }
    return true;
}

QList<qint64> idList(QSqlQuery &query)
{
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace

QList<EntitySummary> Project::entities() const
{
    QList<EntitySummary> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT %1 FROM entity WHERE %2 ORDER BY type, name COLLATE NOCASE")
                       .arg(QLatin1StringView(EntityRows::columns), QLatin1StringView(EntityRows::listed))))
        return result;
    while (query.next())
        result.append(EntityRows::entitySummary(query));
    return result;
}

std::optional<EntitySummary> Project::entity(qint64 id) const
{
    QSqlQuery query(database());
    if (!Sql::exec(query, QStringLiteral("SELECT %1 FROM entity WHERE id = ?").arg(QLatin1StringView(EntityRows::columns)), {id}) || !query.next())
        return std::nullopt;
    return EntityRows::entitySummary(query);
}

qint64 Project::findEntity(const QString &name, EntityType type) const
{
    return Sql::scalar(database(), QStringLiteral("SELECT id FROM entity WHERE name = ? AND type = ?"), {name, entityTypeName(type)}).toLongLong();
}

bool Project::renameEntity(qint64 id, const QString &name, EntityNaming *before)
{
    const QString newName = name.simplified();
    const std::optional<EntitySummary> current = entity(id);
    if (!current)
        return fail(tr("the entity no longer exists"));
    if (newName.isEmpty())
        return fail(tr("an entity needs a name"));
    if (newName == current->name) {
        if (before)
            *before = {id, current->name, current->type, {}, {}};
        return true;
    }
    if (const qint64 other = findEntity(newName, current->type); other != 0 && other != id)
        return fail(tr("there is already a %1 called \"%2\"; merge the two instead").arg(entityTypeName(current->type), newName));

    const QString type = entityTypeName(current->type);
    QSqlDatabase db = database();
    Sql::Transaction transaction(db, &m_error);
    QSqlQuery query(db);
    EntityNaming naming{id, current->name, current->type, {}, {{current->name, type}, {newName, type}}};
    // The old name (as the extractor writes it) keeps leading here; the new one no longer needs an alias.
    if (!projectAliases(query, naming.touchedKeys, &naming.aliases, &m_error)
        || !Sql::exec(query, QStringLiteral("UPDATE entity SET name = ? WHERE id = ?"), {newName, id}, &m_error)
        || !Sql::exec(query, QStringLiteral("DELETE FROM entity_alias WHERE name = ? AND type = ? AND article IS NULL"), {newName, type}, &m_error)
        || !Sql::exec(query, QStringLiteral("INSERT OR REPLACE INTO entity_alias (name, type, article, entity) VALUES (?, ?, NULL, ?)"),
                      {current->name, type, id}, &m_error)
        || !transaction.commit(&m_error))
        return false;
    if (before)
        *before = naming;
    Q_EMIT entitiesChanged();
    Q_EMIT extractionChanged(0);
    return true;
}

bool Project::setEntityType(qint64 id, EntityType type, EntityNaming *before)
{
    const std::optional<EntitySummary> current = entity(id);
    if (!current)
        return fail(tr("the entity no longer exists"));
    if (current->type == type) {
        if (before)
            *before = {id, current->name, current->type, {}, {}};
        return true;
    }
    if (const qint64 other = findEntity(current->name, type); other != 0)
        return fail(tr("there is already a %1 called \"%2\"; merge the two instead").arg(entityTypeName(type), current->name));

    QSqlDatabase db = database();
    Sql::Transaction transaction(db, &m_error);
    QSqlQuery query(db);
    EntityNaming naming{id, current->name, current->type, {}, {{current->name, entityTypeName(current->type)}, {current->name, entityTypeName(type)}}};
    if (!projectAliases(query, naming.touchedKeys, &naming.aliases, &m_error)
        || !Sql::exec(query, QStringLiteral("UPDATE entity SET type = ? WHERE id = ?"), {entityTypeName(type), id}, &m_error)
        || !Sql::exec(query, QStringLiteral("DELETE FROM entity_alias WHERE name = ? AND type = ? AND article IS NULL"),
                      {current->name, entityTypeName(type)}, &m_error)
        || !Sql::exec(query, QStringLiteral("INSERT OR REPLACE INTO entity_alias (name, type, article, entity) VALUES (?, ?, NULL, ?)"),
                      {current->name, entityTypeName(current->type), id}, &m_error)
        || !transaction.commit(&m_error))
        return false;
    if (before)
        *before = naming;
    Q_EMIT entitiesChanged();
    Q_EMIT extractionChanged(0);
    return true;
}

bool Project::restoreEntityNaming(const EntityNaming &before)
{
    if (!entity(before.entity))
        return fail(tr("the entity no longer exists"));
    if (const qint64 other = findEntity(before.name, before.type); other != 0 && other != before.entity)
        return fail(tr("there is now another %1 called \"%2\"").arg(entityTypeName(before.type), before.name));
    QSqlDatabase db = database();
    Sql::Transaction transaction(db, &m_error);
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("UPDATE entity SET name = ?, type = ? WHERE id = ?"),
                   {before.name, entityTypeName(before.type), before.entity}, &m_error))
        return false;
    for (const auto &[name, type] : before.touchedKeys) {
        if (!Sql::exec(query, QStringLiteral("DELETE FROM entity_alias WHERE name = ? AND type = ? AND article IS NULL"), {name, type}, &m_error))
            return false;
    }
    for (const EntityAlias &alias : before.aliases) {
        if (!Sql::exec(query, QStringLiteral("INSERT INTO entity_alias (name, type, article, entity) VALUES (?, ?, NULL, ?)"),
                       {alias.name, alias.type, alias.entity}, &m_error))
            return false;
    }
    if (!transaction.commit(&m_error))
        return false;
    Q_EMIT entitiesChanged();
    Q_EMIT extractionChanged(0);
    return true;
}

bool Project::setEntityIgnored(qint64 id, bool ignored)
{
    QSqlQuery query(database());
    if (!Sql::exec(query, QStringLiteral("UPDATE entity SET ignored = ? WHERE id = ?"), {ignored ? 1 : 0, id}, &m_error))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(tr("the entity no longer exists"));
    Q_EMIT entitiesChanged();
    Q_EMIT extractionChanged(0);
    return true;
}

bool Project::mergeEntities(qint64 from, qint64 into, EntityMerge *merge)
{
    if (from == into)
        return fail(tr("an entity cannot be merged into itself"));
    const std::optional<EntitySummary> source = entity(from);
    const std::optional<EntitySummary> target = entity(into);
    if (!source || !target)
        return fail(tr("the entity no longer exists"));

    EntityMerge record;
    record.from = *source;
    record.into = into;
    QSqlDatabase db = database();
    Sql::Transaction transaction(db, &m_error);
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("SELECT id FROM mention WHERE entity = ?"), {from}, &m_error))
        return false;
    record.mentions = idList(query);
    if (!Sql::exec(query, QStringLiteral("SELECT id FROM statement WHERE speaker_entity = ?"), {from}, &m_error))
        return false;
    record.statements = idList(query);
    if (!Sql::exec(query, QStringLiteral("SELECT rowid FROM entity_alias WHERE entity = ?"), {from}, &m_error))
        return false;
    record.aliasRows = idList(query);

    if (!Sql::exec(query, QStringLiteral("UPDATE mention SET entity = ? WHERE entity = ?"), {into, from}, &m_error)
        || !Sql::exec(query, QStringLiteral("UPDATE statement SET speaker_entity = ? WHERE speaker_entity = ?"), {into, from}, &m_error)
        || !Sql::exec(query, QStringLiteral("UPDATE entity_alias SET entity = ? WHERE entity = ?"), {into, from}, &m_error)
        || !Sql::exec(query, QStringLiteral("DELETE FROM entity WHERE id = ?"), {from}, &m_error)
        || !Sql::exec(query, QStringLiteral("INSERT OR REPLACE INTO entity_alias (name, type, article, entity) VALUES (?, ?, NULL, ?)"),
                      {source->name, entityTypeName(source->type), into}, &m_error)
        || !recount(query, into, &m_error) || !transaction.commit(&m_error))
        return false;
    if (merge)
        *merge = record;
    Q_EMIT entitiesChanged();
    Q_EMIT extractionChanged(0);
    return true;
}

bool Project::undoMerge(const EntityMerge &merge)
{
    QSqlDatabase db = database();
    Sql::Transaction transaction(db, &m_error);
    QSqlQuery query(db);
    const EntitySummary &from = merge.from;
    if (!Sql::exec(query, QStringLiteral("DELETE FROM entity_alias WHERE name = ? AND type = ? AND article IS NULL AND entity = ?"),
                   {from.name, entityTypeName(from.type), merge.into}, &m_error)
        || !Sql::exec(query, QStringLiteral("INSERT INTO entity (id, name, type, origin, ignored) VALUES (?, ?, ?, ?, ?)"),
                      {from.id, from.name, entityTypeName(from.type), from.userMade ? QStringLiteral("user") : QStringLiteral("auto"), from.ignored ? 1 : 0},
                      &m_error)
        || !execForIds(query, QStringLiteral("UPDATE mention SET entity = ? WHERE id IN (%1)"), {from.id}, merge.mentions, &m_error)
        || !execForIds(query, QStringLiteral("UPDATE statement SET speaker_entity = ? WHERE id IN (%1)"), {from.id}, merge.statements, &m_error)
        || !execForIds(query, QStringLiteral("UPDATE entity_alias SET entity = ? WHERE rowid IN (%1)"), {from.id}, merge.aliasRows, &m_error)
        || !recount(query, from.id, &m_error) || !recount(query, merge.into, &m_error) || !transaction.commit(&m_error))
        return false;
    Q_EMIT entitiesChanged();
    Q_EMIT extractionChanged(0);
    return true;
}

bool Project::splitEntity(qint64 id, qint64 article, const QString &name, EntitySplit *split)
{
    const QString newName = name.simplified();
    const std::optional<EntitySummary> current = entity(id);
    if (!current)
        return fail(tr("the entity no longer exists"));
    if (newName.isEmpty())
        return fail(tr("the new entity needs a name"));
    if (findEntity(newName, current->type) != 0)
        return fail(tr("there is already a %1 called \"%2\"").arg(entityTypeName(current->type), newName));

    EntitySplit record;
    record.from = id;
    record.article = article;
    QSqlDatabase db = database();
    Sql::Transaction transaction(db, &m_error);
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("SELECT id FROM mention WHERE entity = ? AND article = ?"), {id, article}, &m_error))
        return false;
    record.mentions = idList(query);
    if (!Sql::exec(query, QStringLiteral("SELECT id FROM statement WHERE speaker_entity = ? AND article = ?"), {id, article}, &m_error))
        return false;
    record.statements = idList(query);
    if (record.mentions.isEmpty() && record.statements.isEmpty())
        return fail(tr("\"%1\" does not occur in this article").arg(current->name));

    if (!Sql::exec(query, QStringLiteral("INSERT INTO entity (name, type, origin) VALUES (?, ?, 'user')"), {newName, entityTypeName(current->type)}, &m_error))
        return false;
    record.into = query.lastInsertId().toLongLong();
    // In this article, every name that led to the old entity leads to the new one, also after re-extraction.
    if (!Sql::exec(query,
                   QStringLiteral("INSERT OR REPLACE INTO entity_alias (name, type, article, entity) "
                                  "SELECT name, type, ?, ? FROM entity_alias WHERE entity = ? AND article IS NULL "
                                  "UNION SELECT name, type, ?, ? FROM entity WHERE id = ?"),
                   {article, record.into, id, article, record.into, id}, &m_error)
        || !execForIds(query, QStringLiteral("UPDATE mention SET entity = ? WHERE id IN (%1)"), {record.into}, record.mentions, &m_error)
        || !execForIds(query, QStringLiteral("UPDATE statement SET speaker_entity = ? WHERE id IN (%1)"), {record.into}, record.statements, &m_error)
        || !recount(query, id, &m_error) || !recount(query, record.into, &m_error) || !transaction.commit(&m_error))
        return false;
    if (split)
        *split = record;
    Q_EMIT entitiesChanged();
    Q_EMIT extractionChanged(article);
    return true;
}

bool Project::undoSplit(const EntitySplit &split)
{
    QSqlDatabase db = database();
    Sql::Transaction transaction(db, &m_error);
    QSqlQuery query(db);
    if (!execForIds(query, QStringLiteral("UPDATE mention SET entity = ? WHERE id IN (%1)"), {split.from}, split.mentions, &m_error)
        || !execForIds(query, QStringLiteral("UPDATE statement SET speaker_entity = ? WHERE id IN (%1)"), {split.from}, split.statements, &m_error)
        || !Sql::exec(query, QStringLiteral("DELETE FROM entity WHERE id = ?"), {split.into}, &m_error) // its aliases go with it
        || !recount(query, split.from, &m_error) || !transaction.commit(&m_error))
        return false;
    Q_EMIT entitiesChanged();
    Q_EMIT extractionChanged(split.article);
    return true;
}

bool Project::addEntity(const QString &name, EntityType type, qint64 *id, std::optional<EntitySummary> *existingBefore)
{
    const QString newName = name.simplified();
    if (newName.isEmpty())
        return fail(tr("an entity needs a name"));
    QSqlDatabase db = database();
    const qint64 existing = findEntity(newName, type);
    const std::optional<EntitySummary> found = existing != 0 ? entity(existing) : std::nullopt;
    if (found && found->userMade)
        return fail(tr("\"%1\" is already a %2 of yours").arg(newName, entityTypeName(type)));

    // The articles that contain the name, found through the full-text index, are extracted again with it.
    const SearchQuery phrase(QStringLiteral("\"%1\"").arg(newName));
    QList<qint64> articles;
    QSqlQuery query(db);
    if (!phrase.isEmpty()) {
        if (!Sql::exec(query, QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ?"), {phrase.ftsExpression()}, &m_error))
            return false;
        articles = idList(query);
    }

    Sql::Transaction transaction(db, &m_error);
    qint64 entityId = existing;
    if (existing != 0) {
        if (!Sql::exec(query, QStringLiteral("UPDATE entity SET origin = 'user', ignored = 0 WHERE id = ?"), {existing}, &m_error))
            return false;
    } else {
        if (!Sql::exec(query, QStringLiteral("INSERT INTO entity (name, type, origin) VALUES (?, ?, 'user')"), {newName, entityTypeName(type)}, &m_error))
            return false;
        entityId = query.lastInsertId().toLongLong();
    }
    const ProjectExtractor extractor(db);
    ReextractionCounts counts;
    if (!Reextractor::reextractArticles(db, articles, extractor, &counts, &m_error) || !transaction.commit(&m_error))
        return false;
    if (id)
        *id = entityId;
    if (existingBefore)
        *existingBefore = found;
    Q_EMIT entitiesChanged();
    Q_EMIT extractionChanged(0);
    Q_EMIT annotationsChanged(0);
    return true;
}

bool Project::removeAddedEntity(qint64 id, const std::optional<EntitySummary> &existing)
{
    const std::optional<EntitySummary> current = entity(id);
    if (!current)
        return fail(tr("the entity no longer exists"));
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("SELECT DISTINCT article FROM mention WHERE entity = ?"), {id}, &m_error))
        return false;
    const QList<qint64> articles = idList(query);

    Sql::Transaction transaction(db, &m_error);
    const bool extractorsBefore = existing && existing->id == id;
    if (extractorsBefore) {
        if (!Sql::exec(query, QStringLiteral("UPDATE entity SET origin = 'auto', ignored = ? WHERE id = ?"), {existing->ignored ? 1 : 0, id}, &m_error))
            return false;
    } else if (!Sql::exec(query, QStringLiteral("DELETE FROM entity WHERE id = ?"), {id}, &m_error)) {
        return false;
    }
    const ProjectExtractor extractor(db);
    ReextractionCounts counts;
    if (!Reextractor::reextractArticles(db, articles, extractor, &counts, &m_error) || !transaction.commit(&m_error))
        return false;
    Q_EMIT entitiesChanged();
    Q_EMIT extractionChanged(0);
    Q_EMIT annotationsChanged(0);
    return true;
}

bool Project::updateStatement(qint64 id, qint64 speakerEntity, StatementKind kind)
{
    QSqlDatabase db = database();
    const qint64 article = Sql::scalar(db, QStringLiteral("SELECT article FROM statement WHERE id = ?"), {id}).toLongLong();
    if (article == 0)
        return fail(tr("the statement no longer exists"));
    QString speaker;
    if (speakerEntity != 0) {
        const std::optional<EntitySummary> chosen = entity(speakerEntity);
        if (!chosen)
            return fail(tr("that speaker no longer exists"));
        speaker = chosen->name;
    }
    QSqlQuery query(db);
    // The speaker's position in the text no longer applies once the user has named the speaker.
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE statement SET speaker_entity = ?, speaker = ?, kind = ?, "
                                  "speaker_start = CASE WHEN speaker_entity IS ? THEN speaker_start END, "
                                  "speaker_end = CASE WHEN speaker_entity IS ? THEN speaker_end END, "
                                  "status = CASE status WHEN 'auto' THEN 'edited' ELSE status END WHERE id = ?"),
                   {speakerEntity != 0 ? QVariant(speakerEntity) : QVariant(QMetaType::fromType<qint64>()), Sql::text(speaker),
                    statementKindName(kind), speakerEntity != 0 ? QVariant(speakerEntity) : QVariant(QMetaType::fromType<qint64>()),
                    speakerEntity != 0 ? QVariant(speakerEntity) : QVariant(QMetaType::fromType<qint64>()), id},
                   &m_error))
        return false;
    Q_EMIT extractionChanged(article);
    return true;
}

bool Project::restoreStatement(const Statement &statement)
{
    QSqlDatabase db = database();
    const QString text = articleText(statement.article).value_or(QString());
    const TextOffsets offsets(text);
    const QVariant none(QMetaType::fromType<qint64>());
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE statement SET speaker_entity = ?, speaker = ?, kind = ?, speaker_start = ?, speaker_end = ?, "
                                  "status = ? WHERE id = ?"),
                   {statement.speakerEntity != 0 ? QVariant(statement.speakerEntity) : none, Sql::text(statement.speaker),
                    statementKindName(statement.kind), statement.speakerStart >= 0 ? QVariant(offsets.toCodePoint(statement.speakerStart)) : none,
                    statement.speakerStart >= 0 ? QVariant(offsets.toCodePoint(statement.speakerEnd)) : none, statement.status, statement.id},
                   &m_error))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(tr("the statement no longer exists"));
    Q_EMIT extractionChanged(statement.article);
    return true;
}

bool Project::rejectStatement(qint64 id, StatementRejection *rejection)
{
    QSqlDatabase db = database();
    const qint64 article = Sql::scalar(db, QStringLiteral("SELECT article FROM statement WHERE id = ?"), {id}).toLongLong();
    if (article == 0)
        return fail(tr("the statement no longer exists"));
    const QString status = Sql::scalar(db, QStringLiteral("SELECT status FROM statement WHERE id = ?"), {id}).toString();
    if (status == u"rejected")
        return fail(tr("the statement is already marked as not a statement"));
    const qint64 annotation = Sql::scalar(db, QStringLiteral("SELECT id FROM annotation WHERE statement = ?"), {id}).toLongLong();
    Sql::Transaction transaction(db, &m_error);
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("UPDATE annotation SET statement = NULL WHERE statement = ?"), {id}, &m_error)
        || !Sql::exec(query, QStringLiteral("UPDATE statement SET status = 'rejected' WHERE id = ?"), {id}, &m_error)
        || !Sql::exec(query, QStringLiteral("UPDATE article SET statement_count = statement_count - 1 WHERE id = ?"), {article}, &m_error)
        || !transaction.commit(&m_error))
        return false;
    if (rejection)
        *rejection = {annotation, status};
    Q_EMIT extractionChanged(article);
    Q_EMIT annotationsChanged(article);
    return true;
}

bool Project::unrejectStatement(qint64 id, const StatementRejection &rejection)
{
    QSqlDatabase db = database();
    const qint64 article = Sql::scalar(db, QStringLiteral("SELECT article FROM statement WHERE id = ?"), {id}).toLongLong();
    if (article == 0)
        return fail(tr("the statement no longer exists"));
    Sql::Transaction transaction(db, &m_error);
    QSqlQuery query(db);
    const QString status = rejection.previousStatus.isEmpty() ? QStringLiteral("edited") : rejection.previousStatus;
    if (!Sql::exec(query, QStringLiteral("UPDATE statement SET status = ? WHERE id = ? AND status = 'rejected'"), {status, id}, &m_error))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(tr("the statement is no longer marked as not a statement"));
    if (!Sql::exec(query, QStringLiteral("UPDATE article SET statement_count = statement_count + 1 WHERE id = ?"), {article}, &m_error))
        return false;
    if (rejection.detachedAnnotation != 0
        && !Sql::exec(query, QStringLiteral("UPDATE annotation SET statement = ? WHERE id = ?"), {id, rejection.detachedAnnotation}, &m_error))
        return false;
    if (!transaction.commit(&m_error))
        return false;
    Q_EMIT extractionChanged(article);
    Q_EMIT annotationsChanged(article);
    return true;
}

bool Project::insertStatement(Statement *statement)
{
    const std::optional<QString> text = articleText(statement->article);
    if (!text)
        return fail(tr("the article is no longer in the project"));
    if (statement->start < 0 || statement->end <= statement->start || statement->end > text->size())
        return fail(tr("the statement's span %1-%2 is outside the article").arg(statement->start).arg(statement->end));
    const TextOffsets offsets(*text);
    statement->text = text->sliced(statement->start, statement->end - statement->start);
    statement->status = QStringLiteral("manual");
    QString speaker;
    if (statement->speakerEntity != 0) {
        const std::optional<EntitySummary> chosen = entity(statement->speakerEntity);
        if (!chosen)
            return fail(tr("that speaker no longer exists"));
        speaker = chosen->name;
    }
    statement->speaker = speaker;
    const QVariant none(QMetaType::fromType<qint64>());
    QSqlDatabase db = database();
    Sql::Transaction transaction(db, &m_error);
    QSqlQuery query(db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO statement (id, article, kind, start, end, text, speaker, speaker_entity, cue, status) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', 'manual')"),
                   {statement->id > 0 ? QVariant(statement->id) : none, statement->article, statementKindName(statement->kind),
                    offsets.toCodePoint(statement->start), offsets.toCodePoint(statement->end), statement->text, Sql::text(speaker),
                    statement->speakerEntity != 0 ? QVariant(statement->speakerEntity) : none},
                   &m_error))
        return false;
    const qint64 id = query.lastInsertId().toLongLong();
    if (!Sql::exec(query, QStringLiteral("UPDATE article SET statement_count = statement_count + 1 WHERE id = ?"), {statement->article}, &m_error)
        || !transaction.commit(&m_error))
        return false;
    statement->id = id;
    Q_EMIT extractionChanged(statement->article);
    return true;
}

bool Project::deleteStatement(qint64 id)
{
    QSqlDatabase db = database();
    const qint64 article = Sql::scalar(db, QStringLiteral("SELECT article FROM statement WHERE id = ?"), {id}).toLongLong();
    if (article == 0)
        return fail(tr("the statement no longer exists"));
    Sql::Transaction transaction(db, &m_error);
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("DELETE FROM statement WHERE id = ?"), {id}, &m_error)
        || !Sql::exec(query,
                      QStringLiteral("UPDATE article SET statement_count = (SELECT count(*) FROM statement WHERE article = ? AND status <> 'rejected') "
                                     "WHERE id = ?"),
                      {article, article}, &m_error)
        || !transaction.commit(&m_error))
        return false;
    Q_EMIT extractionChanged(article);
    Q_EMIT annotationsChanged(article);
    return true;
}

} // namespace Verbatim
