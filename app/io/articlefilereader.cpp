#include "articlefilereader.h"

#include "corpus/articledate.h"
#include "corpus/articletext.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "store/projectfile.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringConverter>
#include <QStringDecoder>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace Verbatim {

QString ImportMessage::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    return where + QStringLiteral(": ") + reason;
}

namespace {

enum class Format { Text, JsonLines, Json, Csv, Unsupported };

Format formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"txt" || suffix == u"text")
        return Format::Text;
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return Format::JsonLines;
    if (suffix == u"json")
        return Format::Json;
    if (suffix == u"csv")
        return Format::Csv;
    return Format::Unsupported;
}

// The byte offset of the first byte that is not part of a valid UTF-8 sequence, or -1 when all of it is valid.
qsizetype firstInvalidUtf8(QByteArrayView data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        int extra = 0;
        unsigned minimum = 0;
        unsigned codePoint = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            extra = 1, minimum = 0x80, codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2, minimum = 0x800, codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3, minimum = 0x10000, codePoint = lead & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

int lineOfOffset(QByteArrayView data, qsizetype offset)
{
    return int(std::count(data.begin(), data.begin() + offset, '\n')) + 1;
}

// Decodes a whole file, or says why it cannot be read as text.
std::optional<QString> decodeText(const QByteArray &data, QString *reason)
{
    if (const auto bomEncoding = QStringConverter::encodingForData(data);
        bomEncoding && *bomEncoding != QStringConverter::Utf8) {
        QStringDecoder decoder(*bomEncoding);
        QString text = decoder(data);
        if (decoder.hasError()) {
            *reason = ArticleFileReader::tr("not valid %1 text").arg(QString::fromLatin1(QStringConverter::nameForEncoding(*bomEncoding)));
            return std::nullopt;
        }
        return text;
    }
    if (data.first(std::min<qsizetype>(data.size(), 8192)).contains('\0')) {
        *reason = ArticleFileReader::tr("a binary file, not text (it contains NUL bytes)");
        return std::nullopt;
    }
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
        *reason = ArticleFileReader::tr("not valid UTF-8 (the first bad byte, 0x%1, is on line %2 at byte offset %3); "
                                        "convert the file to UTF-8 and import it again")
                      .arg(QString::number(static_cast<unsigned char>(data[bad]), 16).toUpper())
                      .arg(lineOfOffset(data, bad))
                      .arg(bad);
        return std::nullopt;
    }
    QStringDecoder decoder(QStringConverter::Utf8);
    return QString(decoder(data));
}

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// The fields of a JSON object or CSV row, looked up by any of the names the formats accept.
using FieldLookup = std::function<QString(const QString &key)>;

struct RecordResult {
    std::optional<Article> article;
    QList<ImportMessage> messages;
};

RecordResult articleFromFields(const FieldLookup &field, const QString &file, int line)
{
    RecordResult result;
    auto message = [&](const QString &reason, ImportMessage::Severity severity) {
        result.messages.append({file, line, reason, severity});
    };

    QString text;
    for (const QString &key : {QStringLiteral("text"), QStringLiteral("article"), QStringLiteral("body"), QStringLiteral("content")}) {
        text = field(key);
        if (!isBlank(text))
            break;
    }
    text = ArticleText::normalise(text);
    if (text.isEmpty()) {
        message(ArticleFileReader::tr("no article text (expected a non-empty text, article, body or content field)"),
                ImportMessage::Severity::Skipped);
        return result;
    }

    Article article;
    article.text = text;
    // "article_id" is the column Verbatim's own articles export writes.
    article.articleId = field(QStringLiteral("id")).trimmed();
    if (article.articleId.isEmpty())
        article.articleId = field(QStringLiteral("article_id")).trimmed();
    if (article.articleId.isEmpty())
        article.articleId = ArticleText::derivedId(text);
    article.title = field(QStringLiteral("title")).simplified();
    if (article.title.isEmpty())
        article.title = ArticleText::leadSentence(text);
    article.source = field(QStringLiteral("source")).simplified();
    article.url = field(QStringLiteral("url")).trimmed();

    QStringList unreadDates;
    for (const QString &key : {QStringLiteral("date"), QStringLiteral("date_iso"), QStringLiteral("published")}) {
        const QString value = field(key).trimmed();
        if (value.isEmpty())
            continue;
        article.date = parseArticleDate(value);
        if (article.date.isValid())
            break;
        unreadDates.append(value);
    }
    if (!article.date.isValid() && !unreadDates.isEmpty())
        message(ArticleFileReader::tr("the date \"%1\" is not a date Verbatim understands; imported without a date")
                    .arg(unreadDates.constFirst()),
                ImportMessage::Severity::Warning);

    article.origin = line > 0 ? file + u':' + QString::number(line) : file;
    article.file = file;
    article.line = line;
    result.article = article;
    return result;
}

QString jsonValueToString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// Adds a record's article, if it has one, and its messages, which are then about that article.
void addRecord(RecordResult &record, ArticleFileReader::Result &result)
{
    if (record.article) {
        for (ImportMessage &message : record.messages)
            message.article = result.articles.size();
        result.articles.append(*record.article);
    }
    result.messages.append(record.messages);
}

void addJsonObject(const QJsonObject &object, const QString &file, int line, ArticleFileReader::Result &result)
{
    RecordResult record = articleFromFields([&](const QString &key) { return jsonValueToString(object.value(key)); }, file, line);
    addRecord(record, result);
}

void readJsonLines(const QByteArray &data, const QString &file, ArticleFileReader::Result &result)
{
    int lineNumber = 0;
    qsizetype start = 0;
    bool sawContent = false;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        ++lineNumber;
        QByteArray line = data.sliced(start, end - start);
        start = end + 1;
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (line.trimmed().isEmpty())
            continue;
        sawContent = true;
        auto skip = [&](const QString &reason) { result.messages.append({file, lineNumber, reason, ImportMessage::Severity::Skipped}); };

        if (line.contains('\0')) {
            skip(ArticleFileReader::tr("binary data, not text (the line contains NUL bytes)"));
            continue;
        }
        if (const qsizetype bad = firstInvalidUtf8(line); bad >= 0) {
            skip(ArticleFileReader::tr("not valid UTF-8 (the first bad byte, 0x%1, is at column %2)")
                     .arg(QString::number(static_cast<unsigned char>(line[bad]), 16).toUpper())
                     .arg(bad + 1));
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError) {
            skip(ArticleFileReader::tr("malformed JSON: %1 at column %2").arg(error.errorString()).arg(error.offset + 1));
            continue;
        }
        if (!document.isObject()) {
            skip(ArticleFileReader::tr("not a JSON object (each line must be one article, like {\"text\": ...})"));
            continue;
        }
        addJsonObject(document.object(), file, lineNumber, result);
    }
    if (!sawContent)
        result.messages.append({file, 0, ArticleFileReader::tr("the file is empty"), ImportMessage::Severity::Skipped});
}

void readJson(const QByteArray &data, const QString &file, ArticleFileReader::Result &result)
{
    const QByteArray trimmed = data.trimmed();
    if (!trimmed.startsWith('[')) {
        // A .json file that holds one object per line is JSON Lines under another name.
        readJsonLines(data, file, result);
        return;
    }
    QString reason;
    if (!decodeText(data, &reason)) {
        result.messages.append({file, 0, reason, ImportMessage::Severity::Skipped});
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        result.messages.append({file, lineOfOffset(data, error.offset),
                                ArticleFileReader::tr("malformed JSON: %1; nothing in this file was imported").arg(error.errorString()),
                                ImportMessage::Severity::Skipped});
        return;
    }
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject()) {
            result.messages.append({file, 0, ArticleFileReader::tr("item %1 of the array is not a JSON object").arg(i + 1),
                                    ImportMessage::Severity::Skipped});
            continue;
        }
        // Items of an array have no line of their own; number them as records instead.
        RecordResult record = articleFromFields([&](const QString &key) { return jsonValueToString(array[i].toObject().value(key)); }, file, 0);
        for (ImportMessage &message : record.messages)
            message.reason = ArticleFileReader::tr("item %1: %2").arg(i + 1).arg(message.reason);
        if (record.article)
            record.article->origin = file + u'#' + QString::number(i + 1);
        addRecord(record, result);
    }
}

void readCsv(const QString &text, const QString &file, ArticleFileReader::Result &result)
{
    CsvReader reader(text);
    QStringList header;
    if (!reader.readRecord(header) || std::all_of(header.cbegin(), header.cend(), [](const QString &h) { return h.trimmed().isEmpty(); })) {
        const QString reason = reader.errorString().isEmpty() ? ArticleFileReader::tr("the file is empty") : reader.errorString();
        result.messages.append({file, 0, reason, ImportMessage::Severity::Skipped});
        return;
    }
    QHash<QString, qsizetype> columns;
    for (qsizetype i = 0; i < header.size(); ++i)
        columns.insert(header[i].trimmed().toLower(), i);
    const bool hasText = columns.contains(u"text"_s) || columns.contains(u"article"_s) || columns.contains(u"body"_s)
        || columns.contains(u"content"_s);
    if (!hasText) {
        result.messages.append({file, 1,
                                ArticleFileReader::tr("the header row has no text column (expected one of text, article, body, content; found %1)")
                                    .arg(header.join(QStringLiteral(", "))),
                                ImportMessage::Severity::Skipped});
        return;
    }

    QStringList fields;
    while (reader.readRecord(fields)) {
        if (fields.size() == 1 && fields.constFirst().isEmpty())
            continue;
        if (fields.size() != header.size()) {
            result.messages.append({file, reader.recordLine(),
                                    ArticleFileReader::tr("this row has %1 fields but the header has %2").arg(fields.size()).arg(header.size()),
                                    ImportMessage::Severity::Skipped});
            continue;
        }
        RecordResult record = articleFromFields(
            [&](const QString &key) {
                const qsizetype column = columns.value(key, -1);
                return column >= 0 ? CsvWriter::unescaped(fields[column]) : QString();
            },
            file, reader.recordLine());
        addRecord(record, result);
    }
    if (!reader.errorString().isEmpty())
        result.messages.append({file, reader.recordLine(),
                                ArticleFileReader::tr("%1; the rows from here on were not imported").arg(reader.errorString()),
                                ImportMessage::Severity::Skipped});
}

void readText(const QString &decoded, const QString &path, ArticleFileReader::Result &result)
{
    static const QRegularExpression header(QStringLiteral(R"(^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$))"));
    static const QRegularExpression corpusFileName(QStringLiteral(R"(^\d+_([0-9a-fA-F]{6,})\.txt$)"));

    Article article;
    QStringView body = decoded;
    const QRegularExpressionMatch match = header.matchView(body);
    if (match.hasMatch()) {
        article.date = QDate::fromString(match.captured(1), Qt::ISODate);
        body = body.sliced(match.capturedEnd(0));
    }
    article.text = ArticleText::normalise(body);
    if (article.text.isEmpty()) {
        result.messages.append({path, 0,
                                match.hasMatch() ? ArticleFileReader::tr("only a date header, no article text")
                                                 : ArticleFileReader::tr("the file is empty"),
                                ImportMessage::Severity::Skipped});
        return;
    }
    const QRegularExpressionMatch name = corpusFileName.match(QFileInfo(path).fileName());
    article.articleId = name.hasMatch() ? name.captured(1) : ArticleText::derivedId(article.text);
    article.title = ArticleText::leadSentence(article.text);
    article.origin = path;
    article.file = path;
    if (match.hasMatch() && !article.date.isValid())
        result.messages.append({path, 1,
                                ArticleFileReader::tr("the date header says %1, which is not a calendar date; imported without a date")
                                    .arg(match.captured(1)),
                                ImportMessage::Severity::Warning, result.articles.size()});
    result.articles.append(article);
}

// Whether the link to a folder `link` leads to the folder it is in, or to one of that folder's parents.
bool leadsBackUp(const QFileInfo &link)
{
    const QString target = link.canonicalFilePath();
    const QString folder = QFileInfo(link.absolutePath()).canonicalFilePath();
    return !target.isEmpty() && (folder == target || folder.startsWith(target.endsWith(u'/') ? target : target + u'/'));
}

} // namespace

ArticleFileReader::Result ArticleFileReader::readData(const QByteArray &data, const QString &fileName)
{
    Result result;
    const Format format = formatForFileName(fileName);
    if (format == Format::Unsupported) {
        result.messages.append({fileName, 0,
                                tr("not a supported format (Verbatim imports .txt, .jsonl, .ndjson, .json and .csv)"),
                                ImportMessage::Severity::Skipped});
        return result;
    }
    if (data.trimmed().isEmpty()) {
        result.messages.append({fileName, 0, tr("the file is empty"), ImportMessage::Severity::Skipped});
        return result;
    }
    if (format == Format::JsonLines) {
        readJsonLines(data, fileName, result);
        return result;
    }
    if (format == Format::Json) {
        readJson(data, fileName, result);
        return result;
    }

    QString reason;
    const std::optional<QString> decoded = decodeText(data, &reason);
    if (!decoded) {
        result.messages.append({fileName, 0, reason, ImportMessage::Severity::Skipped});
        return result;
    }
    if (format == Format::Csv)
        readCsv(*decoded, fileName, result);
    else
        readText(*decoded, fileName, result);
    return result;
}

ArticleFileReader::Result ArticleFileReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.messages.append({path, 0, tr("cannot be opened: %1").arg(file.errorString()), ImportMessage::Severity::Skipped});
        return result;
    }
    return readData(file.readAll(), path);
}

bool ArticleFileReader::isSupportedFileName(const QString &fileName)
{
    return formatForFileName(fileName) != Format::Unsupported;
}

QStringList ArticleFileReader::collectFiles(const QStringList &paths, QList<ImportMessage> *messages, const QString &projectPath)
{
    // Only files whose names begin like the project's can be its own: the others need no look at their canonical paths.
    const QString projectFileName = projectPath.isEmpty() ? QString() : QFileInfo(projectPath).fileName();
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (messages)
                messages->append({path, 0, tr("does not exist"), ImportMessage::Severity::Skipped});
            continue;
        }
        if (!info.isDir()) {
            files.append(info.filePath());
            continue;
        }
        QStringList found;
        // Absolute, so that a folder named through ".." is not taken for a hidden one.
        const QDir folder(info.absoluteFilePath());
        QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo file = it.nextFileInfo();
            // Hidden below the chosen folder (".git", ".DS_Store") is skipped; the chosen folder itself may be
            // under a hidden one, such as ~/.local/share.
            const QString relative = folder.relativeFilePath(file.absoluteFilePath());
            if (relative.startsWith(u'.') || relative.contains(QStringLiteral("/.")))
                continue;
            if (file.isDir()) {
                // Links to folders are not followed. One that leads back up ("loop -> .") would read the same
                // files forever if they were, so the user is told why it was passed over.
                if (file.isSymLink() && leadsBackUp(file) && messages)
                    messages->append({file.filePath(), 0, tr("a link that leads back into a folder being read; not followed"),
                                      ImportMessage::Severity::Skipped});
                continue;
            }
            // A project kept beside its articles: its own files are neither articles nor news to the user.
            if (!projectFileName.isEmpty() && file.fileName().startsWith(projectFileName) && ProjectFile::isOwnFile(projectPath, file.filePath()))
                continue;
            if (isSupportedFileName(file.fileName()))
                found.append(file.filePath());
            else if (messages)
                messages->append({file.filePath(), 0, tr("not an article file (only .txt, .jsonl, .ndjson, .json and .csv are imported)"),
                                  ImportMessage::Severity::Skipped});
        }
        if (found.isEmpty() && messages)
            messages->append({path, 0, tr("no article files in this folder (.txt, .jsonl, .ndjson, .json, .csv)"), ImportMessage::Severity::Skipped});
        // Directory order differs between file systems; a sorted order makes imports repeatable.
        std::sort(found.begin(), found.end());
        files.append(found);
    }
    return files;
}

} // namespace Verbatim
