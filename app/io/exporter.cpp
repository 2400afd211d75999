#include "exporter.h"

#include "csvwriter.h"
#include "store/entityrows.h"
#include "store/projectfile.h"
#include "store/sql.h"
#include "store/sqlcursor.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStorageInfo>

namespace Verbatim {

namespace {

struct ExportDefinition {
    Exporter::What what;
    const char16_t *name;
    QStringList columns;
    QString sql;
};

// The tags of an annotation, in codebook order, joined with "; ".
#define VERBATIM_TAGS_OF(annotation)                                                                                   \
    "(SELECT group_concat(name, '; ') FROM (SELECT tag.name AS name FROM annotation_tag JOIN tag ON tag.id = annotation_tag.tag " \
    "WHERE annotation_tag.annotation = " annotation " ORDER BY tag.position, tag.name))"

// The speaker as curated: the entity's current name, none when the user ignored it.
#define VERBATIM_SPEAKER_NAME "CASE WHEN speaker.ignored THEN '' ELSE coalesce(speaker.name, statement.speaker) END"
#define VERBATIM_SPEAKER_ID "CASE WHEN speaker.ignored THEN NULL ELSE statement.speaker_entity END"

// The statements export without its WHERE and ORDER BY: writeStatements() chooses the rows. Its columns are the
// export's, then the article's row id, which is not written.
const char *const statementColumns =
    "SELECT article.article_id, article.date, article.title, statement.id, statement.kind, " VERBATIM_SPEAKER_NAME ", statement.text, "
    "statement.start, statement.end, " VERBATIM_TAGS_OF("annotation.id") ", annotation.note, statement.cue, " VERBATIM_SPEAKER_ID ", "
    "statement.article "
    "FROM statement JOIN article ON article.id = statement.article "
    "LEFT JOIN entity AS speaker ON speaker.id = statement.speaker_entity "
    "LEFT JOIN annotation ON annotation.statement = statement.id ";

// The same columns for whole articles, in three narrower reads per batch: each article's columns once (not once per
// statement), the annotations of the batch (most statements have none, and the tags subquery ran for every one),
// and the statements with their speaker. Half of SQLite's work per row, by callgrind.
const char *const batchArticles = "SELECT id, article_id, date, title FROM article WHERE id IN (%1)";
const char *const batchAnnotations =
    "SELECT annotation.statement, " VERBATIM_TAGS_OF("annotation.id") ", annotation.note FROM annotation "
    "WHERE annotation.article IN (%1) AND annotation.statement IS NOT NULL";
const char *const batchStatements =
    "SELECT statement.id, statement.kind, " VERBATIM_SPEAKER_NAME ", statement.text, statement.start, statement.end, statement.cue, "
    VERBATIM_SPEAKER_ID ", statement.article FROM statement LEFT JOIN entity AS speaker ON speaker.id = statement.speaker_entity "
    "WHERE statement.article IN (%1) AND statement.status <> 'rejected' ORDER BY statement.article, statement.start, statement.id";

const ExportDefinition &definition(Exporter::What what)
{
    static const ExportDefinition definitions[] = {
        {Exporter::What::Statements, u"statements",
         {QStringLiteral("article_id"), QStringLiteral("article_date"), QStringLiteral("article_title"), QStringLiteral("statement_id"),
          QStringLiteral("kind"), QStringLiteral("speaker"), QStringLiteral("text"), QStringLiteral("start"), QStringLiteral("end"),
          QStringLiteral("tags"), QStringLiteral("note"), QStringLiteral("cue"), QStringLiteral("speaker_id")},
         {}}, // written by Exporter::writeStatements() from statementColumns
        {Exporter::What::Annotations, u"annotations",
         {QStringLiteral("article_id"), QStringLiteral("article_date"), QStringLiteral("article_title"), QStringLiteral("statement_id"),
          QStringLiteral("kind"), QStringLiteral("speaker"), QStringLiteral("text"), QStringLiteral("start"), QStringLiteral("end"),
          QStringLiteral("tags"), QStringLiteral("note"), QStringLiteral("annotation_id"), QStringLiteral("created"), QStringLiteral("modified"),
          QStringLiteral("cue"), QStringLiteral("speaker_id")},
         QStringLiteral("SELECT article.article_id, article.date, article.title, statement.id, coalesce(statement.kind, 'manual'), "
                        "coalesce(" VERBATIM_SPEAKER_NAME ", ''), annotation.text, annotation.start, annotation.end, " VERBATIM_TAGS_OF("annotation.id") ", "
                        "annotation.note, annotation.id, annotation.created, annotation.modified, coalesce(statement.cue, ''), " VERBATIM_SPEAKER_ID " "
                        "FROM annotation JOIN article ON article.id = annotation.article "
                        "LEFT JOIN statement ON statement.id = annotation.statement "
                        "LEFT JOIN entity AS speaker ON speaker.id = statement.speaker_entity "
                        "ORDER BY article.date, article.id, annotation.start, annotation.id")},
        {Exporter::What::Entities, u"entities",
         {QStringLiteral("entity_id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("mentions"), QStringLiteral("articles")},
         // The entities the entity panel lists, without those the user ignored.
         QStringLiteral("SELECT entity.id, entity.name, entity.type, entity.mention_count, entity.article_count FROM entity "
                        "WHERE NOT entity.ignored AND ")
             + QLatin1StringView(EntityRows::listed) + QStringLiteral(" ORDER BY entity.type, entity.name, entity.id")},
        {Exporter::What::Articles, u"articles",
         {QStringLiteral("article_id"), QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("source"), QStringLiteral("text")},
         QStringLiteral("SELECT article.article_id, article.date, article.title, article.source, article_text.text "
                        "FROM article JOIN article_text ON article_text.article = article.id ORDER BY article.date, article.id")},
        // SQLite's substr() counts characters, so the text is cut by code points like every offset.
        {Exporter::What::Mentions, u"mentions",
         {QStringLiteral("article_id"), QStringLiteral("entity_id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("start"),
          QStringLiteral("end"), QStringLiteral("text")},
         QStringLiteral("SELECT article.article_id, entity.id, entity.name, entity.type, mention.start, mention.end, "
                        "substr(article_text.text, mention.start + 1, mention.end - mention.start) "
                        "FROM mention JOIN entity ON entity.id = mention.entity JOIN article ON article.id = mention.article "
                        "JOIN article_text ON article_text.article = article.id WHERE NOT entity.ignored "
                        "ORDER BY article.date, article.id, mention.start")},
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

// CSV as CsvWriter writes it (CsvWriter::appendCell() quotes and prefixes each cell), built from SQLite's UTF-8 in large
// blocks: a million statements in seconds rather than a QString, a QVariant and a write per cell.
class Utf8Csv
{
public:
    explicit Utf8Csv(QByteArray *line)
        : m_line(line)
    {
    }
    void cell(QByteArrayView text)
    {
        if (!m_first)
            m_line->append(',');
        m_first = false;
        CsvWriter::appendCell(*m_line, text);
    }
    void end()
    {
        m_line->append("\r\n");
        m_first = true;
    }

private:
    QByteArray *m_line;
    bool m_first = true;
};

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
    if (what == What::Statements) {
        // Every statement, articles by date: the order the statements table gives them oldest first.
        CorpusQuery query(db);
        const CorpusQuery::Statements all = query.statements(ArticleFilter(), CorpusQuery::StatementOrder::Date, Qt::AscendingOrder);
        if (!all.error.isEmpty()) {
            *error = all.error;
            return false;
        }
        return writeStatements(db, all, device, error, rows);
    }
    const ExportDefinition &export_ = definition(what);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, export_.sql, {}, error))
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

namespace {

// Why writing `file` failed. A full disk shows up as a failed flush whose message is "Unknown error".
QString writeError(const QFileDevice &file)
{
    const QStorageInfo storage(QFileInfo(file.fileName()).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < 64 * 1024)
        return Exporter::tr("the disk is full");
    return file.errorString();
}

} // namespace

bool Exporter::writeTo(const QSqlDatabase &db, const QString &path, QString *error, const std::function<bool(QIODevice *)> &writeDevice)
{
    // An export onto the project's own files would replace the project with a CSV file.
    if (path != u"-" && ProjectFile::isOwnFile(db.databaseName(), path)) {
        *error = tr("cannot write the export to \"%1\": that is the project's own file").arg(path);
        return false;
    }
    if (path == u"-") {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
            *error = tr("cannot write to standard output");
            return false;
        }
        return writeDevice(&standardOutput);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    if (!writeDevice(&file)) {
        if (file.error() != QFileDevice::NoError)
            *error = tr("cannot write \"%1\": %2").arg(path, writeError(file));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("cannot write \"%1\": %2").arg(path, writeError(file));
        return false;
    }
    return true;
}

bool Exporter::writeFile(const QSqlDatabase &db, What what, const QString &path, QString *error, qint64 *rows)
{
    return writeTo(db, path, error, [&](QIODevice *device) { return write(db, what, device, error, rows); });
}

bool Exporter::writeStatements(const QSqlDatabase &db, const CorpusQuery::Statements &statements, QIODevice *device, QString *error,
                               qint64 *rows, const Progress &progress)
{
    QByteArray block;
    constexpr qsizetype blockSize = 1 << 20;
    block.reserve(blockSize + (64 << 10));
    auto flush = [&] {
        if (!block.isEmpty() && device->write(block) != block.size()) {
            *error = tr("writing the CSV failed: %1").arg(device->errorString());
            return false;
        }
        block.clear();
        return true;
    };
    {
        Utf8Csv header(&block);
        for (const QString &column : columns(What::Statements))
            header.cell(column.toUtf8());
        header.end();
    }

    // Read in batches (a few hundred articles or statements at a time), written in the order `statements` gives.
    const int columnCount = int(columns(What::Statements).size());
    const qint64 total = statements.count();
    const qsizetype items = statements.wholeArticles ? statements.articles.size() : statements.ids.size();
    const qsizetype batch = statements.wholeArticles ? 200 : 500;
    qint64 written = 0;
    QHash<qint64, QByteArray> lines; // by article (whole articles) or by statement
    for (qsizetype first = 0; first < items; first += batch) {
        const qsizetype last = std::min(items, first + batch);
        QVariantList keys;
        keys.reserve(last - first);
        for (qsizetype i = first; i < last; ++i)
            keys.append(statements.wholeArticles ? statements.articles[i] : statements.ids[i]);
        lines.clear();
        if (statements.wholeArticles) {
            const QString list = Sql::placeholders(keys.size());
            QHash<qint64, QByteArray> articleCells; // article_id, article_date, article_title, already as CSV
            QHash<qint64, std::pair<QByteArray, QByteArray>> annotationOf; // statement -> (tags, note)
            Sql::Cursor articles(db, QString::fromLatin1(batchArticles).arg(list));
            Sql::Cursor annotations(db, QString::fromLatin1(batchAnnotations).arg(list));
            Sql::Cursor statementRows(db, QString::fromLatin1(batchStatements).arg(list));
            for (Sql::Cursor *cursor : {&articles, &annotations, &statementRows}) {
                if (!cursor->isValid() || !cursor->bind(keys)) {
                    *error = cursor->error();
                    return false;
                }
            }
            while (articles.next()) {
                QByteArray &cells = articleCells[articles.integer(0)];
                Utf8Csv csv(&cells);
                for (int column = 1; column <= 3; ++column)
                    csv.cell(articles.text(column));
            }
            while (annotations.next())
                annotationOf.insert(annotations.integer(0), {annotations.text(1).toByteArray(), annotations.text(2).toByteArray()});
            while (statementRows.next()) {
                const qint64 article = statementRows.integer(8);
                QByteArray &line = lines[article];
                line.append(articleCells.value(article));
                line.append(',');
                Utf8Csv csv(&line);
                for (int column = 0; column <= 5; ++column) // statement_id, kind, speaker, text, start, end
                    csv.cell(statementRows.text(column));
                const auto annotation = annotationOf.constFind(statementRows.integer(0));
                csv.cell(annotation == annotationOf.constEnd() ? QByteArrayView() : QByteArrayView(annotation->first));
                csv.cell(annotation == annotationOf.constEnd() ? QByteArrayView() : QByteArrayView(annotation->second));
                csv.cell(statementRows.text(6)); // cue
                csv.cell(statementRows.text(7)); // speaker_id
                csv.end();
                ++written;
            }
            for (const Sql::Cursor *cursor : {&articles, &annotations, &statementRows}) {
                if (!cursor->error().isEmpty()) {
                    *error = cursor->error();
                    return false;
                }
            }
        } else {
            Sql::Cursor cursor(db, QString::fromLatin1(statementColumns) + QStringLiteral("WHERE statement.id IN (%1)").arg(Sql::placeholders(keys.size())));
            if (!cursor.isValid() || !cursor.bind(keys)) {
                *error = cursor.error();
                return false;
            }
            while (cursor.next()) {
                QByteArray &line = lines[cursor.integer(3)];
                Utf8Csv csv(&line);
                for (int column = 0; column < columnCount; ++column)
                    csv.cell(cursor.text(column));
                csv.end();
                ++written;
            }
            if (!cursor.error().isEmpty()) {
                *error = cursor.error();
                return false;
            }
        }
        for (const QVariant &key : std::as_const(keys)) {
            block.append(lines.value(key.toLongLong()));
            if (block.size() >= blockSize && !flush())
                return false;
        }
        if (progress && !progress(written, total)) {
            *error = tr("the export was cancelled");
            return false;
        }
    }
    if (!flush())
        return false;
    if (rows)
        *rows = written;
    return true;
}

bool Exporter::writeStatementsFile(const QSqlDatabase &db, const CorpusQuery::Statements &statements, const QString &path, QString *error,
                                   qint64 *rows, const Progress &progress)
{
    return writeTo(db, path, error, [&](QIODevice *device) { return writeStatements(db, statements, device, error, rows, progress); });
}

} // namespace Verbatim
