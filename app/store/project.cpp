#include "project.h"

#include "corpus/textoffsets.h"
#include "entityrows.h"
#include "projectfile.h"
#include "schema.h"
#include "sql.h"
#include "sqlcursor.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

namespace Verbatim {

namespace {

QString timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timestampFromString(const QString &value)
{
    return QDateTime::fromString(value, Qt::ISODateWithMs);
}

struct StarterTag {
    const char *name;
    const char *colour;
    const char *description;
};

// A small codebook for who-said-what coding, so that a new project can be tagged at once; every entry can be
// renamed, recoloured or deleted.
const StarterTag starterTags[] = {
    {"Position", "#1f77b4", "States a negotiating position or a condition"},
    {"Commitment", "#2ca02c", "Promises or commits to an action"},
    {"Threat", "#d62728", "Warns of or threatens consequences"},
    {"Blame", "#ff7f0e", "Attributes responsibility or blame to another party"},
    {"To verify", "#9467bd", "A factual claim to check"},
};

} // namespace

std::unique_ptr<Project> Project::open(const QString &path, OpenMode mode, QString *error)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    const ProjectFile::Check check = ProjectFile::inspect(absolutePath);
    switch (check.state) {
    case ProjectFile::State::Missing:
        if (mode == OpenMode::OpenExisting) {
            *error = tr("\"%1\" does not exist").arg(absolutePath);
            return nullptr;
        }
        if (!QDir().mkpath(QFileInfo(absolutePath).absolutePath())) {
            *error = tr("the folder for \"%1\" cannot be created").arg(absolutePath);
            return nullptr;
        }
        break;
    case ProjectFile::State::Empty:
        // An empty file may become a project only where creating one was asked for (a file made by a save dialog).
        if (mode == OpenMode::OpenExisting) {
            *error = tr("\"%1\" is empty, not a Verbatim project; it was left unchanged").arg(absolutePath);
            return nullptr;
        }
        break;
    case ProjectFile::State::Project:
        break;
    case ProjectFile::State::NotSqlite:
    case ProjectFile::State::Foreign:
    case ProjectFile::State::Newer:
    case ProjectFile::State::Unreadable:
        *error = check.message;
        return nullptr;
    }

    const QString connectionName = ProjectFile::uniqueConnectionName(u"project");
    bool ok = false;
    {
        QSqlDatabase db = ProjectFile::openConnection(absolutePath, connectionName, error);
        ok = db.isOpen();
        if (ok && check.version < Schema::currentVersion) {
            QSqlQuery query(db);
            if (check.version > 0) {
                // Keep the project as it was before changing its format.
                const QString backup = absolutePath + QStringLiteral(".format%1.bak").arg(check.version);
                QFile::remove(backup);
                ok = Sql::exec(query, QStringLiteral("VACUUM INTO ?"), {backup}, error);
            }
            if (ok) {
                Sql::Transaction transaction(db, error);
                ok = transaction.isActive() && Schema::migrate(db, check.version, error);
                if (ok && check.version == 0) {
                    ok = Sql::exec(query, QStringLiteral("INSERT INTO project_info (key, value) VALUES ('created', ?), ('created_by', ?)"),
                                   {timestampNow(), QStringLiteral("Verbatim %1").arg(QCoreApplication::applicationVersion())},
                                   error);
                    int position = 0;
                    for (const StarterTag &tag : starterTags) {
                        ok = ok && Sql::exec(query, QStringLiteral("INSERT INTO tag (name, colour, description, position) VALUES (?, ?, ?, ?)"),
                                             {QString::fromUtf8(tag.name), QString::fromLatin1(tag.colour), QString::fromUtf8(tag.description), position++},
                                             error);
                    }
                }
                ok = ok && transaction.commit(error);
            }
        }
        if (!ok)
            db.close();
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(connectionName);
        return nullptr;
    }
    return std::unique_ptr<Project>(new Project(absolutePath, connectionName));
}

Project::Project(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{
}

Project::~Project()
{
    {
        QSqlDatabase db = database();
        // Fold the write-ahead log back into the file, so that the project is one file again when Verbatim is closed.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Project::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Project::fail(const QString &error)
{
    m_error = error;
    return false;
}

ProjectCounts Project::counts() const
{
    const QSqlDatabase db = database();
    auto count = [&](const char *table) {
        return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table))).toLongLong();
    };
    ProjectCounts counts;
    counts.articles = count("article");
    counts.statements = count("statement");
    counts.entities = count("entity");
    counts.mentions = count("mention");
    counts.tags = count("tag");
    counts.annotations = count("annotation");
    return counts;
}

qint64 Project::findArticle(const QString &articleId) const
{
    return Sql::scalar(database(), QStringLiteral("SELECT id FROM article WHERE article_id = ?"), {articleId}).toLongLong();
}

std::optional<ArticleSummary> Project::articleSummary(qint64 article) const
{
    const ArticleSummary summary = articleSummaries({article}).constFirst();
    if (summary.id == 0)
        return std::nullopt;
    return summary;
}

QList<ArticleSummary> Project::articleSummaries(const QList<qint64> &articles) const
{
    QVariantList ids;
    ids.reserve(articles.size());
    for (const qint64 article : articles)
        ids.append(article);
    QHash<qint64, ArticleSummary> byId;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (Sql::exec(query,
                  QStringLiteral("SELECT id, article_id, date, title, source, statement_count, tag_count FROM article WHERE id IN (%1)")
                      .arg(Sql::placeholders(ids.size())),
                  ids)) {
        while (query.next()) {
            ArticleSummary summary;
            summary.id = query.value(0).toLongLong();
            summary.articleId = query.value(1).toString();
            summary.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
            summary.title = query.value(3).toString();
            summary.source = query.value(4).toString();
            summary.statementCount = query.value(5).toInt();
            summary.tagCount = query.value(6).toInt();
            byId.insert(summary.id, summary);
        }
    }
    QList<ArticleSummary> summaries;
    summaries.reserve(articles.size());
    for (const qint64 article : articles)
        summaries.append(byId.value(article));
    return summaries;
}

std::optional<QString> Project::articleText(qint64 article) const
{
    QSqlQuery query(database());
    if (!Sql::exec(query, QStringLiteral("SELECT text FROM article_text WHERE article = ?"), {article}) || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

namespace {

// Reads the columns id, kind, start, end, text, speaker, speaker_entity, speaker_start, speaker_end, cue, status.
Statement statementFromRow(const QSqlQuery &query, qint64 article, const TextOffsets &offsets)
{
    Statement statement;
    statement.id = query.value(0).toLongLong();
    statement.article = article;
    statementKindFromName(query.value(1).toString(), &statement.kind);
    statement.start = offsets.toUtf16(query.value(2).toLongLong());
    statement.end = offsets.toUtf16(query.value(3).toLongLong());
    statement.text = query.value(4).toString();
    statement.speaker = query.value(5).toString();
    statement.speakerEntity = query.value(6).toLongLong();
    if (!query.value(7).isNull()) {
        statement.speakerStart = offsets.toUtf16(query.value(7).toLongLong());
        statement.speakerEnd = offsets.toUtf16(query.value(8).toLongLong());
    }
    statement.cue = query.value(9).toString();
    statement.status = query.value(10).toString();
    return statement;
}

} // namespace

std::optional<Statement> Project::storedStatement(qint64 id) const
{
    const qint64 article = Sql::scalar(database(), QStringLiteral("SELECT article FROM statement WHERE id = ?"), {id}).toLongLong();
    const std::optional<QString> text = articleText(article);
    if (!text)
        return std::nullopt;
    QSqlQuery query(database());
    if (!Sql::exec(query,
                   QStringLiteral("SELECT id, kind, start, end, text, speaker, speaker_entity, speaker_start, speaker_end, cue, status "
                                  "FROM statement WHERE id = ?"),
                   {id})
        || !query.next())
        return std::nullopt;
    return statementFromRow(query, article, TextOffsets(*text));
}

std::optional<ArticleContent> Project::articleContent(qint64 article) const
{
    const std::optional<ArticleSummary> summary = articleSummary(article);
    if (!summary)
        return std::nullopt;
    ArticleContent content;
    content.summary = *summary;

    const QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("SELECT text, url, origin FROM article_text WHERE article = ?"), {article}) || !query.next())
        return std::nullopt;
    content.text = query.value(0).toString();
    content.url = query.value(1).toString();
    content.origin = query.value(2).toString();
    const TextOffsets offsets(content.text);

    if (Sql::exec(query,
                  QStringLiteral("SELECT statement.id, statement.kind, statement.start, statement.end, statement.text, "
                                 "CASE WHEN entity.ignored THEN '' ELSE coalesce(entity.name, statement.speaker) END, "
                                 "CASE WHEN entity.ignored THEN NULL ELSE statement.speaker_entity END, "
                                 "statement.speaker_start, statement.speaker_end, statement.cue, statement.status "
                                 "FROM statement LEFT JOIN entity ON entity.id = statement.speaker_entity "
                                 "WHERE statement.article = ? AND statement.status <> 'rejected' ORDER BY statement.start, statement.id"),
                  {article})) {
        while (query.next())
            content.statements.append(statementFromRow(query, article, offsets));
    }

    if (Sql::exec(query,
                  QStringLiteral("SELECT mention.id, mention.entity, entity.name, entity.type, mention.start, mention.end "
                                 "FROM mention JOIN entity ON entity.id = mention.entity WHERE mention.article = ? AND NOT entity.ignored "
                                 "ORDER BY mention.start"),
                  {article})) {
        while (query.next()) {
            Mention mention;
            mention.id = query.value(0).toLongLong();
            mention.entity = query.value(1).toLongLong();
            mention.name = query.value(2).toString();
            entityTypeFromName(query.value(3).toString(), &mention.type);
            mention.start = offsets.toUtf16(query.value(4).toLongLong());
            mention.end = offsets.toUtf16(query.value(5).toLongLong());
            content.mentions.append(mention);
        }
    }

    content.annotations = annotations(QStringLiteral("annotation.article = ?"), {article}, content.text);
    return content;
}

QList<Annotation> Project::annotations(const QString &where, const QVariantList &values, const QString &articleText) const
{
    const QSqlDatabase db = database();
    QSqlQuery query(db);
    QList<Annotation> result;
    if (!Sql::exec(query,
                   QStringLiteral("SELECT id, article, statement, start, end, text, note, created, modified FROM annotation WHERE %1 "
                                  "ORDER BY start, id")
                       .arg(where),
                   values))
        return result;
    QHash<qint64, qsizetype> indexById;
    QString text = articleText;
    // Scanning the text for surrogate pairs takes a pass over it: once, not once per annotation (a long article
    // with many annotations made that quadratic).
    std::optional<TextOffsets> offsetsOfText;
    while (query.next()) {
        Annotation annotation;
        annotation.id = query.value(0).toLongLong();
        annotation.article = query.value(1).toLongLong();
        annotation.statement = query.value(2).toLongLong();
        if (text.isNull())
            text = this->articleText(annotation.article).value_or(QString());
        if (!offsetsOfText)
            offsetsOfText.emplace(text);
        const TextOffsets &offsets = *offsetsOfText;
        annotation.start = offsets.toUtf16(query.value(3).toLongLong());
        annotation.end = offsets.toUtf16(query.value(4).toLongLong());
        annotation.text = query.value(5).toString();
        annotation.note = query.value(6).toString();
        annotation.created = timestampFromString(query.value(7).toString());
        annotation.modified = timestampFromString(query.value(8).toString());
        indexById.insert(annotation.id, result.size());
        result.append(annotation);
    }
    if (result.isEmpty())
        return result;

    if (Sql::exec(query,
                  QStringLiteral("SELECT annotation_tag.annotation, annotation_tag.tag FROM annotation_tag "
                                 "JOIN annotation ON annotation.id = annotation_tag.annotation "
                                 "JOIN tag ON tag.id = annotation_tag.tag WHERE %1 ORDER BY tag.position, tag.name")
                      .arg(where),
                  values)) {
        while (query.next()) {
            const qsizetype index = indexById.value(query.value(0).toLongLong(), -1);
            if (index >= 0)
                result[index].tagIds.append(query.value(1).toLongLong());
        }
    }
    return result;
}

std::optional<Annotation> Project::annotation(qint64 id) const
{
    const QList<Annotation> found = annotations(QStringLiteral("annotation.id = ?"), {id}, QString());
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<Annotation> Project::annotationForStatement(qint64 statement) const
{
    const QList<Annotation> found = annotations(QStringLiteral("annotation.statement = ?"), {statement}, QString());
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<std::pair<qint64, QString>> Project::speakerChoices() const
{
    QList<std::pair<qint64, QString>> choices;
    Sql::Cursor cursor(database(),
                       QStringLiteral("SELECT id, name FROM entity WHERE NOT ignored AND type IN ('person', 'organisation', 'group') AND %1")
                           .arg(QLatin1StringView(EntityRows::listed)));
    while (cursor.next())
        choices.append({cursor.integer(0), QString::fromUtf8(cursor.text(1))});
    // By name as the user reads it (SQLite's NOCASE folds only ASCII).
    std::sort(choices.begin(), choices.end(), [](const auto &a, const auto &b) { return a.second.compare(b.second, Qt::CaseInsensitive) < 0; });
    return choices;
}

QList<Tag> Project::tags() const
{
    QSqlQuery query(database());
    QList<Tag> tags;
    if (!Sql::exec(query, QStringLiteral("SELECT id, name, colour, description, position FROM tag ORDER BY position, name COLLATE NOCASE")))
        return tags;
    while (query.next()) {
        Tag tag;
        tag.id = query.value(0).toLongLong();
        tag.name = query.value(1).toString();
        tag.colour = QColor::fromString(query.value(2).toString());
        tag.description = query.value(3).toString();
        tag.position = query.value(4).toInt();
        tags.append(tag);
    }
    return tags;
}

std::optional<Tag> Project::tag(qint64 id) const
{
    for (const Tag &tag : tags()) {
        if (tag.id == id)
            return tag;
    }
    return std::nullopt;
}

bool Project::tagNameTaken(const QString &name, qint64 except) const
{
    // SQLite's NOCASE folds only ASCII letters; "Économie" and "économie" are one name too.
    const QList<Tag> existing = tags();
    return std::any_of(existing.cbegin(), existing.cend(), [&](const Tag &tag) {
        return tag.id != except && tag.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

bool Project::refreshTagCounts(const QList<qint64> &articles)
{
    QSqlQuery query(database());
    if (!query.prepare(QStringLiteral("UPDATE article SET tag_count = (SELECT count(*) FROM annotation_tag "
                                      "JOIN annotation ON annotation.id = annotation_tag.annotation WHERE annotation.article = article.id) "
                                      "WHERE id = ?")))
        return fail(tr("cannot count tags"));
    for (const qint64 article : articles) {
        if (!Sql::execPrepared(query, {article}, &m_error))
            return false;
    }
    return true;
}

bool Project::insertAnnotation(Annotation *annotation)
{
    const std::optional<QString> text = articleText(annotation->article);
    if (!text)
        return fail(tr("the article of this annotation is no longer in the project"));
    if (annotation->start < 0 || annotation->end < annotation->start || annotation->end > text->size())
        return fail(tr("the annotated span %1-%2 is outside the article").arg(annotation->start).arg(annotation->end));

    const TextOffsets offsets(*text);
    annotation->text = text->sliced(annotation->start, annotation->end - annotation->start);
    const QString now = timestampNow();
    if (!annotation->created.isValid())
        annotation->created = timestampFromString(now);
    if (!annotation->modified.isValid())
        annotation->modified = annotation->created;

    QSqlDatabase db = database();
    Sql::Transaction transaction(db, &m_error);
    QSqlQuery query(db);
    const bool inserted = Sql::exec(
        query,
        QStringLiteral("INSERT INTO annotation (id, article, statement, start, end, text, note, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {annotation->id > 0 ? QVariant(annotation->id) : QVariant(QMetaType::fromType<qint64>()), annotation->article,
         annotation->statement > 0 ? QVariant(annotation->statement) : QVariant(QMetaType::fromType<qint64>()),
         offsets.toCodePoint(annotation->start), offsets.toCodePoint(annotation->end), annotation->text, Sql::text(annotation->note),
         annotation->created.toString(Qt::ISODateWithMs), annotation->modified.toString(Qt::ISODateWithMs)},
        &m_error);
    if (!inserted)
        return false;
    const qint64 id = query.lastInsertId().toLongLong();
    for (const qint64 tag : std::as_const(annotation->tagIds)) {
        if (!Sql::exec(query, QStringLiteral("INSERT INTO annotation_tag (annotation, tag) VALUES (?, ?)"), {id, tag}, &m_error))
            return false;
    }
    if (!refreshTagCounts({annotation->article}) || !transaction.commit(&m_error))
        return false;
    annotation->id = id;
    Q_EMIT annotationsChanged(annotation->article);
    return true;
}

bool Project::updateAnnotation(const Annotation &annotation)
{
    QSqlDatabase db = database();
    Sql::Transaction transaction(db, &m_error);
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("UPDATE annotation SET note = ?, modified = ? WHERE id = ?"),
                   {Sql::text(annotation.note), timestampNow(), annotation.id}, &m_error))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(tr("the annotation no longer exists"));
    if (!Sql::exec(query, QStringLiteral("DELETE FROM annotation_tag WHERE annotation = ?"), {annotation.id}, &m_error))
        return false;
    for (const qint64 tag : annotation.tagIds) {
        if (!Sql::exec(query, QStringLiteral("INSERT INTO annotation_tag (annotation, tag) VALUES (?, ?)"), {annotation.id, tag}, &m_error))
            return false;
    }
    if (!refreshTagCounts({annotation.article}) || !transaction.commit(&m_error))
        return false;
    Q_EMIT annotationsChanged(annotation.article);
    return true;
}

bool Project::deleteAnnotation(qint64 id)
{
    QSqlDatabase db = database();
    const qint64 article = Sql::scalar(db, QStringLiteral("SELECT article FROM annotation WHERE id = ?"), {id}).toLongLong();
    if (article == 0)
        return fail(tr("the annotation no longer exists"));
    Sql::Transaction transaction(db, &m_error);
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("DELETE FROM annotation WHERE id = ?"), {id}, &m_error) || !refreshTagCounts({article})
        || !transaction.commit(&m_error))
        return false;
    Q_EMIT annotationsChanged(article);
    return true;
}

bool Project::insertTag(Tag *tag, const QList<qint64> &taggedAnnotations)
{
    const QString name = tag->name.simplified();
    if (name.isEmpty())
        return fail(tr("a tag needs a name"));
    if (name.contains(Tag::nameSeparator))
        return fail(tr("a tag's name cannot contain \"%1\", which separates tag names in the exports").arg(Tag::nameSeparator));
    QSqlDatabase db = database();
    if (tagNameTaken(name, 0))
        return fail(tr("the codebook already has a tag called \"%1\"").arg(name));

    Sql::Transaction transaction(db, &m_error);
    QSqlQuery query(db);
    if (tag->position <= 0 && tag->id == 0)
        tag->position = Sql::scalar(db, QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM tag")).toInt();
    if (!Sql::exec(query, QStringLiteral("INSERT INTO tag (id, name, colour, description, position) VALUES (?, ?, ?, ?, ?)"),
                   {tag->id > 0 ? QVariant(tag->id) : QVariant(QMetaType::fromType<qint64>()), name,
                    tag->colour.isValid() ? tag->colour.name() : QStringLiteral("#808080"), Sql::text(tag->description), tag->position},
                   &m_error))
        return false;
    const qint64 id = query.lastInsertId().toLongLong();

    QList<qint64> articles;
    for (const qint64 annotationId : taggedAnnotations) {
        const qint64 article = Sql::scalar(db, QStringLiteral("SELECT article FROM annotation WHERE id = ?"), {annotationId}).toLongLong();
        if (article == 0)
            continue;
        if (!Sql::exec(query, QStringLiteral("INSERT OR IGNORE INTO annotation_tag (annotation, tag) VALUES (?, ?)"), {annotationId, id}, &m_error))
            return false;
        if (!articles.contains(article))
            articles.append(article);
    }
    if (!refreshTagCounts(articles) || !transaction.commit(&m_error))
        return false;
    tag->id = id;
    tag->name = name;
    Q_EMIT tagsChanged();
    if (!articles.isEmpty())
        Q_EMIT annotationsChanged(articles.size() == 1 ? articles.constFirst() : 0);
    return true;
}

bool Project::updateTag(const Tag &tag)
{
    const QString name = tag.name.simplified();
    if (name.isEmpty())
        return fail(tr("a tag needs a name"));
    if (name.contains(Tag::nameSeparator))
        return fail(tr("a tag's name cannot contain \"%1\", which separates tag names in the exports").arg(Tag::nameSeparator));
    QSqlDatabase db = database();
    if (tagNameTaken(name, tag.id))
        return fail(tr("the codebook already has a tag called \"%1\"").arg(name));
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("UPDATE tag SET name = ?, colour = ?, description = ?, position = ? WHERE id = ?"),
                   {name, tag.colour.name(), Sql::text(tag.description), tag.position, tag.id}, &m_error))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(tr("the tag no longer exists"));
    Q_EMIT tagsChanged();
    return true;
}

bool Project::deleteTag(qint64 id, QList<qint64> *taggedAnnotations)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    QList<qint64> annotationIds;
    QList<qint64> articles;
    if (!Sql::exec(query, QStringLiteral("SELECT annotation_tag.annotation, annotation.article FROM annotation_tag "
                                         "JOIN annotation ON annotation.id = annotation_tag.annotation WHERE annotation_tag.tag = ?"),
                   {id}, &m_error))
        return false;
    while (query.next()) {
        annotationIds.append(query.value(0).toLongLong());
        if (!articles.contains(query.value(1).toLongLong()))
            articles.append(query.value(1).toLongLong());
    }

    Sql::Transaction transaction(db, &m_error);
    if (!Sql::exec(query, QStringLiteral("DELETE FROM tag WHERE id = ?"), {id}, &m_error))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(tr("the tag no longer exists"));
    if (!refreshTagCounts(articles) || !transaction.commit(&m_error))
        return false;
    if (taggedAnnotations)
        *taggedAnnotations = annotationIds;
    Q_EMIT tagsChanged();
    if (!articles.isEmpty())
        Q_EMIT annotationsChanged(articles.size() == 1 ? articles.constFirst() : 0);
    return true;
}

void Project::notifyEditFailed(const QString &action)
{
    Q_EMIT editFailed(tr("%1 failed, and the project was left as it was: %2").arg(action, m_error));
}

void Project::notifyArticlesChanged()
{
    Q_EMIT articlesChanged();
}

} // namespace Verbatim
