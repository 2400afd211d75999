#pragma once

#include "corpora.h"
#include "gold.h"
#include "scoring.h"

#include "extract/extraction.h"

#include <QList>
#include <QString>

// Running an extractor over a gold set, and the tables the evaluate tool and the quality test print.
namespace VerbatimEval {

struct StatementEvaluation {
    StatementScores scores; ///< summed over the documents
    QList<EvaluationError> errors; ///< by document, then position
};

struct EntityEvaluation {
    EntityScores scores;
    QList<Verbatim::EntityType> types; ///< scoredEntityTypes() of the set
    QList<EvaluationError> errors;
};

/// Extracts from each document (`texts` as CorpusReader::readSet() gives them) and scores its statements.
StatementEvaluation evaluateStatements(const GoldSet &set, const QList<DocumentText> &texts, const Verbatim::Extractor &extractor);
/// Extracts from each document and scores its entity mentions.
EntityEvaluation evaluateEntities(const GoldSet &set, const QList<DocumentText> &texts, const Verbatim::Extractor &extractor);

/// Figures with three decimals, one row per group (quotations, indirect, all statements), then speaker accuracy.
QString statementTable(const StatementScores &scores);
/// One row per scored type and the micro average over person, place and organisation.
QString entityTable(const EntityScores &scores, const QList<Verbatim::EntityType> &types);
/// "KEY  kind  category  start-end  context  (detail)" on one line.
QString errorLine(const EvaluationError &error);

} // namespace VerbatimEval
