#pragma once

#include "articleanalysis.h"

#include <QDate>

namespace Verbatim {

/// Finds people, organisations, places, dates and nationalities (groups) in an article by rules and gazetteers:
/// titles and roles before names ("President", "Kremlin spokesman"), organisation and place head words ("Ministry",
/// "Museum"), gazetteer names, capitalised sequences with sentence-start handling, and aliases within the article
/// (a later "Zelenskyy" is the earlier "Volodymyr Zelenskyy", a later "KSC" the "Kennedy Space Center (KSC)").
/// Mentions may overlap: a name inside a name is a mention of its own ("Texas" in "University of Texas", "Irving,
/// Texas"); ArticleAnalysis::mentionAtToken points at the mention that covers a token whole. Relative dates are
/// resolved against the article's date where it has one.
///
/// Types follow the GUM news annotation: a country that acts ("North Korea fired") and a national side in a match
/// report ("Sweden defeated South Korea 1–0") are organisations, as are national bodies named after their country
/// ("Environment Canada"); a building or site and the town it is in are one place ("the Fisht Stadium in Sochi").
class EntityRecognizer
{
public:
    explicit EntityRecognizer(const Gazetteer &gazetteer);

    /// Relative dates are resolved against `analysis.date`.
    void recognize(ArticleAnalysis &analysis) const;

private:
    const Gazetteer &m_gazetteer;
};

} // namespace Verbatim
