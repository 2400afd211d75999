#pragma once

#include "gold.h"

#include "extract/extraction.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

// Scoring what an extractor found against a gold set. Every position here is a Unicode code point, as in gold files.
namespace VerbatimEval {

/// True positives, false positives and false negatives, and the figures made from them.
/// Nothing found gives precision 1; nothing to find gives recall 1; F1 is 0 when both figures are 0.
struct Counts {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    int gold() const { return truePositives + falseNegatives; }
    int found() const { return truePositives + falsePositives; }
    double precision() const;
    double recall() const;
    double f1() const;

    Counts &operator+=(const Counts &other);
    friend bool operator==(const Counts &, const Counts &) = default;
};

/// A statement the extractor found, with code point positions.
struct PredictedStatement {
    qsizetype start = 0;
    qsizetype end = 0;
    Verbatim::StatementKind kind = Verbatim::StatementKind::Direct;
    QString speaker;
};

/// An entity mention the extractor found, with code point positions.
struct PredictedMention {
    qsizetype start = 0;
    qsizetype end = 0;
    Verbatim::EntityType type = Verbatim::EntityType::Person;
    QString name;
};

/// What an Extractor returns (UTF-16 positions into `text`), with code point positions.
QList<PredictedStatement> predictedStatements(const Verbatim::Extraction &extraction, QStringView text);
QList<PredictedMention> predictedMentions(const Verbatim::Extraction &extraction, QStringView text);

/// Whether two spans overlap by at least half of the shorter one (the "overlap" match of statements).
bool spansOverlap(qsizetype start1, qsizetype end1, qsizetype start2, qsizetype end2);

/// A speaker name in the form compared: simplified, without a leading "the ", canonicalPersonName(), case-folded.
QString normalisedSpeaker(QStringView name);
bool sameSpeaker(QStringView gold, QStringView predicted);

struct SpanFigures {
    Counts exact; ///< start and end equal
    Counts overlap; ///< spansOverlap()

    SpanFigures &operator+=(const SpanFigures &other);
};

/// Statement figures. Gold and found statements are paired one to one, the pairs with the largest overlap first.
/// "quotations" compares gold direct and mixed statements with found direct and mixed ones, "indirect" indirect
/// with indirect, and "all" every statement with every other whatever its kind.
struct StatementScores {
    SpanFigures quotations;
    SpanFigures indirect;
    SpanFigures all;
    int speakerPairs = 0; ///< overlapping pairs (of "all") whose gold statement names a speaker
    int speakerCorrect = 0; ///< of those, the pairs whose found speaker is the gold speaker (sameSpeaker())
    int goldUnknownSpeaker = 0; ///< gold statements whose speaker the article does not give

    /// The share of speakerPairs that are correct; 1 when there are none.
    double speakerAccuracy() const;
    StatementScores &operator+=(const StatementScores &other);
};

StatementScores scoreStatements(const QList<GoldStatement> &gold, const QList<PredictedStatement> &predicted);

/// A found mention matches a gold one of the same type by its head when it contains the gold head span and lies
/// within the gold span: for "US President Donald Trump's" with the head "Donald Trump", "Donald Trump" and
/// "President Donald Trump" match, "Trump" does not.
bool headMatches(const GoldMention &gold, const PredictedMention &predicted);

/// Entity figures per type: "head" (headMatches(), the main figure) and "exact" (same start and end), each
/// pairing gold and found mentions one to one.
struct EntityScores {
    QMap<Verbatim::EntityType, Counts> head;
    QMap<Verbatim::EntityType, Counts> exact;

    /// Summed over person, place and organisation.
    Counts microHead() const;
    Counts microExact() const;
    EntityScores &operator+=(const EntityScores &other);
};

/// The types an entity gold set is scored on: person, place and organisation always, date and group where the
/// set has any (a set without dates says nothing about the dates found).
QList<Verbatim::EntityType> scoredEntityTypes(const GoldSet &set);

EntityScores scoreEntities(const QList<GoldMention> &gold, const QList<PredictedMention> &predicted,
                           const QList<Verbatim::EntityType> &types);

/// One thing the extractor got wrong, for reading by eye.
struct EvaluationError {
    enum class Kind {
        Missed, ///< in the gold set, not found
        False, ///< found, not in the gold set
        WrongSpeaker, ///< found, with another speaker than the gold one
        Boundary, ///< found with other start or end than the gold span (counts as a match with overlap or head)
    };
    Kind kind = Kind::Missed;
    QString document;
    QString category; ///< "quotation", "indirect", or an entity type name
    qsizetype start = 0;
    qsizetype end = 0;
    QString text; ///< the span
    QString context; ///< the span in [[ ]] with about 60 characters either side, line ends shown as " / "
    QString detail; ///< what was expected and what was found

    static QString kindName(Kind kind);
};

/// The errors behind scoreStatements(): misses and false statements (of the overlap figures), boundaries that
/// differ, and wrong speakers.
QList<EvaluationError> statementErrors(QStringView text, const QList<GoldStatement> &gold, const QList<PredictedStatement> &predicted);
/// The errors behind scoreEntities()' head figures: misses, false mentions and boundaries that differ.
QList<EvaluationError> entityErrors(QStringView text, const QList<GoldMention> &gold, const QList<PredictedMention> &predicted,
                                    const QList<Verbatim::EntityType> &types);

/// `text[start:end]` (code points) in [[ ]] with about `width` characters either side, on one line.
QString contextOf(QStringView text, qsizetype start, qsizetype end, int width = 60);
/// `text[start:end]` for code point positions.
QString codePointSlice(QStringView text, qsizetype start, qsizetype end);

} // namespace VerbatimEval
