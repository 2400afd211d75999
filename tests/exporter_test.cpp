#include "extract/ruleextractor.h"
#include "io/csvreader.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "store/articlewriter.h"
#include "store/project.h"
#include "testsupport.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Verbatim;
using namespace Qt::StringLiterals;

namespace {

// Invented articles. The ferry article has astral characters (emoji) before every statement, so that code point
// offsets differ from UTF-16 positions.
const QString ferryText = u"Passengers cheered 🎉🚢 as the ferry left Portvale. \"We are back on schedule,\" captain Ilse Varga said."
                          u"\n\nMayor Tomas Brenn said the route would stay open all winter. \"=SUM of our efforts,\" Varga added."_s;
const QString frostText = u"Forecasters in Portvale warned of frost. \"-40 is possible tonight,\" meteorologist Ana Lind said. "
                          u"The coast guard said ferries would wait."_s;
const QString noticeText = u"A short notice without a date."_s;

struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
};

// The UTF-16 span of the `occurrence`th `needle` in `text` (the test's own strings, so it is always there).
Span spanOf(const QString &text, const QString &needle, int occurrence = 1)
{
    qsizetype from = -1;
    for (int i = 0; i < occurrence; ++i)
        from = text.indexOf(needle, from + 1);
    Q_ASSERT(from >= 0);
    return {from, from + needle.size()};
}

qsizetype codePoints(const QString &text, qsizetype utf16Position)
{
    return text.first(utf16Position).toUcs4().size();
}

EntityMention mention(const QString &text, const QString &written, const QString &name, EntityType type, int occurrence = 1)
{
    const Span span = spanOf(text, written, occurrence);
    return {span.start, span.end, type, name};
}

ExtractedStatement statement(const QString &text, StatementKind kind, const QString &said, const QString &speaker, EntityType type,
                             const QString &cue)
{
    const Span span = spanOf(text, said);
    ExtractedStatement result;
    result.kind = kind;
    result.start = span.start;
    result.end = span.end;
    result.speaker = speaker;
    result.speakerType = type;
    result.cue = cue;
    return result;
}

// The cell as CsvWriter writes a text cell that a spreadsheet could run as a formula, or that begins with an apostrophe.
QString prefixed(const QString &text)
{
    return u"'"_s + text;
}

QString sliceByCodePoints(const QString &text, qsizetype start, qsizetype end)
{
    const QList<uint> ucs4 = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start);
}

// A device on which every write fails, like a full disk.
class FailingDevice : public QIODevice
{
public:
    QString lastError() const { return errorString(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(u"No space left on device"_s);
        return -1;
    }
};

} // namespace

class ExporterTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_ferry = 0;
    qint64 m_frost = 0;
    QList<Statement> m_ferryStatements;
    QList<Statement> m_frostStatements;
    qint64 m_statementAnnotation = 0;
    qint64 m_manualAnnotation = 0;
    qint64 m_frostAnnotation = 0;

    // Runs one export into memory and parses it back.
    QList<QStringList> exportRecords(Exporter::What what, qint64 *rowCount = nullptr)
    {
        QBuffer buffer;
        if (!buffer.open(QIODevice::WriteOnly))
            return {};
        QString error;
        qint64 rows = -1;
        if (!Exporter::write(m_project->database(), what, &buffer, &error, &rows)) {
            qWarning("export failed: %s", qPrintable(error));
            return {};
        }
        if (rowCount)
            *rowCount = rows;
        const QString text = QString::fromUtf8(buffer.data());
        CsvReader reader(text);
        QList<QStringList> records;
        QStringList fields;
        while (reader.readRecord(fields))
            records.append(fields);
        if (!reader.errorString().isEmpty())
            qWarning("the export is not valid CSV: %s", qPrintable(reader.errorString()));
        return records;
    }

    // The article texts of the articles export, by article_id.
    QHash<QString, QString> exportedArticleTexts()
    {
        QHash<QString, QString> texts;
        const QList<QStringList> records = exportRecords(Exporter::What::Articles);
        for (qsizetype i = 1; i < records.size(); ++i)
            texts.insert(records[i][0], VerbatimTest::unescapedCell(records[i][4]));
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        VerbatimTest::enableTestMode();
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"export.verbatim"_s);
        QString error;
        m_project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_project, qPrintable(error));

        Extraction ferry;
        ferry.mentions = {
            mention(ferryText, u"Portvale"_s, u"Portvale"_s, EntityType::Place),
            mention(ferryText, u"Ilse Varga"_s, u"Ilse Varga"_s, EntityType::Person),
            mention(ferryText, u"Tomas Brenn"_s, u"Tomas Brenn"_s, EntityType::Person),
            mention(ferryText, u"Varga"_s, u"Ilse Varga"_s, EntityType::Person, 2),
        };
        ferry.statements = {
            statement(ferryText, StatementKind::Direct, u"We are back on schedule,"_s, u"Ilse Varga"_s, EntityType::Person, u"said"_s),
            statement(ferryText, StatementKind::Indirect, u"the route would stay open all winter"_s, u"Tomas Brenn"_s, EntityType::Person,
                      u"said"_s),
            statement(ferryText, StatementKind::Direct, u"=SUM of our efforts,"_s, u"Ilse Varga"_s, EntityType::Person, u"added"_s),
        };
        Extraction frost;
        frost.mentions = {
            mention(frostText, u"Portvale"_s, u"Portvale"_s, EntityType::Place),
            mention(frostText, u"Ana Lind"_s, u"Ana Lind"_s, EntityType::Person),
        };
        frost.statements = {
            statement(frostText, StatementKind::Direct, u"-40 is possible tonight,"_s, u"Ana Lind"_s, EntityType::Person, u"said"_s),
            // A speaker that is never mentioned: an entity with no mentions.
            statement(frostText, StatementKind::Indirect, u"ferries would wait"_s, u"Coast Guard"_s, EntityType::Organisation, u"said"_s),
        };

        {
            ArticleWriter writer(path);
            QVERIFY2(writer.isOpen(), qPrintable(writer.errorString()));
            QVERIFY(writer.begin());
            // Inserted in an order other than the export's date order.
            const Article articles[] = {
                {u"ferry-0001"_s, QDate(2025, 3, 1), u"Ferry service resumes"_s, u"Coast Herald"_s, u"https://example.org/ferry"_s,
                 ferryText, u"ferry.jsonl:1"_s, u"ferry.jsonl"_s, 1},
                {u"cold-0002"_s, QDate(2025, 2, 1), u"-40 degrees recorded"_s, u"Valley Gazette"_s, QString(), frostText,
                 u"ferry.jsonl:2"_s, u"ferry.jsonl"_s, 2},
                {u"notice-0003"_s, QDate(), u"Notice"_s, QString(), QString(), noticeText, u"notice.txt"_s, u"notice.txt"_s, 0},
            };
            const Extraction extractions[] = {ferry, frost, Extraction()};
            for (int i = 0; i < 3; ++i)
                QCOMPARE(writer.insert(articles[i], extractions[i], 1), ArticleWriter::Outcome::Inserted);
            QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
        }

        m_ferry = m_project->findArticle(u"ferry-0001"_s);
        m_frost = m_project->findArticle(u"cold-0002"_s);
        QVERIFY(m_ferry > 0 && m_frost > 0);
        m_ferryStatements = m_project->articleContent(m_ferry)->statements;
        m_frostStatements = m_project->articleContent(m_frost)->statements;
        QCOMPARE(m_ferryStatements.size(), 3);
        QCOMPARE(m_frostStatements.size(), 2);

        // The codebook: the starter tags (Position, Commitment, Threat, Blame, To verify at positions 0-4) and two
        // more whose codebook order differs from both their names' order and their ids' order.
        Tag alpha;
        alpha.name = u"Alpha"_s;
        alpha.position = 100;
        QVERIFY2(m_project->insertTag(&alpha), qPrintable(m_project->errorString()));
        Tag zeta;
        zeta.name = u"Zeta"_s;
        zeta.position = 50;
        QVERIFY2(m_project->insertTag(&zeta), qPrintable(m_project->errorString()));
        qint64 position = 0;
        qint64 threat = 0;
        for (const Tag &tag : m_project->tags()) {
            if (tag.name == u"Position")
                position = tag.id;
            else if (tag.name == u"Threat")
                threat = tag.id;
        }
        QVERIFY(position > 0 && threat > 0);

        Annotation onStatement;
        onStatement.article = m_ferry;
        onStatement.statement = m_ferryStatements[0].id;
        onStatement.start = m_ferryStatements[0].start;
        onStatement.end = m_ferryStatements[0].end;
        onStatement.tagIds = {alpha.id, zeta.id, position};
        onStatement.note = u"Key quote"_s;
        QVERIFY2(m_project->insertAnnotation(&onStatement), qPrintable(m_project->errorString()));
        m_statementAnnotation = onStatement.id;

        Annotation manual;
        manual.article = m_ferry;
        const Span cheered = spanOf(ferryText, u"cheered 🎉🚢"_s);
        manual.start = cheered.start;
        manual.end = cheered.end;
        manual.tagIds = {threat};
        manual.note = u"=check the source"_s;
        QVERIFY2(m_project->insertAnnotation(&manual), qPrintable(m_project->errorString()));
        m_manualAnnotation = manual.id;

        Annotation frostNote;
        frostNote.article = m_frost;
        frostNote.statement = m_frostStatements[0].id;
        frostNote.start = m_frostStatements[0].start;
        frostNote.end = m_frostStatements[0].end;
        frostNote.note = u"-verify the figure"_s;
        QVERIFY2(m_project->insertAnnotation(&frostNote), qPrintable(m_project->errorString()));
        m_frostAnnotation = frostNote.id;
    }

    void cleanupTestCase() { m_project.reset(); }

    // --- Names and columns ----------------------------------------------------------------------------------

    void whatNames_listsEveryExport()
    {
        QCOMPARE(Exporter::whatNames(), (QStringList{u"statements"_s, u"annotations"_s, u"entities"_s, u"articles"_s, u"mentions"_s}));
    }

    void whatFromName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("what");
        QTest::newRow("statements") << u"statements"_s << true << int(Exporter::What::Statements);
        QTest::newRow("annotations") << u"annotations"_s << true << int(Exporter::What::Annotations);
        QTest::newRow("entities") << u"entities"_s << true << int(Exporter::What::Entities);
        QTest::newRow("articles") << u"articles"_s << true << int(Exporter::What::Articles);
        QTest::newRow("mentions") << u"mentions"_s << true << int(Exporter::What::Mentions);
        QTest::newRow("unknown") << u"quotes"_s << false << 0;
        QTest::newRow("singular") << u"statement"_s << false << 0;
        QTest::newRow("empty") << QString() << false << 0;
    }
    void whatFromName()
    {
        QFETCH(QString, name);
        QFETCH(bool, known);
        QFETCH(int, what);
        Exporter::What found = Exporter::What::Articles;
        QCOMPARE(Exporter::whatFromName(name, &found), known);
        if (known)
            QCOMPARE(int(found), what);
    }

    void whatNames_roundTripThroughWhatFromName()
    {
        for (const QString &name : Exporter::whatNames()) {
            Exporter::What what;
            QVERIFY2(Exporter::whatFromName(name, &what), qPrintable(name));
            QCOMPARE(Exporter::whatNames().at(qsizetype(what)), name);
        }
    }

    void columns_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("columns");
        const QStringList statementColumns = {u"article_id"_s, u"article_date"_s, u"article_title"_s, u"statement_id"_s, u"kind"_s,
                                              u"speaker"_s,    u"text"_s,         u"start"_s,         u"end"_s,          u"tags"_s,
                                              u"note"_s};
        // Columns added after the first release go at the end, so that scripts reading columns by position keep working.
        QTest::newRow("statements") << u"statements"_s << statementColumns + QStringList{u"cue"_s, u"speaker_id"_s};
        QTest::newRow("annotations") << u"annotations"_s
                                     << statementColumns
                + QStringList{u"annotation_id"_s, u"created"_s, u"modified"_s, u"cue"_s, u"speaker_id"_s};
        QTest::newRow("entities") << u"entities"_s << QStringList{u"entity_id"_s, u"name"_s, u"type"_s, u"mentions"_s, u"articles"_s};
        QTest::newRow("articles") << u"articles"_s << QStringList{u"article_id"_s, u"date"_s, u"title"_s, u"source"_s, u"text"_s};
        QTest::newRow("mentions") << u"mentions"_s
                                  << QStringList{u"article_id"_s, u"entity_id"_s, u"name"_s, u"type"_s, u"start"_s, u"end"_s, u"text"_s};
    }
    void columns()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, columns);
        Exporter::What what;
        QVERIFY(Exporter::whatFromName(name, &what));
        QCOMPARE(Exporter::columns(what), columns);
    }

    void write_headerRowEqualsColumnsAndRowCountMatches_data() { columns_data(); }
    void write_headerRowEqualsColumnsAndRowCountMatches()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, columns);
        Exporter::What what;
        QVERIFY(Exporter::whatFromName(name, &what));
        qint64 rows = -1;
        const QList<QStringList> records = exportRecords(what, &rows);
        QVERIFY(!records.isEmpty());
        QCOMPARE(records.constFirst(), columns);
        QCOMPARE(rows, records.size() - 1);
        QVERIFY(rows > 0);
        for (const QStringList &record : records)
            QCOMPARE(record.size(), columns.size());
    }

    // --- Contents -------------------------------------------------------------------------------------------

    void articles_exportTextAsStoredInDateOrder()
    {
        const QList<QStringList> records = exportRecords(Exporter::What::Articles);
        QCOMPARE(records.size(), 4);
        // No date sorts first; the title "-40 ..." is prefixed like any text cell a spreadsheet could run.
        QCOMPARE(records[1], (QStringList{u"notice-0003"_s, QString(), u"Notice"_s, QString(), noticeText}));
        QCOMPARE(records[2], (QStringList{u"cold-0002"_s, u"2025-02-01"_s, prefixed(u"-40 degrees recorded"_s), u"Valley Gazette"_s, frostText}));
        QCOMPARE(records[3], (QStringList{u"ferry-0001"_s, u"2025-03-01"_s, u"Ferry service resumes"_s, u"Coast Herald"_s, ferryText}));
    }

    void statements_rowsInOrderWithTagsAndNotes()
    {
        const QList<QStringList> records = exportRecords(Exporter::What::Statements);
        QCOMPARE(records.size(), 6);
        auto id = [](const Statement &statement) { return QString::number(statement.id); };
        const QString frostTitle = prefixed(u"-40 degrees recorded"_s);

        // The frost article is older, so its statements come first; within an article, by position.
        const QStringList frost0 = records[1];
        QCOMPARE(frost0.mid(0, 7), (QStringList{u"cold-0002"_s, u"2025-02-01"_s, frostTitle, id(m_frostStatements[0]), u"direct"_s,
                                                u"Ana Lind"_s, prefixed(u"-40 is possible tonight,"_s)}));
        QCOMPARE(frost0.mid(9, 2), (QStringList{QString(), prefixed(u"-verify the figure"_s)}));
        // The cue, and the speaker's entity id, which the entities export lists.
        QCOMPARE(frost0[11], u"said"_s);
        const QString speakerId = frost0[12];
        QVERIFY(!speakerId.isEmpty());
        bool listed = false;
        for (const QStringList &entity : exportRecords(Exporter::What::Entities))
            listed = listed || (entity[0] == speakerId && entity[1] == u"Ana Lind");
        QVERIFY(listed);
        QCOMPARE(records[2].mid(3, 4), (QStringList{id(m_frostStatements[1]), u"indirect"_s, u"Coast Guard"_s, u"ferries would wait"_s}));
        QCOMPARE(records[2].mid(9, 2), (QStringList{QString(), QString()}));

        QCOMPARE(records[3].mid(0, 7), (QStringList{u"ferry-0001"_s, u"2025-03-01"_s, u"Ferry service resumes"_s, id(m_ferryStatements[0]),
                                                    u"direct"_s, u"Ilse Varga"_s, u"We are back on schedule,"_s}));
        // Tags in codebook order (position), not by name or id.
        QCOMPARE(records[3].mid(9, 2), (QStringList{u"Position; Zeta; Alpha"_s, u"Key quote"_s}));
        QCOMPARE(records[4].mid(3, 4), (QStringList{id(m_ferryStatements[1]), u"indirect"_s, u"Tomas Brenn"_s,
                                                    u"the route would stay open all winter"_s}));
        QCOMPARE(records[5].mid(3, 4), (QStringList{id(m_ferryStatements[2]), u"direct"_s, u"Ilse Varga"_s, prefixed(u"=SUM of our efforts,"_s)}));
    }

    void statements_offsetsAreCodePointsIntoExportedText()
    {
        const QHash<QString, QString> texts = exportedArticleTexts();
        const QList<QStringList> records = exportRecords(Exporter::What::Statements);
        QCOMPARE(records.size(), 6);
        const QStringList expectedTexts = {u"-40 is possible tonight,"_s, u"ferries would wait"_s, u"We are back on schedule,"_s,
                                           u"the route would stay open all winter"_s, u"=SUM of our efforts,"_s};
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QStringList &record = records[i];
            const QString article = texts.value(record[0]);
            QVERIFY(!article.isEmpty());
            bool ok = false;
            const qsizetype start = record[7].toLongLong(&ok);
            QVERIFY(ok);
            const qsizetype end = record[8].toLongLong(&ok);
            QVERIFY(ok);
            const QList<uint> ucs4 = article.toUcs4();
            QVERIFY(start >= 0 && start <= end && end <= ucs4.size());
            QCOMPARE(sliceByCodePoints(article, start, end), expectedTexts[i - 1]);
        }
        // The ferry statements follow two emoji: their code point offsets are two less than their UTF-16 positions.
        const Span schedule = spanOf(ferryText, u"We are back on schedule,"_s);
        QCOMPARE(records[3][7].toLongLong(), schedule.start - 2);
        QCOMPARE(records[3][8].toLongLong(), schedule.end - 2);
        QCOMPARE(records[3][7].toLongLong(), codePoints(ferryText, schedule.start));
    }

    void annotations_manualSpansAndStatementsWithTimes()
    {
        const QList<QStringList> records = exportRecords(Exporter::What::Annotations);
        QCOMPARE(records.size(), 4);

        // Order: article date, then position in the article.
        const QStringList &frost = records[1];
        QCOMPARE(frost[0], u"cold-0002"_s);
        QCOMPARE(frost[3], QString::number(m_frostStatements[0].id));
        QCOMPARE(frost[4], u"direct"_s);
        QCOMPARE(frost[6], prefixed(u"-40 is possible tonight,"_s));
        QCOMPARE(frost[9], QString());
        QCOMPARE(frost[10], prefixed(u"-verify the figure"_s));
        QCOMPARE(frost[11], QString::number(m_frostAnnotation));

        const QStringList &manual = records[2];
        QCOMPARE(manual.mid(0, 7), (QStringList{u"ferry-0001"_s, u"2025-03-01"_s, u"Ferry service resumes"_s, QString(), u"manual"_s,
                                                QString(), u"cheered 🎉🚢"_s}));
        const Span cheered = spanOf(ferryText, u"cheered 🎉🚢"_s);
        QCOMPARE(manual[7], QString::number(cheered.start));
        QCOMPARE(manual[8], QString::number(codePoints(ferryText, cheered.end)));
        QCOMPARE(manual[8].toLongLong(), cheered.end - 2); // the two emoji are inside the span
        QCOMPARE(manual[9], u"Threat"_s);
        QCOMPARE(manual[10], prefixed(u"=check the source"_s));
        QCOMPARE(manual[11], QString::number(m_manualAnnotation));

        const QStringList &onStatement = records[3];
        QCOMPARE(onStatement.mid(3, 4), (QStringList{QString::number(m_ferryStatements[0].id), u"direct"_s, u"Ilse Varga"_s,
                                                     u"We are back on schedule,"_s}));
        QCOMPARE(onStatement.mid(9, 3), (QStringList{u"Position; Zeta; Alpha"_s, u"Key quote"_s, QString::number(m_statementAnnotation)}));

        for (qsizetype i = 1; i < records.size(); ++i) {
            const QDateTime created = QDateTime::fromString(records[i][12], Qt::ISODateWithMs);
            const QDateTime modified = QDateTime::fromString(records[i][13], Qt::ISODateWithMs);
            QVERIFY2(created.isValid(), qPrintable(records[i][12]));
            QVERIFY2(modified.isValid(), qPrintable(records[i][13]));
            QVERIFY(modified >= created);
        }
    }

    void annotations_offsetsAreCodePointsIntoExportedText()
    {
        const QHash<QString, QString> texts = exportedArticleTexts();
        const QList<QStringList> records = exportRecords(Exporter::What::Annotations);
        QCOMPARE(records.size(), 4);
        const QStringList expectedTexts = {u"-40 is possible tonight,"_s, u"cheered 🎉🚢"_s, u"We are back on schedule,"_s};
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QString article = texts.value(records[i][0]);
            QCOMPARE(sliceByCodePoints(article, records[i][7].toLongLong(), records[i][8].toLongLong()), expectedTexts[i - 1]);
        }
    }

    void entities_countMentionsAndArticles()
    {
        const QList<QStringList> records = exportRecords(Exporter::What::Entities);
        QCOMPARE(records.size(), 6);
        QStringList ids;
        QList<QStringList> rest;
        for (qsizetype i = 1; i < records.size(); ++i) {
            bool ok = false;
            QVERIFY(records[i][0].toLongLong(&ok) > 0 && ok);
            ids.append(records[i][0]);
            rest.append(records[i].mid(1));
        }
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        // By type, then name; a speaker never mentioned has no mentions.
        const QList<QStringList> expected = {
            {u"Coast Guard"_s, u"organisation"_s, u"0"_s, u"0"_s},
            {u"Ana Lind"_s, u"person"_s, u"1"_s, u"1"_s},
            {u"Ilse Varga"_s, u"person"_s, u"2"_s, u"1"_s},
            {u"Tomas Brenn"_s, u"person"_s, u"1"_s, u"1"_s},
            {u"Portvale"_s, u"place"_s, u"2"_s, u"2"_s},
        };
        QCOMPARE(rest, expected);
    }

    void mentions_textIsTheCodePointSliceOfTheArticle()
    {
        const QHash<QString, QString> texts = exportedArticleTexts();
        const QList<QStringList> records = exportRecords(Exporter::What::Mentions);
        QCOMPARE(records.size(), 7);
        QStringList names;
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QStringList &record = records[i];
            const QString article = texts.value(record[0]);
            QCOMPARE(VerbatimTest::unescapedCell(record[6]), sliceByCodePoints(article, record[4].toLongLong(), record[5].toLongLong()));
            names.append(record[0] + u'/' + record[2] + u'/' + record[3] + u'/' + record[6]);
        }
        QCOMPARE(names, (QStringList{u"cold-0002/Portvale/place/Portvale"_s, u"cold-0002/Ana Lind/person/Ana Lind"_s,
                                     u"ferry-0001/Portvale/place/Portvale"_s, u"ferry-0001/Ilse Varga/person/Ilse Varga"_s,
                                     u"ferry-0001/Tomas Brenn/person/Tomas Brenn"_s, u"ferry-0001/Ilse Varga/person/Varga"_s}));
        const Span portvale = spanOf(ferryText, u"Portvale"_s);
        QCOMPARE(records[3][4].toLongLong(), portvale.start - 2);
    }

    void write_formulaCellsArePrefixedInTheFile()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(Exporter::write(m_project->database(), Exporter::What::Statements, &buffer, &error), qPrintable(error));
        const QByteArray data = buffer.data();
        // Prefixed first, then quoted because of the comma.
        QVERIFY(data.contains(",\"'=SUM of our efforts,\","));
        QVERIFY(data.contains(",\"'-40 is possible tonight,\","));
        QVERIFY(data.contains(",'-verify the figure,said,"));
        QVERIFY(!data.contains("\"=SUM"));
        QVERIFY(data.endsWith("\r\n"));
    }

    void write_failingDevice_failsWithTheDeviceError()
    {
        FailingDevice device;
        QVERIFY(device.open(QIODevice::WriteOnly));
        QString error;
        qint64 rows = -1;
        QVERIFY(!Exporter::write(m_project->database(), Exporter::What::Articles, &device, &error, &rows));
        QVERIFY2(error.contains(u"No space left on device"_s), qPrintable(error));
    }

    // --- Files ----------------------------------------------------------------------------------------------

    void writeFile_writesTheSameAsWrite()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(Exporter::write(m_project->database(), Exporter::What::Annotations, &buffer, &error), qPrintable(error));

        const QString path = m_dir.filePath(u"annotations.csv"_s);
        QVERIFY(VerbatimTest::writeFile(path, "an older export that must be replaced"));
        qint64 rows = -1;
        QVERIFY2(Exporter::writeFile(m_project->database(), Exporter::What::Annotations, path, &error, &rows), qPrintable(error));
        QCOMPARE(rows, 3);
        QCOMPARE(VerbatimTest::readAll(path), buffer.data());
    }

    void writeFile_missingFolder_failsWithMessageAndLeavesNoFile()
    {
        const QString folder = m_dir.filePath(u"no/such/folder"_s);
        const QString path = folder + u"/statements.csv"_s;
        QString error;
        qint64 rows = -1;
        QVERIFY(!Exporter::writeFile(m_project->database(), Exporter::What::Statements, path, &error, &rows));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(folder));
    }

    // An article whose text begins with a character the writer escapes: offsets count from the unescaped text.
    void escapedLeadingCharacter_offsetsIntoTheUnescapedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("said");
        QTest::newRow("@") << u"@PortvaleFerries: sailings resume on Monday, the operator said."_s
                           << u"@PortvaleFerries: sailings resume on Monday"_s;
        QTest::newRow("apostrophe") << u"'Tis the season for lights' was all the mayor of Portvale said."_s << u"'Tis the season for lights'"_s;
    }
    void escapedLeadingCharacter_offsetsIntoTheUnescapedText()
    {
        QFETCH(QString, text);
        QFETCH(QString, said);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"escaped.verbatim"_s);
        QString error;
        const std::unique_ptr<Project> project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));
        {
            ArticleWriter writer(path);
            QVERIFY2(writer.isOpen() && writer.begin(), qPrintable(writer.errorString()));
            Extraction extraction;
            extraction.statements = {statement(text, StatementKind::Direct, said, u"Portvale"_s, EntityType::Place, u"said"_s)};
            const Article article{u"lead-0001"_s, QDate(2025, 4, 1), u"Lead"_s, QString(), QString(), text, u"lead.txt"_s, u"lead.txt"_s, 0};
            QCOMPARE(writer.insert(article, extraction, 1), ArticleWriter::Outcome::Inserted);
            QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
        }

        QBuffer articles;
        QVERIFY(articles.open(QIODevice::WriteOnly));
        QVERIFY2(Exporter::write(project->database(), Exporter::What::Articles, &articles, &error), qPrintable(error));
        const VerbatimTest::Csv articlesCsv = VerbatimTest::parseCsv(articles.data());
        QVERIFY2(articlesCsv.error.isEmpty(), qPrintable(articlesCsv.error));
        const QString exportedText = VerbatimTest::unescapedCell(articlesCsv.value(0, u"text"_s));
        QCOMPARE(exportedText, text);

        QBuffer statements;
        QVERIFY(statements.open(QIODevice::WriteOnly));
        QVERIFY2(Exporter::write(project->database(), Exporter::What::Statements, &statements, &error), qPrintable(error));
        const VerbatimTest::Csv statementsCsv = VerbatimTest::parseCsv(statements.data());
        QVERIFY2(statementsCsv.error.isEmpty(), qPrintable(statementsCsv.error));
        QCOMPARE(statementsCsv.rows.size(), 1);
        const QString statementText = VerbatimTest::unescapedCell(statementsCsv.value(0, u"text"_s));
        QCOMPARE(statementText, said);
        QCOMPARE(sliceByCodePoints(exportedText, statementsCsv.value(0, u"start"_s).toLongLong(), statementsCsv.value(0, u"end"_s).toLongLong()),
                 statementText);
    }

    // --- Through a real import --------------------------------------------------------------------------------

    void importedFixtures_statementOffsetsMatchArticlesExport()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"imported.verbatim"_s);
        QString error;
        std::unique_ptr<Project> project = Project::open(path, Project::OpenMode::CreateIfMissing, &error);
        QVERIFY2(project, qPrintable(error));

        const RuleExtractor extractor;
        Importer importer(path, extractor);
        const ImportReport report = importer.run({VerbatimTest::testDataPath(u"import"_s)});
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QCOMPARE(report.articlesImported, 5);

        QBuffer articles;
        QVERIFY(articles.open(QIODevice::WriteOnly));
        QVERIFY2(Exporter::write(project->database(), Exporter::What::Articles, &articles, &error), qPrintable(error));
        QHash<QString, QString> texts;
        const QString articlesCsv = QString::fromUtf8(articles.data());
        CsvReader articleReader(articlesCsv);
        QStringList fields;
        QVERIFY(articleReader.readRecord(fields));
        while (articleReader.readRecord(fields))
            texts.insert(fields[0], VerbatimTest::unescapedCell(fields[4]));
        QCOMPARE(texts.size(), 5);

        QBuffer statements;
        QVERIFY(statements.open(QIODevice::WriteOnly));
        QVERIFY2(Exporter::write(project->database(), Exporter::What::Statements, &statements, &error), qPrintable(error));
        const QString statementsCsv = QString::fromUtf8(statements.data());
        CsvReader statementReader(statementsCsv);
        QVERIFY(statementReader.readRecord(fields));
        int festivalStatements = 0;
        int rows = 0;
        while (statementReader.readRecord(fields)) {
            ++rows;
            const QString article = texts.value(fields[0]);
            QVERIFY2(!article.isEmpty(), qPrintable(fields[0]));
            const QString span = sliceByCodePoints(article, fields[7].toLongLong(), fields[8].toLongLong());
            QCOMPARE(VerbatimTest::unescapedCell(fields[6]), span);
            if (fields[0] == u"pv-001")
                ++festivalStatements;
        }
        QVERIFY(rows > 0);
        // The festival article has two emoji before its first quotation.
        QVERIFY(festivalStatements > 0);
    }
};

QTEST_GUILESS_MAIN(ExporterTest)
#include "exporter_test.moc"
