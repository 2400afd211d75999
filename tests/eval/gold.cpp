#include "gold.h"

#include "corpus/textoffsets.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace VerbatimEval {

namespace {

QString sha1Prefix(QStringView text, qsizetype digits)
{
    const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QString::fromLatin1(hash.first(digits));
}

// JSON string literal; written by hand so that the key order and the layout stay under our control.
QByteArray quoted(const QString &value)
{
    QString out = u"\""_s;
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c == u'\t') {
            out += u"\\t"_s;
        } else if (c.unicode() < 0x20) {
            out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        } else {
            out += c;
        }
    }
    return (out + u'"').toUtf8();
}

QByteArray number(qsizetype value)
{
    return QByteArray::number(value);
}

QByteArray statementLine(const GoldStatement &s)
{
    return "{\"start\": " + number(s.start) + ", \"end\": " + number(s.end) + ", \"kind\": "
        + quoted(Verbatim::statementKindName(s.kind)) + ", \"speaker\": " + quoted(s.speaker) + ", \"spanHash\": " + quoted(s.spanHash)
        + '}';
}

QByteArray mentionLine(const GoldMention &m)
{
    return "{\"start\": " + number(m.start) + ", \"end\": " + number(m.end) + ", \"type\": " + quoted(Verbatim::entityTypeName(m.type))
        + ", \"headStart\": " + number(m.headStart) + ", \"headEnd\": " + number(m.headEnd) + ", \"spanHash\": " + quoted(m.spanHash)
        + '}';
}

template<typename Item>
void appendItems(QByteArray &out, const char *name, const QList<Item> &items, QByteArray (*line)(const Item &))
{
    out += ",\n            \"";
    out += name;
    out += "\": [";
    for (qsizetype i = 0; i < items.size(); ++i) {
        out += i == 0 ? "\n                " : ",\n                ";
        out += line(items[i]);
    }
    out += items.isEmpty() ? "]" : "\n            ]";
}

// Reading: every field is checked, and an error names the document and the item.
class Reader
{
public:
    QString error;

    bool integer(const QJsonObject &object, const QString &key, qsizetype *value, const QString &where)
    {
        const QJsonValue v = object.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != double(qint64(d)))
            return fail(u"%1: \"%2\" must be a non-negative integer"_s.arg(where, key));
        *value = qsizetype(d);
        return true;
    }

    bool string(const QJsonObject &object, const QString &key, QString *value, const QString &where, bool required = true)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined() && !required)
            return true;
        if (!v.isString())
            return fail(u"%1: \"%2\" must be a string"_s.arg(where, key));
        *value = v.toString();
        return true;
    }

    bool span(qsizetype start, qsizetype end, const QString &where)
    {
        return start <= end || fail(u"%1: start %2 is after end %3"_s.arg(where).arg(start).arg(end));
    }

    bool fail(const QString &message)
    {
        error = message;
        return false;
    }
};

} // namespace

QString spanHash(QStringView span)
{
    return sha1Prefix(span, 10);
}

QString textHash(QStringView text)
{
    return sha1Prefix(text, 12);
}

bool keyLessThan(const QString &a, const QString &b)
{
    bool aNumber = false;
    bool bNumber = false;
    const qlonglong aValue = a.toLongLong(&aNumber);
    const qlonglong bValue = b.toLongLong(&bNumber);
    if (aNumber && bNumber && aValue != bValue)
        return aValue < bValue;
    if (aNumber != bNumber)
        return aNumber; // numbers first
    return a < b;
}

void sortGoldSet(GoldSet &set)
{
    std::stable_sort(set.documents.begin(), set.documents.end(),
                     [](const GoldDocument &a, const GoldDocument &b) { return keyLessThan(a.key, b.key); });
    auto byPosition = [](const auto &a, const auto &b) { return std::pair(a.start, a.end) < std::pair(b.start, b.end); };
    for (GoldDocument &document : set.documents) {
        std::stable_sort(document.statements.begin(), document.statements.end(), byPosition);
        std::stable_sort(document.mentions.begin(), document.mentions.end(), byPosition);
    }
}

bool hasStatements(const GoldSet &set)
{
    return std::any_of(set.documents.cbegin(), set.documents.cend(), [](const GoldDocument &d) { return !d.statements.isEmpty(); });
}

bool hasMentions(const GoldSet &set)
{
    return std::any_of(set.documents.cbegin(), set.documents.cend(), [](const GoldDocument &d) { return !d.mentions.isEmpty(); });
}

bool verifySpans(const GoldDocument &document, QStringView text, QString *error)
{
    const Verbatim::TextOffsets offsets(text);
    const qsizetype length = offsets.toCodePoint(text.size());
    auto check = [&](const QString &what, qsizetype index, qsizetype start, qsizetype end, const QString &hash) {
        if (end > length) {
            if (error)
                *error = u"document %1, %2 %3: ends at %4, after the end of the text (%5)"_s.arg(document.key, what).arg(index + 1).arg(end).arg(length);
            return false;
        }
        const qsizetype from = offsets.toUtf16(start);
        if (const QString actual = spanHash(text.sliced(from, offsets.toUtf16(end) - from)); actual != hash) {
            if (error)
                *error = u"document %1, %2 %3 (%4-%5): the text there has hash %6, the gold set has %7"_s.arg(document.key, what)
                             .arg(index + 1)
                             .arg(start)
                             .arg(end)
                             .arg(actual, hash);
            return false;
        }
        return true;
    };
    for (qsizetype i = 0; i < document.statements.size(); ++i) {
        const GoldStatement &s = document.statements[i];
        if (!check(u"statement"_s, i, s.start, s.end, s.spanHash))
            return false;
    }
    for (qsizetype i = 0; i < document.mentions.size(); ++i) {
        const GoldMention &m = document.mentions[i];
        if (!check(u"mention"_s, i, m.start, m.end, m.spanHash))
            return false;
    }
    return true;
}

QByteArray goldSetToJson(const GoldSet &unsorted)
{
    GoldSet set = unsorted;
    sortGoldSet(set);
    QByteArray out = "{\n    \"name\": " + quoted(set.name) + ",\n    \"source\": " + quoted(set.source) + ",\n    \"documents\": [";
    for (qsizetype i = 0; i < set.documents.size(); ++i) {
        const GoldDocument &document = set.documents[i];
        out += i == 0 ? "\n        {\n" : ",\n        {\n";
        out += "            \"key\": " + quoted(document.key) + ",\n            \"textHash\": " + quoted(document.textHash);
        // Lists are written only when they hold something: a statement set has no mentions and an entity set no
        // statements. A document of a statement set without statements keeps an empty list, so that it still counts.
        if (!document.statements.isEmpty() || document.mentions.isEmpty())
            appendItems(out, "statements", document.statements, &statementLine);
        if (!document.mentions.isEmpty())
            appendItems(out, "mentions", document.mentions, &mentionLine);
        out += "\n        }";
    }
    out += set.documents.isEmpty() ? "]\n}\n" : "\n    ]\n}\n";
    return out;
}

bool goldSetFromJson(const QByteArray &json, GoldSet *set, QString *error)
{
    Reader reader;
    auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(u"malformed JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return failed(u"a gold file is a JSON object with name, source and documents"_s);
    const QJsonObject root = document.object();
    GoldSet result;
    if (!reader.string(root, u"name"_s, &result.name, u"gold set"_s) || !reader.string(root, u"source"_s, &result.source, u"gold set"_s))
        return failed(reader.error);
    if (!root.value(u"documents"_s).isArray())
        return failed(u"gold set: \"documents\" must be an array"_s);
    for (const QJsonValue &documentValue : root.value(u"documents"_s).toArray()) {
        const QJsonObject object = documentValue.toObject();
        GoldDocument gold;
        if (!reader.string(object, u"key"_s, &gold.key, u"document"_s))
            return failed(reader.error);
        const QString where = u"document %1"_s.arg(gold.key);
        if (!reader.string(object, u"textHash"_s, &gold.textHash, where))
            return failed(reader.error);
        const QJsonArray statements = object.value(u"statements"_s).toArray();
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const QJsonObject item = statements[i].toObject();
            const QString itemWhere = u"%1, statement %2"_s.arg(where).arg(i + 1);
            GoldStatement statement;
            QString kind;
            if (!reader.integer(item, u"start"_s, &statement.start, itemWhere) || !reader.integer(item, u"end"_s, &statement.end, itemWhere)
                || !reader.span(statement.start, statement.end, itemWhere) || !reader.string(item, u"kind"_s, &kind, itemWhere)
                || !reader.string(item, u"speaker"_s, &statement.speaker, itemWhere, false)
                || !reader.string(item, u"spanHash"_s, &statement.spanHash, itemWhere))
                return failed(reader.error);
            if (!Verbatim::statementKindFromName(kind, &statement.kind) || statement.kind == Verbatim::StatementKind::Manual)
                return failed(u"%1: kind \"%2\" is not direct, indirect or mixed"_s.arg(itemWhere, kind));
            gold.statements.append(statement);
        }
        const QJsonArray mentions = object.value(u"mentions"_s).toArray();
        for (qsizetype i = 0; i < mentions.size(); ++i) {
            const QJsonObject item = mentions[i].toObject();
            const QString itemWhere = u"%1, mention %2"_s.arg(where).arg(i + 1);
            GoldMention mention;
            QString type;
            if (!reader.integer(item, u"start"_s, &mention.start, itemWhere) || !reader.integer(item, u"end"_s, &mention.end, itemWhere)
                || !reader.span(mention.start, mention.end, itemWhere) || !reader.string(item, u"type"_s, &type, itemWhere)
                || !reader.integer(item, u"headStart"_s, &mention.headStart, itemWhere)
                || !reader.integer(item, u"headEnd"_s, &mention.headEnd, itemWhere)
                || !reader.span(mention.headStart, mention.headEnd, itemWhere)
                || !reader.string(item, u"spanHash"_s, &mention.spanHash, itemWhere))
                return failed(reader.error);
            if (!Verbatim::entityTypeFromName(type, &mention.type))
                return failed(u"%1: type \"%2\" is not person, organisation, place, date or group"_s.arg(itemWhere, type));
            if (mention.headStart < mention.start || mention.headEnd > mention.end)
                return failed(u"%1: the head span lies outside the mention"_s.arg(itemWhere));
            gold.mentions.append(mention);
        }
        result.documents.append(gold);
    }
    sortGoldSet(result);
    *set = result;
    return true;
}

bool readGoldSet(const QString &path, GoldSet *set, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (!goldSetFromJson(file.readAll(), set, error)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, *error);
        return false;
    }
    return true;
}

bool writeGoldSet(const QString &path, const GoldSet &set, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(goldSetToJson(set)) < 0 || !file.commit()) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace VerbatimEval
