#include "authoring.h"

#include "corpus/textoffsets.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace VerbatimEval {

namespace {

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The UTF-16 position of the n-th (1-based) occurrence of `snippet`, or -1; occurrences may overlap.
qsizetype nthOccurrence(const QString &text, const QString &snippet, int occurrence, int *found)
{
    qsizetype position = -1;
    *found = 0;
    qsizetype from = 0;
    while ((from = text.indexOf(snippet, from)) >= 0) {
        ++*found;
        if (*found == occurrence)
            position = from;
        ++from;
    }
    return position;
}

} // namespace

bool locateSnippets(const QJsonObject &authored, const DocumentText &text, GoldDocument *document, QString *error, QStringList *warnings)
{
    const Verbatim::TextOffsets offsets(text.text);
    GoldDocument result;
    result.key = text.key;
    result.textHash = textHash(text.text);

    // Finds one snippet; `where` names it in messages.
    auto locate = [&](const QJsonObject &item, const QString &where, qsizetype *start, qsizetype *end) {
        const QString snippet = item.value(u"text"_s).toString();
        if (snippet.isEmpty())
            return failWith(error, u"document %1, %2: \"text\" is missing or empty"_s.arg(text.key, where));
        const int occurrence = item.value(u"occurrence"_s).toInt(1);
        if (occurrence < 1)
            return failWith(error, u"document %1, %2: \"occurrence\" must be 1 or more"_s.arg(text.key, where));
        int found = 0;
        const qsizetype position = nthOccurrence(text.text, snippet, occurrence, &found);
        if (position < 0)
            return failWith(error, u"document %1, %2: \"%3\" %4"_s.arg(text.key, where, snippet,
                                                                        found == 0 ? u"is not in the text"_s
                                                                                   : u"occurs %1 times, not %2"_s.arg(found).arg(occurrence)));
        if (found > 1 && !item.contains(u"occurrence"_s) && warnings)
            warnings->append(u"document %1, %2: \"%3\" occurs %4 times; the first is taken"_s.arg(text.key, where, snippet).arg(found));
        *start = offsets.toCodePoint(position);
        *end = offsets.toCodePoint(position + snippet.size());
        return true;
    };

    const QJsonArray statements = authored.value(u"statements"_s).toArray();
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QJsonObject item = statements[i].toObject();
        const QString where = u"statement %1"_s.arg(i + 1);
        GoldStatement statement;
        if (!locate(item, where, &statement.start, &statement.end))
            return false;
        const QString kind = item.value(u"kind"_s).toString();
        if (!Verbatim::statementKindFromName(kind, &statement.kind) || statement.kind == Verbatim::StatementKind::Manual)
            return failWith(error, u"document %1, %2: kind \"%3\" is not direct, indirect or mixed"_s.arg(text.key, where, kind));
        statement.speaker = item.value(u"speaker"_s).toString();
        statement.spanHash = spanHash(item.value(u"text"_s).toString());
        result.statements.append(statement);
    }

    const QJsonArray mentions = authored.value(u"mentions"_s).toArray();
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        const QJsonObject item = mentions[i].toObject();
        const QString where = u"mention %1"_s.arg(i + 1);
        GoldMention mention;
        if (!locate(item, where, &mention.start, &mention.end))
            return false;
        const QString type = item.value(u"type"_s).toString();
        if (!Verbatim::entityTypeFromName(type, &mention.type))
            return failWith(error, u"document %1, %2: type \"%3\" is not person, organisation, place, date or group"_s.arg(text.key, where, type));
        const QString snippet = item.value(u"text"_s).toString();
        const QString head = item.value(u"head"_s).toString(snippet);
        const qsizetype headOffset = snippet.indexOf(head);
        if (head.isEmpty() || headOffset < 0)
            return failWith(error, u"document %1, %2: the head \"%3\" is not in \"%4\""_s.arg(text.key, where, head, snippet));
        const qsizetype utf16Start = offsets.toUtf16(mention.start);
        mention.headStart = offsets.toCodePoint(utf16Start + headOffset);
        mention.headEnd = offsets.toCodePoint(utf16Start + headOffset + head.size());
        mention.spanHash = spanHash(snippet);
        result.mentions.append(mention);
    }
    *document = result;
    return true;
}

bool convertAuthoring(const QByteArray &json, CorpusReader &corpus, GoldSet *set, QString *error, QStringList *warnings)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(error, u"malformed JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = document.object();
    GoldSet result;
    result.name = root.value(u"name"_s).toString();
    result.source = root.value(u"source"_s).toString();
    if (result.name.isEmpty() || !CorpusReader::sources().contains(result.source))
        return failWith(error, u"an authoring file needs a \"name\" and a \"source\" (one of %1)"_s.arg(CorpusReader::sources().join(u", "_s)));
    for (const QJsonValue &value : root.value(u"documents"_s).toArray()) {
        const QJsonObject authored = value.toObject();
        // Keys may be written as numbers for usgov line numbers.
        const QJsonValue keyValue = authored.value(u"key"_s);
        const QString key = keyValue.isDouble() ? QString::number(keyValue.toInteger()) : keyValue.toString();
        if (std::any_of(result.documents.cbegin(), result.documents.cend(), [&](const GoldDocument &d) { return d.key == key; }))
            return failWith(error, u"document %1 is listed twice"_s.arg(key));
        DocumentText text;
        if (!corpus.read(result.source, key, &text, error))
            return false;
        GoldDocument gold;
        if (!locateSnippets(authored, text, &gold, error, warnings))
            return false;
        result.documents.append(gold);
    }
    sortGoldSet(result);
    *set = result;
    return true;
}

} // namespace VerbatimEval
