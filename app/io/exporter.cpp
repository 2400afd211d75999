#include "exporter.h"

#include "csvwriter.h"
#include "store/sql.h"

#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

namespace Verbatim {

namespace {

struct ExportDefinition {
    Exporter::What what;
    const char16_t *name;
    QStringList columns;
    const char *sql;
};

// The tags of an annotation, in codebook order, joined with "; ".
#define VERBATIM_TAGS_OF(annotation)                                                                                   \
    "(SELECT group_concat(name, '; ') FROM (SELECT tag.name AS name FROM annotation_tag JOIN tag ON tag.id = annotation_tag.tag " \
    "WHERE annotation_tag.annotation = " annotation " ORDER BY tag.position, tag.name))"

// The speaker as curated: the entity's current name, none when the user ignored it.
#define VERBATIM_SPEAKER_NAME "CASE WHEN speaker.ignored THEN '' ELSE coalesce(speaker.name, statement.speaker) END"
#define VERBATIM_SPEAKER_ID "CASE WHEN speaker.ignored THEN NULL ELSE statement.speaker_entity END"

const ExportDefinition &definition(Exporter::What what)
{
    static const ExportDefinition definitions[] = {
        {Exporter::What::Statements, u"statements",
         {QStringLiteral("article_id"), QStringLiteral("article_date"), QStringLiteral("article_title"), QStringLiteral("statement_id"),
          QStringLiteral("kind"), QStringLiteral("speaker"), QStringLiteral("text"), QStringLiteral("start"), QStringLiteral("end"),
          QStringLiteral("tags"), QStringLiteral("note"), QStringLiteral("cue"), QStringLiteral("speaker_id")},
         "SELECT article.article_id, article.date, article.title, statement.id, statement.kind, " VERBATIM_SPEAKER_NAME ", statement.text, "
         "statement.start, statement.end, " VERBATIM_TAGS_OF("annotation.id") ", annotation.note, statement.cue, " VERBATIM_SPEAKER_ID " "
         "FROM statement JOIN article ON article.id = statement.article "
         "LEFT JOIN entity AS speaker ON speaker.id = statement.speaker_entity "
         "LEFT JOIN annotation ON annotation.statement = statement.id "
         "WHERE statement.status <> 'rejected' "
         "ORDER BY article.date, article.id, statement.start, statement.id"},
        {Exporter::What::Annotations, u"annotations",
         {QStringLiteral("article_id"), QStringLiteral("article_date"), QStringLiteral("article_title"), QStringLiteral("statement_id"),
          QStringLiteral("kind"), QStringLiteral("speaker"), QStringLiteral("text"), QStringLiteral("start"), QStringLiteral("end"),
          QStringLiteral("tags"), QStringLiteral("note"), QStringLiteral("annotation_id"), QStringLiteral("created"), QStringLiteral("modified"),
          QStringLiteral("cue"), QStringLiteral("speaker_id")},
         "SELECT article.article_id, article.date, article.title, statement.id, coalesce(statement.kind, 'manual'), "
         "coalesce(" VERBATIM_SPEAKER_NAME ", ''), annotation.text, annotation.start, annotation.end, " VERBATIM_TAGS_OF("annotation.id") ", "
         "annotation.note, annotation.id, annotation.created, annotation.modified, coalesce(statement.cue, ''), " VERBATIM_SPEAKER_ID " "
         "FROM annotation JOIN article ON article.id = annotation.article "
         "LEFT JOIN statement ON statement.id = annotation.statement "
         "LEFT JOIN entity AS speaker ON speaker.id = statement.speaker_entity "
         "ORDER BY article.date, article.id, annotation.start, annotation.id"},
        {Exporter::What::Entities, u"entities",
         {QStringLiteral("entity_id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("mentions"), QStringLiteral("articles")},
         // Entities that are mentioned, that speak, or that the user made; not those the user ignored.
         "SELECT entity.id, entity.name, entity.type, entity.mention_count, entity.article_count FROM entity "
         "WHERE NOT entity.ignored AND (entity.mention_count > 0 OR entity.origin = 'user' "
         "OR EXISTS (SELECT 1 FROM statement WHERE statement.speaker_entity = entity.id AND statement.status <> 'rejected')) "
         "ORDER BY entity.type, entity.name, entity.id"},
        {Exporter::What::Articles, u"articles",
         {QStringLiteral("article_id"), QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("source"), QStringLiteral("text")},
         "SELECT article.article_id, article.date, article.title, article.source, article_text.text "
         "FROM article JOIN article_text ON article_text.article = article.id ORDER BY article.date, article.id"},
        // SQLite's substr() counts characters, so the text is cut by code points like every offset.
        {Exporter::What::Mentions, u"mentions",
         {QStringLiteral("article_id"), QStringLiteral("entity_id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("start"),
          QStringLiteral("end"), QStringLiteral("text")},
         "SELECT article.article_id, entity.id, entity.name, entity.type, mention.start, mention.end, "
         "substr(article_text.text, mention.start + 1, mention.end - mention.start) "
         "FROM mention JOIN entity ON entity.id = mention.entity JOIN article ON article.id = mention.article "
         "JOIN article_text ON article_text.article = article.id WHERE NOT entity.ignored "
         "ORDER BY article.date, article.id, mention.start"},
    };
    for (const ExportDefinition &candidate : definitions) {
        if (candidate.what == what)
            return candidate;
    }
    Q_UNREACHABLE();
}

#undef VERBATIM_TAGS_OF
#undef VERBATIM_SPEAKER_NAME
#undef VERBATIM_SPEAKER_ID

const Exporter::What allWhats[] = {Exporter::What::Statements, Exporter::What::Annotations, Exporter::What::Entities,
                                   Exporter::What::Articles, Exporter::What::Mentions};

} // namespace

QStringList Exporter::whatNames()
{
    QStringList names;
    for (const What what : allWhats)
        names.append(QString::fromUtf16(definition(what).name));
    return names;
}

bool Exporter::whatFromName(QStringView name, What *what)
{
    for (const What candidate : allWhats) {
        if (name == QStringView(definition(candidate).name)) {
            *what = candidate;
            return true;
        }
    }
    return false;
}

QStringList Exporter::columns(What what)
{
    return definition(what).columns;
}

bool Exporter::write(const QSqlDatabase &db, What what, QIODevice *device, QString *error, qint64 *rows)
{
    const ExportDefinition &export_ = definition(what);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QString::fromUtf8(export_.sql), {}, error))
        return false;

    CsvWriter writer(device);
    writer.writeRecord(export_.columns);
    const int columnCount = int(export_.columns.size());
    qint64 count = 0;
    QStringList fields;
    fields.reserve(columnCount);
    while (query.next()) {
        fields.clear();
        for (int column = 0; column < columnCount; ++column)
            fields.append(query.value(column).toString());
        writer.writeRecord(fields);
        ++count;
        if (writer.hasError())
            break;
    }
    if (writer.hasError()) {
        *error = tr("writing the CSV failed: %1").arg(device->errorString());
        return false;
    }
    if (rows)
        *rows = count;
    return true;
}

bool Exporter::writeFile(const QSqlDatabase &db, What what, const QString &path, QString *error, qint64 *rows)
{
    if (path == u"-") {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
            *error = tr("cannot write to standard output");
            return false;
        }
        return write(db, what, &standardOutput, error, rows);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    if (!write(db, what, &file, error, rows)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("cannot write \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Verbatim
