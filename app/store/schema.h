#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Verbatim::Schema {

/// PRAGMA application_id of every Verbatim project ("VBTM").
constexpr qint32 applicationId = 0x5642544D;
/// PRAGMA user_version of the newest project format this build writes. docs/schema.md documents every version.
constexpr int currentVersion = 3;

/// Brings a project from `fromVersion` (0 for an empty file) to currentVersion, one documented step at a time,
/// inside the caller's transaction. Returns false, with `*error` set, when a step fails.
bool migrate(QSqlDatabase &db, int fromVersion, QString *error);

} // namespace Verbatim::Schema
