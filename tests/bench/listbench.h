#pragma once

#include <QStringList>

// verbatim-bench commands for the article list, the statements table, filters and the statements export.
namespace VerbatimBench {

int filterCommand(const QStringList &arguments);
int exportCommand(const QStringList &arguments);
int scrollCommand(const QStringList &arguments);

} // namespace VerbatimBench
