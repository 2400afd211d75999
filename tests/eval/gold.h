#pragma once

#include "extract/extraction.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

// Gold sets: hand-checked statements and entity mentions of real articles, for measuring the extractor.
// A gold file holds positions, kinds, speaker names, types and short hashes of the span texts, never the texts
// themselves: those are read from ../shared/corpus at evaluation time (see corpora.h).
namespace VerbatimEval {

/// A statement as an analyst marks it. Positions are Unicode code points into the normalised article text.
struct GoldStatement {
    qsizetype start = 0;
    qsizetype end = 0;
    Verbatim::StatementKind kind = Verbatim::StatementKind::Direct; ///< direct, indirect or mixed
    QString speaker; ///< canonical name of who said it; empty when the article does not say
    QString spanHash; ///< spanHash() of the text from start to end

    friend bool operator==(const GoldStatement &, const GoldStatement &) = default;
};

/// An entity mention: the whole span ("US President Donald Trump's") and its head ("Donald Trump"), in code points.
struct GoldMention {
    qsizetype start = 0;
    qsizetype end = 0;
    Verbatim::EntityType type = Verbatim::EntityType::Person;
    qsizetype headStart = 0;
    qsizetype headEnd = 0;
    QString spanHash; ///< spanHash() of the text from start to end

    friend bool operator==(const GoldMention &, const GoldMention &) = default;
};

struct GoldDocument {
    QString key; ///< which document of the source: a file name, a line number or a document name (see corpora.h)
    QString textHash; ///< textHash() of the whole text, to notice when the corpus or the normalisation changed
    QList<GoldStatement> statements; ///< ordered by start, then end
    QList<GoldMention> mentions; ///< ordered by start, then end

    friend bool operator==(const GoldDocument &, const GoldDocument &) = default;
};

struct GoldSet {
    QString name;
    QString source; ///< "seeds", "usgov" or "gum": which corpus the keys refer to
    QList<GoldDocument> documents; ///< ordered by key (numerically where both keys are numbers)

    friend bool operator==(const GoldSet &, const GoldSet &) = default;
};

/// The first 10 hex digits of the SHA-1 of the span's UTF-8 text.
QString spanHash(QStringView span);
/// The first 12 hex digits of the SHA-1 of the whole text's UTF-8.
QString textHash(QStringView text);

/// Whether key `a` sorts before `b`: numbers numerically ("2" < "17"), everything else as strings.
bool keyLessThan(const QString &a, const QString &b);

/// Sorts documents by key and their items by position, the order in which gold files are written.
void sortGoldSet(GoldSet &set);

/// Whether the set holds statements (a statement set) or mentions (an entity set); a set may hold both.
bool hasStatements(const GoldSet &set);
bool hasMentions(const GoldSet &set);

/// Whether every statement and mention of `document` still spans the text its hash was made from, in `text`
/// (the document's whole text); false with a message naming the first that does not.
bool verifySpans(const GoldDocument &document, QStringView text, QString *error);

/// Pretty JSON with a fixed key order, one statement or mention per line, documents in key order, so that
/// a change to a gold file shows as a readable diff.
QByteArray goldSetToJson(const GoldSet &set);
/// Parses what goldSetToJson() writes; on failure returns false and says why in `error`.
bool goldSetFromJson(const QByteArray &json, GoldSet *set, QString *error);

bool readGoldSet(const QString &path, GoldSet *set, QString *error);
bool writeGoldSet(const QString &path, const GoldSet &set, QString *error);

} // namespace VerbatimEval
