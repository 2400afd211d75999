#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Verbatim::Sql {

/// Prepares `sql`, binds `values` in order and runs it. On failure, sets `*error` (when given) to a message
/// naming the statement and SQLite's reason, and returns false.
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {}, QString *error = nullptr);

/// Runs an already prepared query with `values` bound in order.
bool execPrepared(QSqlQuery &query, const QVariantList &values = {}, QString *error = nullptr);

/// Runs a statement that returns one value (a count, a pragma) and returns it, or an invalid QVariant on failure.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {}, QString *error = nullptr);

/// An error message: SQLite's `reason`, and the statement it concerns, in short: "reason (in: SELECT ...)".
QString describe(const QString &reason, const QString &sql);

/// `count` question marks separated by commas, for an IN (...) list of bound values.
QString placeholders(qsizetype count);

/// `value` bound as text: a null QString would be stored as NULL, and text columns are NOT NULL.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/// A transaction that rolls back unless commit() succeeds, so an early return or a failed statement
/// never leaves half of an edit in the project.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db, QString *error = nullptr);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    bool commit(QString *error = nullptr);

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Verbatim::Sql
