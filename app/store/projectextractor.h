#pragma once

#include "extract/gazetteer.h"
#include "extract/ruleextractor.h"

#include <QSqlDatabase>

namespace Verbatim {

/// The extractor for one project: Verbatim's rules and gazetteer, plus the names the user added to the project
/// ("mark as organisation"), so that imports and re-extractions find them everywhere.
class ProjectExtractor : public Extractor
{
public:
    /// Reads the user's names through `db` (a connection of the calling thread).
    explicit ProjectExtractor(const QSqlDatabase &db, const Gazetteer &base = Gazetteer::shared());
    /// Reads them through a connection of its own, for a worker thread.
    explicit ProjectExtractor(const QString &projectPath, const Gazetteer &base = Gazetteer::shared());
    Q_DISABLE_COPY_MOVE(ProjectExtractor)

    int version() const override { return m_rules.version(); }
    Extraction extract(const ExtractionInput &input) const override { return m_rules.extract(input); }

private:
    Gazetteer m_gazetteer;
    RuleExtractor m_rules;
};

} // namespace Verbatim
