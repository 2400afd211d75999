#include "ruleextractor.h"

#include "articleanalysis.h"
#include "quotationscanner.h"

namespace Verbatim {

namespace {
// Raise whenever a rule changes what is extracted, so that projects know to re-extract.
constexpr int rulesVersion = 6;
} // namespace

RuleExtractor::RuleExtractor(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
    , m_entities(gazetteer)
    , m_statements(gazetteer)
{
}

int RuleExtractor::version() const
{
    // The rules' version in the high bits, the data's fingerprint in the low ones: either changing means re-extract.
    return (rulesVersion << 16) | int(m_gazetteer.fingerprint() & 0xFFFF);
}

Extraction RuleExtractor::extract(const ExtractionInput &input) const
{
    ArticleAnalysis analysis(input.text, input.date);
    analysis.title = input.title;
    m_entities.recognize(analysis);
    const QList<Quotation> quotations = QuotationScanner::scan(input.text);

    Extraction extraction;
    extraction.statements = m_statements.find(analysis, quotations);
    extraction.mentions = analysis.mentions;
    return extraction;
}

} // namespace Verbatim
