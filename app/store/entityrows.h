#pragma once

#include "records.h"

class QSqlQuery;

// How an EntitySummary is read from the entity table, for Project and for the entity panel's model, which pages
// through the same rows with its own queries; `listed` is also the entities export's condition.
namespace Verbatim::EntityRows {

/// The columns entitySummary() reads, in its order: "SELECT <columns> FROM entity ...".
inline constexpr const char *columns = "id, name, type, mention_count, article_count, ignored, origin";

/// The entities that are listed: those that occur, speak, were made by the user or are ignored. An entity whose
/// mentions all went elsewhere (a merge, a rename onto another) is left out. A condition on the entity table.
inline constexpr const char *listed =
    "(entity.mention_count > 0 OR entity.origin = 'user' OR entity.ignored "
    "OR EXISTS (SELECT 1 FROM statement WHERE statement.speaker_entity = entity.id AND statement.status <> 'rejected'))";

/// The entity in the current row of `query`, which selected `columns`.
EntitySummary entitySummary(const QSqlQuery &query);

}
