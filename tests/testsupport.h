#pragma once

#include "io/csvreader.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

// Helpers shared by the tests.
namespace VerbatimTest {

/// The shared corpus folder (../shared/corpus), or an empty string when it is absent (a user's clone):
/// real-data tests call QSKIP with a message then.
inline QString sharedCorpusDir()
{
    const QDir dir(QStringLiteral(VERBATIM_SHARED_DIR "/corpus"));
    return dir.exists() ? dir.absolutePath() : QString();
}

#define VERBATIM_REQUIRE_SHARED_CORPUS(dir)                                                                            \
    const QString dir = VerbatimTest::sharedCorpusDir();                                                               \
    if (dir.isEmpty())                                                                                                 \
        QSKIP("../shared/corpus is absent: real-data test skipped (it runs in CI, where ../shared is beside the clone)");

inline QString testDataPath(const QString &relative)
{
    return QStringLiteral(VERBATIM_TEST_DATA_DIR "/") + relative;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

/// The sample corpus bundled with the application (resources/sample-corpus): 12 articles.
inline QString sampleCorpusDir()
{
    return QStringLiteral(VERBATIM_SOURCE_DIR "/resources/sample-corpus");
}

/// A CSV file read back: its header, its rows, and the reader's error (empty when it read to the end).
struct Csv
{
    QStringList header;
    QList<QStringList> rows;
    QString error;

    qsizetype columnIndex(const QString &name) const { return header.indexOf(name); }
    QString value(qsizetype row, const QString &column) const { return rows.value(row).value(columnIndex(column)); }
    /// Every value of a column, in row order.
    QStringList column(const QString &name) const
    {
        QStringList values;
        for (qsizetype row = 0; row < rows.size(); ++row)
            values.append(value(row, name));
        return values;
    }
    /// Every value of a column, keyed by another column.
    QHash<QString, QString> columnBy(const QString &key, const QString &column) const
    {
        QHash<QString, QString> values;
        for (qsizetype row = 0; row < rows.size(); ++row)
            values.insert(value(row, key), value(row, column));
        return values;
    }
    /// The row whose `column` is `value`, or -1.
    qsizetype find(const QString &column, const QString &value) const
    {
        const qsizetype index = columnIndex(column);
        for (qsizetype row = 0; row < rows.size(); ++row) {
            if (rows[row].value(index) == value)
                return row;
        }
        return -1;
    }
};

/// A cell of Verbatim's CSV as the text it stands for: the writer puts an apostrophe before a cell that begins with one
/// or that a spreadsheet would run as a formula, so a reader takes exactly one leading apostrophe off (README, "CSV
/// exports").
inline QString unescapedCell(const QString &cell)
{
    return cell.startsWith(u'\'') ? cell.sliced(1) : cell;
}

/// Reads UTF-8 CSV text: the first record is the header.
inline Csv parseCsv(const QByteArray &data)
{
    Csv csv;
    const QString text = QString::fromUtf8(data); // the reader keeps a view of it
    Verbatim::CsvReader reader(text);
    QStringList fields;
    bool first = true;
    while (reader.readRecord(fields)) {
        if (first)
            csv.header = fields;
        else
            csv.rows.append(fields);
        first = false;
    }
    csv.error = reader.errorString();
    return csv;
}

/// A plain QSQLITE connection, without any of Verbatim's settings: how another program (or an older Verbatim) sees a
/// file.
class PlainDatabase
{
public:
    explicit PlainDatabase(const QString &path)
        : m_name(QStringLiteral("plain-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~PlainDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(PlainDatabase)

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString errorString() const { return m_error; }

    bool exec(const QString &sql)
    {
        QSqlQuery query(db());
        if (query.exec(sql))
            return true;
        m_error = query.lastError().text() + QStringLiteral(" in: ") + sql;
        return false;
    }

    /// Runs a script whose statements each end with ';' at the end of a line; `--` lines are comments.
    bool execScript(const QString &script)
    {
        QString statement;
        const QStringList lines = script.split(u'\n');
        for (const QString &line : lines) {
            const QString trimmed = line.trimmed();
            if (statement.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(u"--")))
                continue;
            statement += line + u'\n';
            if (trimmed.endsWith(u';')) {
                if (!exec(statement))
                    return false;
                statement.clear();
            }
        }
        return statement.trimmed().isEmpty();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    QString m_error;
};

/// Keeps tests away from the user's settings and data folders.
inline void enableTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace VerbatimTest

/// Waits until a list model that finds its rows on another thread (isLoading()) has them.
#define VERBATIM_WAIT_LOADED(model) QTRY_VERIFY_WITH_TIMEOUT(!(model).isLoading(), 30000)
