#include "sqlcursor.h"

#include "sql.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace Verbatim::Sql {

namespace {

// Prepares `sql` with SQLite's own statement where handle() gives one, or on `query` otherwise (*prepared tells
// whether it did); on failure sets `*error`. Cursor and Command prepare the same way.
sqlite3_stmt *prepare(const QSqlDatabase &db, const QString &sql, QSqlQuery &query, bool *prepared, QString *error)
{
    if (sqlite3 *connection = handle(db)) {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &statement, nullptr) == SQLITE_OK)
            return statement;
        *error = describe(QString::fromUtf8(sqlite3_errmsg(connection)), sql);
        sqlite3_finalize(statement);
        return nullptr;
    }
    *prepared = query.prepare(sql);
    if (!*prepared)
        *error = describe(query.lastError().databaseText(), sql);
    return nullptr;
}

} // namespace

sqlite3 *handle(const QSqlDatabase &db)
{
    // Calling this library's functions on a connection that another copy of SQLite opened would be undefined: use the
    // handle only when Qt's driver reports the very source this library was built from.
    static std::atomic<int> sameLibrary{-1};
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant value = db.driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    if (sameLibrary.load() < 0) {
        QSqlQuery query(db);
        const bool same = query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next()
            && query.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
        sameLibrary.store(same ? 1 : 0);
    }
    return sameLibrary.load() == 1 ? *static_cast<sqlite3 *const *>(value.constData()) : nullptr;
}

Cursor::Cursor(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_statement = prepare(db, sql, m_query, &m_prepared, &m_error);
}

Cursor::~Cursor()
{
    sqlite3_finalize(m_statement);
}

bool Cursor::bind(const QVariantList &values)
{
    m_started = false;
    m_interrupted = false;
    if (!m_statement) {
        if (!m_prepared)
            return false;
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(int(i), values[i]);
        return true;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values[i];
        const int at = int(i) + 1;
        int result = SQLITE_OK;
        switch (value.metaType().id()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::Bool:
            result = sqlite3_bind_int64(m_statement, at, value.toLongLong());
            break;
        default:
            if (value.isNull()) {
                result = sqlite3_bind_null(m_statement, at);
            } else {
                const QByteArray utf8 = value.toString().toUtf8();
                result = sqlite3_bind_text(m_statement, at, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            }
            break;
        }
        if (result != SQLITE_OK) {
            m_error = describe(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))), m_sql);
            return false;
        }
    }
    return true;
}

bool Cursor::next()
{
    if (!m_statement) {
        if (!m_prepared)
            return false;
        if (!m_started) {
            m_started = true;
            if (!m_query.exec()) {
                m_error = describe(m_query.lastError().databaseText(), m_sql);
                m_interrupted = m_query.lastError().nativeErrorCode() == QString::number(SQLITE_INTERRUPT);
                return false;
            }
        }
        return m_query.next();
    }
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE) {
        m_interrupted = result == SQLITE_INTERRUPT;
        m_error = describe(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))), m_sql);
    }
    sqlite3_reset(m_statement);
    return false;
}

qint64 Cursor::integer(int column) const
{
    return m_statement ? sqlite3_column_int64(m_statement, column) : m_query.value(column).toLongLong();
}

bool Cursor::isNull(int column) const
{
    return m_statement ? sqlite3_column_type(m_statement, column) == SQLITE_NULL : m_query.value(column).isNull();
}

QByteArrayView Cursor::text(int column) const
{
    if (m_statement) {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
    }
    m_textBuffer = m_query.value(column).toString().toUtf8();
    return m_textBuffer;
}

Command::Command(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_statement = prepare(db, sql, m_query, &m_prepared, &m_error);
}

Command::~Command()
{
    sqlite3_finalize(m_statement);
}

bool Command::exec(std::initializer_list<Value> values)
{
    if (!m_statement) {
        if (!m_prepared)
            return false;
        int at = 0;
        for (const Value &value : values) {
            switch (value.m_kind) {
            case Value::Kind::Null:
                m_query.bindValue(at++, QVariant(QMetaType::fromType<QString>()));
                break;
            case Value::Kind::Integer:
                m_query.bindValue(at++, value.m_integer);
                break;
            case Value::Kind::Text:
                m_query.bindValue(at++, value.m_text.toString());
                break;
            case Value::Kind::Bytes:
                m_query.bindValue(at++, value.m_bytes.toByteArray());
                break;
            }
        }
        if (m_query.exec())
            return true;
        m_error = describe(m_query.lastError().databaseText(), m_sql);
        return false;
    }
    // The values are borrowed (SQLITE_STATIC): they live until this function returns, and the bindings are cleared
    // before it does.
    int at = 1;
    int result = SQLITE_OK;
    for (const Value &value : values) {
        switch (value.m_kind) {
        case Value::Kind::Null:
            result = sqlite3_bind_null(m_statement, at);
            break;
        case Value::Kind::Integer:
            result = sqlite3_bind_int64(m_statement, at, value.m_integer);
            break;
        case Value::Kind::Text:
            // A non-null empty view may have no data; SQLite takes a null pointer as NULL, so give it an empty string.
            result = sqlite3_bind_text16(m_statement, at, value.m_text.isEmpty() ? u"" : value.m_text.utf16(),
                                         int(value.m_text.size() * sizeof(char16_t)), SQLITE_STATIC);
            break;
        case Value::Kind::Bytes:
            result = sqlite3_bind_blob(m_statement, at, value.m_bytes.isEmpty() ? "" : value.m_bytes.data(), int(value.m_bytes.size()),
                                       SQLITE_STATIC);
            break;
        }
        if (result != SQLITE_OK)
            break;
        ++at;
    }
    if (result == SQLITE_OK)
        result = sqlite3_step(m_statement);
    const bool done = result == SQLITE_DONE || result == SQLITE_ROW;
    if (!done)
        m_error = describe(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))), m_sql);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return done;
}

qint64 Command::lastInsertId() const
{
    return m_statement ? sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement)) : m_query.lastInsertId().toLongLong();
}

CancelScope::CancelScope(const QSqlDatabase &db, std::function<bool()> cancelled)
    : m_db(handle(db))
    , m_cancelled(std::move(cancelled))
{
    if (m_db && m_cancelled)
        sqlite3_progress_handler(m_db, 4000, &CancelScope::progress, this);
}

CancelScope::~CancelScope()
{
    if (m_db && m_cancelled)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

int CancelScope::progress(void *self)
{
    return static_cast<CancelScope *>(self)->m_cancelled() ? 1 : 0;
}

} // namespace Verbatim::Sql
