#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <concepts>
#include <functional>
#include <initializer_list>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Verbatim::Sql {

/// The SQLite connection behind a QSqlDatabase, or nullptr when Qt's driver does not use the SQLite library Verbatim
/// links (a Qt build with its own copy of SQLite): then Cursor falls back to QSqlQuery.
sqlite3 *handle(const QSqlDatabase &db);

/// Reads query results row by row without a QVariant per value: SQLite's own statement where Qt's driver exposes it
/// (about ten times faster for a million ids), QSqlQuery otherwise. For the corpus-wide queries of the article list,
/// the statements table and the statements export; edits go through QSqlQuery.
class Cursor
{
public:
    /// Prepares `sql` on `db`; check isValid().
    Cursor(const QSqlDatabase &db, const QString &sql);
    ~Cursor();
    Q_DISABLE_COPY_MOVE(Cursor)

    bool isValid() const { return m_statement || m_query.isValid() || m_prepared; }
    /// Binds `values` in order (integers, text, null) and starts again from the first row.
    bool bind(const QVariantList &values);
    /// Steps to the next row; false at the end, or on an error (see error()).
    bool next();

    qint64 integer(int column) const;
    bool isNull(int column) const;
    /// The value as UTF-8 text (an integer as its digits); valid until the next call to next() or text().
    QByteArrayView text(int column) const;

    /// Why preparing or stepping failed (empty when it did not), and whether a cancel check interrupted it.
    QString error() const { return m_error; }
    bool wasInterrupted() const { return m_interrupted; }

private:
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query;
    bool m_prepared = false;
    bool m_started = false; ///< on the QSqlQuery fallback: m_query ran since bind()
    mutable QByteArray m_textBuffer;
    QString m_sql;
    QString m_error;
    bool m_interrupted = false;
};

/// A value bound to a Command without a QVariant: an integer, text or bytes (borrowed: they must outlive the exec()
/// that binds them), or null. A null QString is null, as Qt's driver binds it.
class Value
{
public:
    Value(std::nullptr_t) { }
    Value(std::integral auto integer)
        : m_kind(Kind::Integer)
        , m_integer(qint64(integer))
    {
    }
    Value(const QString &text)
        : m_kind(text.isNull() ? Kind::Null : Kind::Text)
        , m_text(text)
    {
    }
    Value(QStringView text)
        : m_kind(Kind::Text)
        , m_text(text)
    {
    }
    Value(const QByteArray &bytes)
        : m_kind(Kind::Bytes)
        , m_bytes(bytes)
    {
    }
    /// An integer, or null when there is none.
    static Value orNull(std::optional<qint64> integer) { return integer ? Value(*integer) : Value(nullptr); }

private:
    friend class Command;
    enum class Kind { Null, Integer, Text, Bytes };
    Kind m_kind = Kind::Null;
    qint64 m_integer = 0;
    QStringView m_text;
    QByteArrayView m_bytes;
};

/// An INSERT or UPDATE run many times with new values, as an import runs a few per mention and statement: SQLite's
/// own statement where Qt's driver exposes it (see handle()), which binds without a QVariant and copies no text, and
/// QSqlQuery otherwise.
class Command
{
public:
    Command(const QSqlDatabase &db, const QString &sql);
    ~Command();
    Q_DISABLE_COPY_MOVE(Command)

    bool isValid() const { return m_statement || m_prepared; }
    /// Binds `values` to the placeholders in order and runs the command once; false with error() on failure.
    bool exec(std::initializer_list<Value> values);
    /// The rowid of the row the last exec() inserted.
    qint64 lastInsertId() const;
    QString error() const { return m_error; }

private:
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query;
    bool m_prepared = false;
    QString m_sql;
    QString m_error;
};

/// While it lives, queries on `db` stop with an interruption as soon as `cancelled()` returns true (SQLite asks
/// every few thousand virtual machine steps), so that a stale query does not hold the connection's thread.
class CancelScope
{
public:
    CancelScope(const QSqlDatabase &db, std::function<bool()> cancelled);
    ~CancelScope();
    Q_DISABLE_COPY_MOVE(CancelScope)

private:
    static int progress(void *self);
    sqlite3 *m_db = nullptr;
    std::function<bool()> m_cancelled;
};

} // namespace Verbatim::Sql
