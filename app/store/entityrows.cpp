#include "entityrows.h"

#include <QSqlQuery>

namespace Verbatim {

EntitySummary EntityRows::entitySummary(const QSqlQuery &query)
{
    EntitySummary entity;
    entity.id = query.value(0).toLongLong();
    entity.name = query.value(1).toString();
    entityTypeFromName(query.value(2).toString(), &entity.type);
    entity.mentionCount = query.value(3).toInt();
    entity.articleCount = query.value(4).toInt();
    entity.ignored = query.value(5).toBool();
    entity.userMade = query.value(6).toString() == u"user";
    return entity;
}

} // namespace Verbatim
