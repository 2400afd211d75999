#pragma once

#include "entityrecognizer.h"
#include "extraction.h"
#include "gazetteer.h"
#include "statementfinder.h"

namespace Verbatim {

/// Verbatim's extractor: rules for English news and the gazetteer. See EntityRecognizer, QuotationScanner and
/// StatementFinder for what each step does.
class RuleExtractor : public Extractor
{
public:
    /// Uses `gazetteer`, which must outlive the extractor.
    explicit RuleExtractor(const Gazetteer &gazetteer = Gazetteer::shared());

    int version() const override;
    Extraction extract(const ExtractionInput &input) const override;

private:
    const Gazetteer &m_gazetteer;
    EntityRecognizer m_entities;
    StatementFinder m_statements;
};

} // namespace Verbatim
