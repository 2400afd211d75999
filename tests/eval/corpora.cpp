#include "corpora.h"

#include "corpus/articletext.h"
#include "corpus/textoffsets.h"
#include "io/articlefilereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <tuple>

using namespace Qt::StringLiterals;

namespace VerbatimEval {

namespace {

const QString seedsSource = u"seeds"_s;
const QString usgovSource = u"usgov"_s;
const QString gumSource = u"gum"_s;

// The fields of an opening bracket, from "# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity".
struct EntityColumns {
    qsizetype id = 0;
    qsizetype etype = 1;
    qsizetype minspan = 5;
    qsizetype identity = 7; ///< the last column: the rest of the fields joined, should a link hold a hyphen

    /// Takes the columns from the header; keeps the defaults when it lacks one.
    void parseHeader(QStringView header)
    {
        const QList<QStringView> names = header.trimmed().split(u'-');
        const EntityColumns parsed{names.indexOf(u"GRP"), names.indexOf(u"etype"), names.indexOf(u"minspan"), names.indexOf(u"identity")};
        if (parsed.id >= 0 && parsed.etype >= 0 && parsed.minspan >= 0 && (parsed.identity < 0 || parsed.identity == names.size() - 1))
            *this = parsed;
    }
};

struct Word {
    qsizetype start = 0; ///< UTF-16 positions in the document text
    qsizetype end = 0;
    QString form;
    QString upos;
    QString xpos;
    QString deprel;
    qsizetype headId = 0; ///< the HEAD column: the id of the word it depends on in its sentence, 0 for the root
    qsizetype head = -1; ///< the same as an index into the document's words, -1 for the root
};

struct OpenMention {
    QString id;
    qsizetype firstWord = 0;
    qsizetype mentionIndex = 0; ///< where its GumMention is in the result
    QList<int> minspan; ///< 1-based word positions inside the mention
};

struct ConlluToken {
    QString form;
    bool spaceAfter = true;
    QList<qsizetype> words; ///< indexes into the sentence's words of the words it holds
};

QString miscValue(QStringView misc, QStringView key)
{
    for (QStringView field : misc.split(u'|')) {
        if (field.startsWith(key) && field.size() > key.size() && field[key.size()] == u'=')
            return field.sliced(key.size() + 1).toString();
    }
    return {};
}

class GumParser
{
public:
    GumDocument document;
    QString error;

    bool parse(const QString &conllu)
    {
        const QStringList lines = conllu.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            m_lineNumber = i + 1;
            QString line = lines[i];
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (line.isEmpty()) {
                if (!endSentence())
                    return false;
            } else if (line.startsWith(u'#')) {
                comment(line);
            } else if (!tokenLine(line)) {
                return false;
            }
        }
        if (!endSentence())
            return false;
        if (!m_open.isEmpty())
            return fail(u"entity %1 is never closed"_s.arg(m_open.constLast().id));
        nameMentions();
        // Positions so far are UTF-16; gold files count code points.
        const Verbatim::TextOffsets offsets(document.text);
        for (GumMention &mention : document.mentions) {
            mention.start = offsets.toCodePoint(mention.start);
            mention.end = offsets.toCodePoint(mention.end);
            mention.headStart = offsets.toCodePoint(mention.headStart);
            mention.headEnd = offsets.toCodePoint(mention.headEnd);
            mention.nameStart = offsets.toCodePoint(mention.nameStart);
            mention.nameEnd = offsets.toCodePoint(mention.nameEnd);
        }
        return true;
    }

private:
    EntityColumns m_columns;
    qsizetype m_lineNumber = 0;
    bool m_newParagraph = false;
    QString m_sentenceId;
    QString m_sentenceText; ///< "# text", when given
    bool m_hasSentenceText = false;
    QList<ConlluToken> m_tokens; ///< surface tokens of the current sentence
    QList<Word> m_sentenceWords; ///< positions relative to the sentence
    QList<QString> m_sentenceEntities; ///< each word's Entity= value
    qsizetype m_rangeEnd = -1; ///< last word id of the multi-word token being read, or -1
    QList<Word> m_words; ///< every word of the document
    QList<OpenMention> m_open;
    struct ClosedMention {
        qsizetype mentionIndex = 0;
        qsizetype firstWord = 0;
        qsizetype lastWord = 0;
        QList<qsizetype> minspan; ///< indexes into m_words, ascending
    };
    QList<ClosedMention> m_closed;

    bool fail(const QString &message)
    {
        error = m_sentenceId.isEmpty() ? u"line %1: %2"_s.arg(m_lineNumber).arg(message)
                                       : u"line %1 (sentence %2): %3"_s.arg(m_lineNumber).arg(m_sentenceId, message);
        return false;
    }

    void comment(const QString &line)
    {
        const QStringView body = QStringView(line).sliced(1).trimmed();
        const qsizetype equals = body.indexOf(u'=');
        const QStringView key = (equals < 0 ? body : body.first(equals)).trimmed();
        const QStringView value = equals < 0 ? QStringView() : body.sliced(equals + 1).trimmed();
        if (key == u"newpar" || key.startsWith(u"newpar ")) {
            m_newParagraph = true;
        } else if (key == u"newdoc id" || key == u"newdoc") {
            document.name = value.toString();
        } else if (key == u"meta::dateCreated") {
            document.date = QDate::fromString(value.left(10).toString(), Qt::ISODate);
        } else if (key == u"global.Entity") {
            m_columns.parseHeader(value);
        } else if (key == u"sent_id") {
            m_sentenceId = value.toString();
        } else if (key == u"text") {
            // The value keeps its inner spacing; only the one space after "=" is dropped.
            m_sentenceText = line.sliced(line.indexOf(u'=') + 1);
            if (m_sentenceText.startsWith(u' '))
                m_sentenceText.remove(0, 1);
            m_hasSentenceText = true;
        }
    }

    bool tokenLine(const QString &line)
    {
        const QStringList columns = line.split(u'\t');
        if (columns.size() != 10)
            return fail(u"a token line has 10 tab-separated columns, this one %1"_s.arg(columns.size()));
        const QString &id = columns[0];
        const bool spaceAfter = miscValue(columns[9], u"SpaceAfter") != u"No";
        if (id.contains(u'.'))
            return true; // an empty node: not part of the text
        if (const qsizetype dash = id.indexOf(u'-'); dash > 0) {
            bool ok = false;
            m_rangeEnd = id.sliced(dash + 1).toLongLong(&ok);
            if (!ok)
                return fail(u"unreadable token range \"%1\""_s.arg(id));
            m_tokens.append({columns[1], spaceAfter, {}});
            return true;
        }
        bool ok = false;
        const qsizetype number = id.toLongLong(&ok);
        if (!ok)
            return fail(u"unreadable token id \"%1\""_s.arg(id));
        const bool insideRange = m_rangeEnd >= number && !m_tokens.isEmpty();
        if (!insideRange) {
            m_rangeEnd = -1;
            m_tokens.append({columns[1], spaceAfter, {}});
        }
        m_tokens.last().words.append(m_sentenceWords.size());
        m_sentenceWords.append({0, 0, columns[1], columns[3], columns[4], columns[7], columns[6].toLongLong(), -1});
        m_sentenceEntities.append(miscValue(columns[9], u"Entity"));
        if (number == m_rangeEnd)
            m_rangeEnd = -1;
        return true;
    }

    bool endSentence()
    {
        if (m_tokens.isEmpty())
            return true;
        // The sentence's text and where each word lies in it.
        QString sentence;
        for (qsizetype t = 0; t < m_tokens.size(); ++t) {
            const ConlluToken &token = m_tokens[t];
            const qsizetype tokenStart = sentence.size();
            sentence += token.form;
            // A multi-word token's words are placed inside it when they spell it; otherwise each covers all of it.
            QString spelled;
            for (qsizetype w : token.words)
                spelled += m_sentenceWords[w].form;
            qsizetype position = tokenStart;
            for (qsizetype w : token.words) {
                Word &word = m_sentenceWords[w];
                if (spelled == token.form) {
                    word.start = position;
                    word.end = position + word.form.size();
                    position = word.end;
                } else {
                    word.start = tokenStart;
                    word.end = sentence.size();
                }
            }
            if (token.spaceAfter && t + 1 < m_tokens.size())
                sentence += u' ';
        }
        if (m_hasSentenceText && sentence != m_sentenceText)
            return fail(u"sentence %1: the tokens spell \"%2\", but # text is \"%3\""_s.arg(m_sentenceId, sentence, m_sentenceText));

        if (!document.text.isEmpty())
            document.text += m_newParagraph ? u"\n\n"_s : u" "_s;
        const qsizetype base = document.text.size();
        document.text += sentence;
        const qsizetype firstWord = m_words.size();
        for (Word word : std::as_const(m_sentenceWords)) {
            word.start += base;
            word.end += base;
            word.head = word.headId > 0 && word.headId <= m_sentenceWords.size() ? firstWord + word.headId - 1 : -1;
            m_words.append(word);
        }
        for (qsizetype w = 0; w < m_sentenceEntities.size(); ++w) {
            if (!entities(m_sentenceEntities[w], firstWord + w))
                return false;
        }

        m_newParagraph = false;
        m_sentenceId.clear();
        m_sentenceText.clear();
        m_hasSentenceText = false;
        m_tokens.clear();
        m_sentenceWords.clear();
        m_sentenceEntities.clear();
        m_rangeEnd = -1;
        return true;
    }

    // "(3-organization-new-sssss-cf1-5-coref-Afghan_Girls_Robotics_Team" opens a mention, "3)" closes the innermost
    // open mention 3, "(7-time-...-coref)" opens and closes one on this word; several follow each other.
    bool entities(QStringView value, qsizetype word)
    {
        qsizetype i = 0;
        while (i < value.size()) {
            if (value[i] == u'(') {
                qsizetype end = i + 1;
                while (end < value.size() && value[end] != u'(' && value[end] != u')')
                    ++end;
                if (!open(value.sliced(i + 1, end - i - 1), word))
                    return false;
                if (end < value.size() && value[end] == u')') {
                    if (!close(m_open.constLast().id, word))
                        return false;
                    ++end;
                }
                i = end;
            } else {
                const qsizetype end = value.indexOf(u')', i);
                if (end < 0)
                    return fail(u"unreadable Entity annotation \"%1\""_s.arg(value));
                if (!close(value.sliced(i, end - i).toString(), word))
                    return false;
                i = end + 1;
            }
        }
        return true;
    }

    bool open(QStringView body, qsizetype word)
    {
        const QList<QStringView> fields = body.split(u'-');
        if (fields.size() <= std::max({m_columns.id, m_columns.etype, m_columns.minspan}))
            return fail(u"an opening Entity annotation has too few fields: \"%1\""_s.arg(body));
        OpenMention open;
        open.id = fields[m_columns.id].toString();
        open.firstWord = word;
        for (QStringView position : fields[m_columns.minspan].split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int value = position.toInt(&ok);
            if (!ok || value < 1)
                return fail(u"unreadable minspan \"%1\" in \"%2\""_s.arg(fields[m_columns.minspan], body));
            open.minspan.append(value);
        }
        if (open.minspan.isEmpty())
            return fail(u"empty minspan in \"%1\""_s.arg(body));
        GumMention mention;
        mention.entityType = fields[m_columns.etype].toString();
        if (m_columns.identity >= 0 && fields.size() > m_columns.identity)
            mention.identity = body.sliced(fields[m_columns.identity].data() - body.data()).toString();
        open.mentionIndex = document.mentions.size();
        document.mentions.append(mention);
        m_open.append(open);
        return true;
    }

    bool close(const QString &id, qsizetype word)
    {
        qsizetype index = m_open.size() - 1;
        while (index >= 0 && m_open[index].id != id)
            --index;
        if (index < 0)
            return fail(u"entity %1 closes but is not open"_s.arg(id));
        const OpenMention open = m_open.takeAt(index);
        GumMention &mention = document.mentions[open.mentionIndex];
        mention.start = m_words[open.firstWord].start;
        mention.end = m_words[word].end;
        const qsizetype length = word - open.firstWord + 1;
        QList<qsizetype> minspan; // indexes into m_words, ascending
        for (const int position : open.minspan) {
            if (position > length)
                return fail(u"entity %1: minspan position %2 lies beyond its %3 words"_s.arg(id).arg(position).arg(length));
            minspan.append(open.firstWord + position - 1);
        }
        std::sort(minspan.begin(), minspan.end());
        minspan.erase(std::unique(minspan.begin(), minspan.end()), minspan.end());
        m_closed.append({open.mentionIndex, open.firstWord, word, minspan});
        return true;
    }

    // Once the whole document is read (a title can be marked as one further on): for every mention, whether it is
    // a proper name, its minspan and its name.
    void nameMentions()
    {
        // Words GUM marks as titles (nmod:desc) somewhere in the document: "President" in "US President Barack
        // Obama", where the title hangs as a flat word off "US", is the title that "President Barack Obama" has.
        QSet<QString> titleForms;
        for (const Word &w : std::as_const(m_words)) {
            if (w.deprel == u"nmod:desc" && !w.form.isEmpty() && w.form[0].isUpper())
                titleForms.insert(w.form);
        }
        auto isProper = [&](qsizetype w) { return m_words[w].upos == u"PROPN" || m_words[w].xpos == u"NNP" || m_words[w].xpos == u"NNPS"; };
        for (const ClosedMention &closed : std::as_const(m_closed)) {
            GumMention &mention = document.mentions[closed.mentionIndex];
            const qsizetype first = closed.firstWord;
            const qsizetype last = closed.lastWord;
            const QList<qsizetype> &minspan = closed.minspan;
            const bool person = mention.entityType == u"person";

            // Titles: a word under an nmod:desc inside the mention, and in a person's minspan a word marked as a title
            // elsewhere that comes before the name.
            auto underDesc = [&](qsizetype w) {
                for (; w >= first && w <= last; w = m_words[w].head) {
                    if (m_words[w].deprel == u"nmod:desc")
                        return true;
                }
                return false;
            };
            // A role written before a name: a common noun that the name's words hang off as flat ("creator" in
            // "Facebook creator Mark Zuckerberg", "captain" in "Swedish captain Andreas Granqvist"). GUM makes the role
            // the head there, so it is in the minspan, though it is no more part of the name than a title is.
            auto isRole = [&](qsizetype w) {
                if (isProper(w))
                    return false;
                for (qsizetype d = first; d <= last; ++d) {
                    if (m_words[d].head == w && m_words[d].deprel == u"flat" && isProper(d))
                        return true;
                }
                return false;
            };
            QList<bool> title(minspan.size(), false);
            for (qsizetype i = 0; i < minspan.size(); ++i) {
                const qsizetype w = minspan[i];
                title[i] = underDesc(w) || isRole(w) || (person && titleForms.contains(m_words[w].form) && i + 1 < minspan.size());
            }
            // A word of a name is PROPN, or tagged NNP/NNPS where GUM's UPOS follows the word's form: "United" (VERB)
            // in "United States", "New" (ADJ) in "New Zealand". Titles and roles need not be.
            bool anyName = false;
            bool properName = true;
            for (qsizetype i = 0; i < minspan.size(); ++i) {
                if (title[i])
                    continue;
                anyName = true;
                properName = properName && isProper(minspan[i]);
            }
            mention.properName = anyName ? properName : std::all_of(minspan.cbegin(), minspan.cend(), isProper);
            mention.headStart = m_words[minspan.constFirst()].start;
            mention.headEnd = m_words[minspan.constLast()].end;

            // The name: the minspan without titles, unless that leaves nothing. A person's name begins after the last
            // title before it: "Emeritus Professor John Burrows" is John Burrows.
            qsizetype from = 0;
            if (person) {
                for (qsizetype i = 0; i + 1 < minspan.size(); ++i) {
                    if (title[i] && std::any_of(title.cbegin() + i + 1, title.cend(), [](bool t) { return !t; }))
                        from = i + 1;
                }
            }
            QList<qsizetype> name;
            for (qsizetype i = from; i < minspan.size(); ++i) {
                if (!title[i])
                    name.append(minspan[i]);
            }
            if (name.isEmpty())
                name = minspan;
            // A person's name holds no other mention: not the party of "New People Party's Michael Tien", not the
            // country of "Ambassador to the United States Hamdullah Mohib". One made of other mentions only ("A of X
            // and B of Y") names no one itself.
            if (person) {
                for (const ClosedMention &other : std::as_const(m_closed)) {
                    const bool nested = other.mentionIndex != closed.mentionIndex && other.firstWord >= first && other.lastWord <= last
                        && (other.firstWord != first || other.lastWord != last);
                    if (nested)
                        name.removeIf([&](qsizetype w) { return w >= other.firstWord && w <= other.lastWord; });
                }
                if (name.isEmpty()) {
                    mention.nameless = true;
                    name = minspan;
                }
            }
            // A person's name is the first run of words; what follows a gap is an affiliation or another person. Words
            // joined without a space are one run: GUM leaves the hyphen of "Chung-tai" out of the minspan.
            if (person) {
                auto joined = [&](qsizetype a, qsizetype b) {
                    return b == a + 1 || !QStringView(document.text).sliced(m_words[a].end, m_words[b].start - m_words[a].end).contains(u' ');
                };
                qsizetype run = 1;
                while (run < name.size() && joined(name[run - 1], name[run]))
                    ++run;
                name.resize(run);
            }
            mention.nameStart = m_words[name.constFirst()].start;
            mention.nameEnd = m_words[name.constLast()].end;
            mention.plural = m_words[name.constLast()].xpos == u"NNPS";
        }
    }
};

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool parseGumConllu(const QString &conllu, GumDocument *document, QString *error)
{
    GumParser parser;
    if (!parser.parse(conllu))
        return failWith(error, parser.error);
    *document = parser.document;
    return true;
}

bool entityTypeFromGum(QStringView gumType, Verbatim::EntityType *type)
{
    if (gumType == u"person")
        *type = Verbatim::EntityType::Person;
    else if (gumType == u"place")
        *type = Verbatim::EntityType::Place;
    else if (gumType == u"organization")
        *type = Verbatim::EntityType::Organisation;
    else
        return false;
    return true;
}

GoldDocument gumEntityGold(const GumDocument &document, GumHead head)
{
    GoldDocument gold;
    gold.key = document.name;
    gold.textHash = textHash(document.text);
    const Verbatim::TextOffsets offsets(document.text);
    for (const GumMention &mention : document.mentions) {
        GoldMention item;
        if (!mention.properName || !entityTypeFromGum(mention.entityType, &item.type))
            continue;
        if (item.type == Verbatim::EntityType::Person && (mention.plural || (mention.nameless && head == GumHead::Name)))
            continue;
        item.start = mention.start;
        item.end = mention.end;
        item.headStart = head == GumHead::Name ? mention.nameStart : mention.headStart;
        item.headEnd = head == GumHead::Name ? mention.nameEnd : mention.headEnd;
        const qsizetype from = offsets.toUtf16(mention.start);
        item.spanHash = spanHash(QStringView(document.text).sliced(from, offsets.toUtf16(mention.end) - from));
        gold.mentions.append(item);
    }
    // Of mentions with the same type and head, the shortest stays: it is the one the head names.
    std::stable_sort(gold.mentions.begin(), gold.mentions.end(), [](const GoldMention &a, const GoldMention &b) {
        return std::tuple(a.type, a.headStart, a.headEnd, a.end - a.start) < std::tuple(b.type, b.headStart, b.headEnd, b.end - b.start);
    });
    gold.mentions.erase(std::unique(gold.mentions.begin(), gold.mentions.end(),
                                    [](const GoldMention &a, const GoldMention &b) {
                                        return a.type == b.type && a.headStart == b.headStart && a.headEnd == b.headEnd;
                                    }),
                        gold.mentions.end());
    std::stable_sort(gold.mentions.begin(), gold.mentions.end(),
                     [](const GoldMention &a, const GoldMention &b) { return std::pair(a.start, a.end) < std::pair(b.start, b.end); });
    return gold;
}

CorpusReader::CorpusReader(const QString &corpusDir)
    : m_dir(QDir::cleanPath(corpusDir))
{
}

QStringList CorpusReader::sources()
{
    return {seedsSource, usgovSource, gumSource};
}

bool CorpusReader::read(const QString &source, const QString &key, DocumentText *text, QString *error)
{
    using Verbatim::ArticleFileReader;
    const QString where = u"%1 document %2"_s.arg(source, key);
    if (key.isEmpty() || key.contains(u'/') || key.contains(u'\\'))
        return failWith(error, u"%1: not a document name"_s.arg(where));
    auto fromResult = [&](const ArticleFileReader::Result &result) {
        if (result.articles.size() != 1) {
            QStringList reasons;
            for (const Verbatim::ImportMessage &message : result.messages)
                reasons.append(message.toString());
            return failWith(error, u"%1: expected one article, read %2 (%3)"_s.arg(where).arg(result.articles.size()).arg(reasons.join(u"; "_s)));
        }
        *text = {key, result.articles.constFirst().text, result.articles.constFirst().date, result.articles.constFirst().title};
        return true;
    };

    if (source == seedsSource) {
        const QString path = m_dir + u"/seeds/"_s + key;
        if (!QFileInfo::exists(path))
            return failWith(error, u"%1: %2 does not exist"_s.arg(where, path));
        return fromResult(ArticleFileReader::readFile(path));
    }
    if (source == usgovSource) {
        const QString path = m_dir + u"/usgov-ukraine-2022/articles.jsonl"_s;
        if (m_usgovLines.isEmpty()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return failWith(error, u"%1: %2: %3"_s.arg(where, path, file.errorString()));
            m_usgovLines = file.readAll().split('\n');
        }
        bool ok = false;
        const qsizetype line = key.toLongLong(&ok);
        if (!ok || line < 1 || line > m_usgovLines.size() || m_usgovLines[line - 1].trimmed().isEmpty())
            return failWith(error, u"%1: %2 has no article on line %3"_s.arg(where, path, key));
        return fromResult(ArticleFileReader::readData(m_usgovLines[line - 1], path));
    }
    if (source == gumSource) {
        GumDocument document;
        if (!readGum(key, &document, error))
            return false;
        *text = {key, document.text, document.date, {}};
        return true;
    }
    return failWith(error, u"unknown source \"%1\" (known: %2)"_s.arg(source, sources().join(u", "_s)));
}

bool CorpusReader::readSet(const GoldSet &set, QList<DocumentText> *texts, QString *error)
{
    QList<DocumentText> result;
    for (const GoldDocument &document : set.documents) {
        DocumentText text;
        if (!read(set.source, document.key, &text, error))
            return false;
        if (const QString hash = textHash(text.text); hash != document.textHash)
            return failWith(error, u"%1 document %2: the text has changed since the gold set was made (text hash %3, the gold set has %4): "
                                   "the corpus or Verbatim's normalisation changed; check the gold set again"_s
                                       .arg(set.source, document.key, hash, document.textHash));
        QString spanError;
        if (!verifySpans(document, text.text, &spanError))
            return failWith(error, u"%1 %2"_s.arg(set.source, spanError));
        result.append(text);
    }
    *texts = result;
    return true;
}

bool CorpusReader::readGum(const QString &name, GumDocument *document, QString *error)
{
    const QString path = m_dir + u"/gum-wikinews/dep/"_s + name + u".conllu"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(error, u"gum document %1: %2: %3"_s.arg(name, path, file.errorString()));
    QString message;
    if (!parseGumConllu(QString::fromUtf8(file.readAll()), document, &message))
        return failWith(error, u"gum document %1: %2: %3"_s.arg(name, path, message));
    // Offsets into the text only mean the same as in Verbatim when the text is already in its normal form.
    if (Verbatim::ArticleText::normalise(document->text) != document->text)
        return failWith(error, u"gum document %1: the reconstructed text is not in Verbatim's normal form"_s.arg(name));
    return true;
}

QStringList CorpusReader::gumDocumentNames() const
{
    QStringList names;
    const QDir dir(m_dir + u"/gum-wikinews/dep"_s);
    for (const QString &file : dir.entryList({u"*.conllu"_s}, QDir::Files, QDir::Name))
        names.append(file.chopped(int(sizeof(".conllu")) - 1));
    return names;
}

} // namespace VerbatimEval
