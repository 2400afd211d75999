#include "sql.h"

#include <QSqlError>

namespace Verbatim::Sql {

namespace {
// An error of Qt's own (such as a parameter count mismatch) has no database text; its text() says why.
QString describeFailure(const QSqlQuery &query, const QString &sql)
{
    QString reason = query.lastError().databaseText();
    if (reason.isEmpty())
        reason = query.lastError().text();
    return describe(reason, sql);
}
} // namespace

QString describe(const QString &reason, const QString &sql)
{
    return QStringLiteral("%1 (in: %2)").arg(reason, sql.simplified().left(120));
}

bool execPrepared(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values[i]);
    if (query.exec())
        return true;
    if (error)
        *error = describeFailure(query, query.lastQuery());
    return false;
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = describeFailure(query, sql);
        return false;
    }
    return execPrepared(query, values, error);
}

QString placeholders(qsizetype count)
{
    QString text;
    text.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return text;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    if (!exec(query, sql, values, error))
        return {};
    if (!query.next())
        return {};
    return query.value(0);
}

Transaction::Transaction(QSqlDatabase db, QString *error)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active && error)
        *error = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit(QString *error)
{
    if (!m_active)
        return false;
    if (!m_db.commit()) {
        if (error)
            *error = m_db.lastError().text();
        m_db.rollback();
        m_active = false;
        return false;
    }
    m_active = false;
    return true;
}

} // namespace Verbatim::Sql
