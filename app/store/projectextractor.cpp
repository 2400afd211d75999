#include "projectextractor.h"

#include "projectfile.h"
#include "sql.h"

#include <QSqlQuery>

namespace Verbatim {

namespace {
Gazetteer withUserNames(const QSqlDatabase &db, const Gazetteer &base);

Gazetteer withUserNamesOf(const QString &projectPath, const Gazetteer &base)
{
    const QString name = ProjectFile::uniqueConnectionName(u"names");
    Gazetteer gazetteer = base;
    {
        QString error;
        const QSqlDatabase db = ProjectFile::openConnection(projectPath, name, &error);
        if (db.isOpen())
            gazetteer = withUserNames(db, base);
    }
    QSqlDatabase::removeDatabase(name);
    return gazetteer;
}

Gazetteer withUserNames(const QSqlDatabase &db, const Gazetteer &base)
{
    Gazetteer gazetteer = base;
    QSqlQuery query(db);
    if (Sql::exec(query, QStringLiteral("SELECT name, type FROM entity WHERE origin = 'user' AND NOT ignored"))) {
        while (query.next()) {
            EntityType type;
            if (entityTypeFromName(query.value(1).toString(), &type))
                gazetteer.set(query.value(0).toString(), {type, query.value(0).toString(), QString(), QString()});
        }
    }
    return gazetteer;
}
} // namespace

ProjectExtractor::ProjectExtractor(const QString &projectPath, const Gazetteer &base)
    : m_gazetteer(withUserNamesOf(projectPath, base))
    , m_rules(m_gazetteer)
{
}

ProjectExtractor::ProjectExtractor(const QSqlDatabase &db, const Gazetteer &base)
    : m_gazetteer(withUserNames(db, base))
    , m_rules(m_gazetteer)
{
}

} // namespace Verbatim
