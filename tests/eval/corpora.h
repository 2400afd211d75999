#pragma once

#include "gold.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The texts behind the gold sets, read from the shared corpus (../shared/corpus) at evaluation time.
namespace VerbatimEval {

/// One document's text exactly as Verbatim would store it, and the date that anchors its relative dates.
struct DocumentText {
    QString key;
    QString text;
    QDate date;
    QString title; ///< the article's title, where the source has one
};

/// A mention from GUM's Entity= annotations. Positions are code points in the reconstructed text.
struct GumMention {
    qsizetype start = 0;
    qsizetype end = 0;
    QString entityType; ///< GUM's type: person, place, organization, time, abstract, ...
    qsizetype headStart = 0; ///< the minspan as annotated, from its first to its last word (a minspan can have gaps)
    qsizetype headEnd = 0;
    /// The name in the minspan, what a named-entity recogniser is expected to find: the minspan without titles (the
    /// words under an nmod:desc, GUM's relation for "President" in "U.S. President Donald Trump") and, for a person,
    /// without the words of mentions inside it ("NPP" in "Michael Tien of NPP") and only its first run of words
    /// ("A" of "A and B" where neither is a mention of its own).
    qsizetype nameStart = 0;
    qsizetype nameEnd = 0;
    bool nameless = false; ///< a person mention whose minspan is made of other mentions: "A of X and B of Y"
    bool properName = false; ///< every word of the minspan is tagged PROPN, or NNP/NNPS ("United" in "United States" is a VERB)
    bool plural = false; ///< the name ends in a plural proper noun (XPOS NNPS): "Muslims", "Afghans"
    QString identity; ///< the Wikipedia link, or empty

    friend bool operator==(const GumMention &, const GumMention &) = default;
};

struct GumDocument {
    QString name; ///< "# newdoc id"
    QString text;
    QDate date; ///< "# meta::dateCreated"
    QList<GumMention> mentions; ///< in the order they open

    friend bool operator==(const GumDocument &, const GumDocument &) = default;
};

/// Reads one GUM CoNLL-U document. The text: "# newpar" starts a paragraph (a blank line between paragraphs),
/// sentences of a paragraph are joined by one space, tokens by one space unless SpaceAfter=No. A multi-word
/// token ("Trump's" over "Trump" and "'s") is written once, its words placed inside it; empty nodes ("21.1")
/// are not text. Where a sentence has "# text", the reconstruction must equal it. Returns false with a message
/// that names the line where the input cannot be read.
bool parseGumConllu(const QString &conllu, GumDocument *document, QString *error);

/// GUM's entity types as Verbatim's: person, place, and organization as organisation; false for the others.
bool entityTypeFromGum(QStringView gumType, Verbatim::EntityType *type);

/// Which span of a GUM mention a gold file takes as its head.
enum class GumHead {
    Name, ///< GumMention::nameStart/nameEnd: the name without titles
    Minspan, ///< GumMention::headStart/headEnd: the minspan as annotated
};

/// The gold mentions of a GUM document: its person, place and organisation mentions that are proper names
/// (GumMention::properName). Left out: people named as a group by a plural proper noun ("Muslims", which Verbatim
/// types as a group); with GumHead::Name, nameless person mentions (coordinations of other mentions) and, of
/// mentions of one type with the same head, all but the shortest.
GoldDocument gumEntityGold(const GumDocument &document, GumHead head = GumHead::Name);

/// Reads the texts of gold documents from a corpus folder (../shared/corpus), by the gold set's source:
/// - "seeds": the key is a file name in seeds/, read with ArticleFileReader::readFile;
/// - "usgov": the key is a 1-based line number of usgov-ukraine-2022/articles.jsonl, read with
///   ArticleFileReader::readData on that line alone (the same normalisation as an import);
/// - "gum": the key is a document name (GUM_news_afghan), reconstructed from gum-wikinews/dep/KEY.conllu.
class CorpusReader
{
public:
    explicit CorpusReader(const QString &corpusDir);

    static QStringList sources();

    /// The text of one document; false with a message naming the document when it cannot be read.
    bool read(const QString &source, const QString &key, DocumentText *text, QString *error);
    /// The texts of every document of `set`, in its order, each checked against the document's textHash:
    /// a mismatch means the corpus or Verbatim's normalisation changed, and the gold set must be checked again.
    bool readSet(const GoldSet &set, QList<DocumentText> *texts, QString *error);

    /// A GUM document with its entity annotations.
    bool readGum(const QString &name, GumDocument *document, QString *error);
    /// The names of the GUM documents in the corpus, sorted.
    QStringList gumDocumentNames() const;

private:
    QString m_dir;
    QList<QByteArray> m_usgovLines; ///< read once
};

} // namespace VerbatimEval
