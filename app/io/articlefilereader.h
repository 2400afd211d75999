#pragma once

#include "corpus/article.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Verbatim {

/// Something the user should know about one file (or one line of it) during an import.
struct ImportMessage {
    enum class Severity {
        Skipped, ///< the file or record was not imported
        Warning, ///< imported, but with something missing (such as an unreadable date)
    };
    QString file;
    int line = 0; ///< 1-based line of a multi-article file, 0 for the whole file
    QString reason;
    Severity severity = Severity::Skipped;
    /// For a warning about one article: its index in the file's ArticleFileReader::Result::articles, so that the
    /// warning can be left out with the article (a duplicate); -1 for a message about the file or a skipped record.
    qsizetype article = -1;

    /// "file:line: reason", as the command line prints it.
    QString toString() const;
};

/// Reads article files in every format Verbatim imports:
/// - the corpus format: UTF-8 text whose first line begins with " date YYYY-MM-DD " followed by the lead sentence,
///   paragraphs separated by blank lines, and a file name "NNN_<hex id>.txt" that gives the article id;
/// - plain text (.txt) without that header;
/// - JSON Lines (.jsonl, .ndjson), one object per line, or a JSON array (.json) of the same objects;
/// - CSV (.csv) with a header row.
/// JSON and CSV use the keys id, date (or date_iso, published), title, source, url and text (or article, body, content).
/// A file is read whole before anything is returned, so a caller never stores half of a file by accident.
class ArticleFileReader
{
    Q_DECLARE_TR_FUNCTIONS(ArticleFileReader)

public:
    struct Result {
        QList<Article> articles;
        QList<ImportMessage> messages;
    };

    /// Reads the file at `path`.
    static Result readFile(const QString &path);
    /// Reads `data` as if it were the contents of a file called `fileName` (the name chooses the format).
    static Result readData(const QByteArray &data, const QString &fileName);

    /// Expands folders recursively into the files this reader understands, in a stable order. Files of other kinds
    /// met inside folders, links that lead back into a folder being read (never followed), and paths that do not exist
    /// are reported in `messages` (when not null); hidden files, and inside folders the files of the project at
    /// `projectPath` (see ProjectFile::isOwnFile()), are passed over.
    static QStringList collectFiles(const QStringList &paths, QList<ImportMessage> *messages, const QString &projectPath = {});

    /// Whether a file name has an extension this reader handles.
    static bool isSupportedFileName(const QString &fileName);
};

} // namespace Verbatim
