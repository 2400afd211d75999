#pragma once

#include "articleanalysis.h"
#include "quotationscanner.h"

namespace Verbatim {

/// Finds who said what in an article whose entities are already known:
/// - direct quotations, attributed by the patterns news uses before and after them ("...," X said / said X, the
///   minister / X said: "..." / according to X / Quote: "..."), and, for a quotation paragraph that follows one
///   introducing its speaker, across the paragraph break;
/// - reported statements, sentences whose verb is a speech or stance verb with a speaker as its subject
///   ("Zelenskyy said he would not ..."), and mixed ones that quote a fragment inside reported speech.
/// Speakers are names, pronouns (resolved to the most recent compatible person) or roles ("the Ukrainian
/// president", resolved to the person the article introduced with that role), and organisations.
/// Scare quotes and titles in quotation marks are left out: a quotation needs a cue or enough words to be a statement.
class StatementFinder
{
public:
    explicit StatementFinder(const Gazetteer &gazetteer);

    QList<ExtractedStatement> find(const ArticleAnalysis &analysis, const QList<Quotation> &quotations) const;

private:
    const Gazetteer &m_gazetteer;
};

} // namespace Verbatim
