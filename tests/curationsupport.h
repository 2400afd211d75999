#pragma once

// Helpers for the curation and re-extraction tests: an extractor scripted by the test, fictional articles imported
// through the Importer, CSV exports read back, and dumps of the project's tables to compare states.

#include "extract/extraction.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "store/records.h"
#include "store/sql.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <optional>

namespace VerbatimTest {

/// An extractor whose version and output the test chooses.
class ScriptedExtractor : public Verbatim::Extractor
{
public:
    using Script = std::function<Verbatim::Extraction(QStringView text, QDate date)>;
    ScriptedExtractor(int version, Script script)
        : m_version(version)
        , m_script(std::move(script))
    { }
    int version() const override { return m_version; }
    Verbatim::Extraction extract(const Verbatim::ExtractionInput &input) const override { return m_script(input.text, input.date); }

private:
    int m_version;
    Script m_script;
};

/// A name the scripted extractor finds wherever `phrase` occurs as a whole word (longer phrases first).
struct NameRule
{
    QString phrase;
    Verbatim::EntityType type = Verbatim::EntityType::Person;
    QString name; ///< the canonical name; the phrase when empty
};

/// A statement the scripted extractor finds at the `occurrence`-th (0-based) occurrence of `said`.
struct QuoteRule
{
    QString said;
    QString speaker; ///< canonical name, empty for none
    QString speakerPhrase; ///< where the speaker is named: its first occurrence after the statement, else before it
    Verbatim::StatementKind kind = Verbatim::StatementKind::Direct;
    int occurrence = 0;
    Verbatim::EntityType speakerType = Verbatim::EntityType::Person;
    QString cue = QStringLiteral("said");
};

/// The statement of an article with exactly this text, as a copy (so that it outlives the content).
inline std::optional<Verbatim::Statement> statementWithText(const Verbatim::ArticleContent &content, const QString &text)
{
    for (const Verbatim::Statement &statement : content.statements) {
        if (statement.text == text)
            return statement;
    }
    return std::nullopt;
}

inline bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-';
}

/// The positions of `phrase` in `text` as a whole word.
inline QList<qsizetype> occurrencesOf(QStringView text, const QString &phrase)
{
    QList<qsizetype> found;
    for (qsizetype at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        const qsizetype end = at + phrase.size();
        if ((at > 0 && isWordChar(text[at - 1])) || (end < text.size() && isWordChar(text[end])))
            continue;
        found.append(at);
    }
    return found;
}

inline Verbatim::Extraction scriptedExtraction(
    QStringView text, const QList<NameRule> &names, const QList<QuoteRule> &quotes)
{
    using namespace Verbatim;
    Extraction extraction;
    QList<NameRule> byLength = names;
    std::stable_sort(byLength.begin(), byLength.end(),
        [](const NameRule &a, const NameRule &b) { return a.phrase.size() > b.phrase.size(); });
    for (const NameRule &rule : std::as_const(byLength)) {
        for (const qsizetype at : occurrencesOf(text, rule.phrase)) {
            const qsizetype end = at + rule.phrase.size();
            const bool taken = std::any_of(extraction.mentions.cbegin(), extraction.mentions.cend(),
                [&](const EntityMention &m) { return m.start < end && at < m.end; });
            if (taken)
                continue;
            EntityMention mention;
            mention.start = at;
            mention.end = end;
            mention.type = rule.type;
            mention.name = rule.name.isEmpty() ? rule.phrase : rule.name;
            extraction.mentions.append(mention);
        }
    }
    std::sort(extraction.mentions.begin(), extraction.mentions.end(),
        [](const EntityMention &a, const EntityMention &b) { return a.start < b.start; });

    for (const QuoteRule &rule : quotes) {
        const QList<qsizetype> places = occurrencesOf(text, rule.said);
        if (rule.occurrence >= places.size())
            continue;
        ExtractedStatement statement;
        statement.kind = rule.kind;
        statement.start = places[rule.occurrence];
        statement.end = statement.start + rule.said.size();
        statement.speaker = rule.speaker;
        statement.speakerType = rule.speakerType;
        statement.cue = rule.cue;
        if (!rule.speakerPhrase.isEmpty()) {
            qsizetype at = text.indexOf(rule.speakerPhrase, statement.end);
            if (at < 0)
                at = text.lastIndexOf(rule.speakerPhrase, statement.start);
            if (at >= 0) {
                statement.speakerStart = at;
                statement.speakerEnd = at + rule.speakerPhrase.size();
            }
        }
        extraction.statements.append(statement);
    }
    std::sort(extraction.statements.begin(), extraction.statements.end(),
        [](const ExtractedStatement &a, const ExtractedStatement &b) { return a.start < b.start; });
    return extraction;
}

/// A fictional article for an import.
struct FixtureArticle
{
    QString id;
    QString date;
    QString title;
    QString text;
};

/// Writes `articles` as a JSON Lines file beside the project and imports it with `extractor`.
inline Verbatim::ImportReport importArticles(
    const QString &projectPath, const QList<FixtureArticle> &articles, const Verbatim::Extractor &extractor)
{
    static int fileNumber = 0;
    const QString file = QFileInfo(projectPath).absolutePath() + QStringLiteral("/import-%1.jsonl").arg(++fileNumber);
    QByteArray lines;
    for (const FixtureArticle &article : articles) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), article.id);
        object.insert(QStringLiteral("date"), article.date);
        object.insert(QStringLiteral("title"), article.title);
        object.insert(QStringLiteral("text"), article.text);
        lines += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    if (!writeFile(file, lines)) {
        Verbatim::ImportReport failed;
        failed.error = QStringLiteral("cannot write ") + file;
        return failed;
    }
    Verbatim::Importer importer(projectPath, extractor);
    return importer.run({ file });
}

inline Csv exportCsv(const QSqlDatabase &db, Verbatim::Exporter::What what)
{
    Csv csv;
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!Verbatim::Exporter::write(db, what, &buffer, &csv.error))
        return csv;
    return parseCsv(data);
}

/// The rows of a query as text, one line per row (NULL spelled out, blobs in hex).
inline QStringList queryRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QStringList rows;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString error;
    if (!Verbatim::Sql::exec(query, sql, values, &error))
        return { QStringLiteral("query failed: ") + error };
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i) {
            const QVariant value = query.value(i);
            if (value.isNull())
                fields.append(QStringLiteral("NULL"));
            else if (value.typeId() == QMetaType::QByteArray)
                fields.append(QString::fromLatin1(value.toByteArray().toHex()));
            else
                fields.append(value.toString());
        }
        rows.append(fields.join(u'|'));
    }
    return rows;
}

/// Every row of some tables, sorted, each prefixed with its table: to compare two states of a project.
inline QStringList tableDump(const QSqlDatabase &db, const QStringList &tables)
{
    QStringList dump;
    for (const QString &table : tables) {
        QStringList rows = queryRows(db, QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        rows.sort();
        for (const QString &row : std::as_const(rows))
            dump.append(table + QStringLiteral(": ") + row);
    }
    return dump;
}

/// Every table of the project (with the schema itself), for "nothing changed".
inline QStringList fullDump(const QSqlDatabase &db)
{
    QStringList tables
        = queryRows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList dump = tableDump(db, tables);
    dump.prepend(
        queryRows(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")).join(u'\n'));
    return dump;
}

/// The entities whose stored counts differ from the mention table ("name: stored a/b, counted c/d").
inline QStringList entityCountMismatches(const QSqlDatabase &db)
{
    return queryRows(db,
        QStringLiteral(
            "SELECT name || ' (' || type || '): stored ' || mention_count || '/' || article_count || ', counted ' || "
            "(SELECT count(*) FROM mention WHERE mention.entity = entity.id) || '/' || "
            "(SELECT count(DISTINCT article) FROM mention WHERE mention.entity = entity.id) FROM entity "
            "WHERE mention_count <> (SELECT count(*) FROM mention WHERE mention.entity = entity.id) "
            "OR article_count <> (SELECT count(DISTINCT article) FROM mention WHERE mention.entity = entity.id)"));
}

/// The first differences between two dumps, for a failure message.
inline QString dumpDifference(const QStringList &before, const QStringList &after)
{
    QStringList lines;
    for (const QString &row : before) {
        if (!after.contains(row))
            lines.append(QStringLiteral("- ") + row);
    }
    for (const QString &row : after) {
        if (!before.contains(row))
            lines.append(QStringLiteral("+ ") + row);
    }
    return lines.mid(0, 20).join(u'\n');
}

// Four articles from a fictional harbour town. Anna Weber, the mayor, is named in a1 and a2; a2 also calls someone
// "Weber" on their own, which the extractor takes for a separate person. Jonas Brandt is named in a3 and only
// quoted ("he said") in a4.
inline const QList<FixtureArticle> townArticles = {
    { QStringLiteral("a1"), QStringLiteral("2024-05-01"), QStringLiteral("Bridge vote goes ahead"),
        QStringLiteral("Anna Weber, the mayor of Tallow Bay, said on Monday that the bridge vote would go ahead.\n\n"
                       "\"We will build the bridge this year,\" said Anna Weber.\n\n"
                       "Northern Wire reported the decision first.") },
    { QStringLiteral("a2"), QStringLiteral("2024-05-02"), QStringLiteral("Ferry service to end"),
        QStringLiteral("Anna Weber wrote for Northern Wire that the ferry service would end in June.\n\n"
                       "\"The ferry has lost money for a decade,\" Weber wrote.\n\n"
                       "The harbour office did not reply.") },
    { QStringLiteral("a3"), QStringLiteral("2024-05-03"), QStringLiteral("Council budget"),
        QStringLiteral("The Tallow Bay council met on Friday.\n\n"
                       "Councillor Jonas Brandt said the budget was tight.\n\n"
                       "Northern Wire did not comment.") },
    { QStringLiteral("a4"), QStringLiteral("2024-05-04"), QStringLiteral("Warning repeated"),
        QStringLiteral("The councillor repeated his warning on Saturday.\n\n"
                       "\"There is no money left for the pier,\" he said.") },
};

inline const QList<NameRule> townNames = {
    { QStringLiteral("Anna Weber"), Verbatim::EntityType::Person, {} },
    { QStringLiteral("Weber"), Verbatim::EntityType::Person, {} },
    { QStringLiteral("Jonas Brandt"), Verbatim::EntityType::Person, {} },
    { QStringLiteral("Northern Wire"), Verbatim::EntityType::Organisation, {} },
    { QStringLiteral("Tallow Bay"), Verbatim::EntityType::Place, {} },
};

inline const QList<QuoteRule> townQuotes = {
    { QStringLiteral("the bridge vote would go ahead"), QStringLiteral("Anna Weber"), QStringLiteral("Anna Weber"),
        Verbatim::StatementKind::Indirect },
    { QStringLiteral("We will build the bridge this year"), QStringLiteral("Anna Weber"), QStringLiteral("Anna Weber"),
        Verbatim::StatementKind::Direct },
    { QStringLiteral("the ferry service would end in June"), QStringLiteral("Anna Weber"), QStringLiteral("Anna Weber"),
        Verbatim::StatementKind::Indirect, 0, Verbatim::EntityType::Person, QStringLiteral("wrote") },
    { QStringLiteral("The ferry has lost money for a decade"), QStringLiteral("Weber"), QStringLiteral("Weber"),
        Verbatim::StatementKind::Direct, 0, Verbatim::EntityType::Person, QStringLiteral("wrote") },
    { QStringLiteral("the budget was tight"), QStringLiteral("Jonas Brandt"), QStringLiteral("Jonas Brandt"),
        Verbatim::StatementKind::Indirect },
    { QStringLiteral("There is no money left for the pier"), QStringLiteral("Jonas Brandt"), QStringLiteral("he"),
        Verbatim::StatementKind::Direct },
    { QStringLiteral("The pier will stay open"), QStringLiteral("Anna Weber"), QStringLiteral("Anna Weber"),
        Verbatim::StatementKind::Direct }, // in a later import
};

/// The town's articles as the scripted extractor sees them, version 1.
inline const ScriptedExtractor townExtractor(
    1, [](QStringView text, QDate) { return scriptedExtraction(text, townNames, townQuotes); });

} // namespace VerbatimTest
