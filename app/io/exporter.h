#pragma once

#include "search/corpusquery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

class QIODevice;

namespace Verbatim {

/// Writes a project's data as CSV (see CsvWriter) for spreadsheets, R, pandas and other annotation tools.
/// Offsets are Unicode code points into the article text exactly as the articles export gives it.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    enum class What {
        Statements, ///< every statement with the tags and note the user gave it
        Annotations, ///< every annotation, on statements and on spans the user selected
        Entities, ///< every entity with its number of mentions and articles
        Articles, ///< every article with its text
        Mentions, ///< every mention of an entity in an article, with its span
    };

    /// "statements", "annotations", "entities", "articles", "mentions".
    static QStringList whatNames();
    static bool whatFromName(QStringView name, What *what);
    static QStringList columns(What what);

    /// Writes the export to `device`. Returns false with `*error` set on failure; `*rows` receives the row count.
    static bool write(const QSqlDatabase &db, What what, QIODevice *device, QString *error, qint64 *rows = nullptr);
    /// Writes the export to a file, atomically: the file appears complete or not at all.
    static bool writeFile(const QSqlDatabase &db, What what, const QString &path, QString *error, qint64 *rows = nullptr);

    /// Called now and then while statements are written; returning false cancels the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    /// Writes the statements `statements` (as CorpusQuery found them for a filter, in their order) with the columns
    /// of the statements export. Reads SQLite's text as it is stored, without a QString per cell.
    static bool writeStatements(const QSqlDatabase &db, const CorpusQuery::Statements &statements, QIODevice *device, QString *error,
                                qint64 *rows = nullptr, const Progress &progress = {});
    /// The same to a file, atomically; "-" is standard output.
    static bool writeStatementsFile(const QSqlDatabase &db, const CorpusQuery::Statements &statements, const QString &path, QString *error,
                                    qint64 *rows = nullptr, const Progress &progress = {});

private:
    /// Runs `writeDevice` on the file at `path`, which appears complete or not at all ("-" is standard output);
    /// refuses the project's own files.
    static bool writeTo(const QSqlDatabase &db, const QString &path, QString *error, const std::function<bool(QIODevice *)> &writeDevice);
};

} // namespace Verbatim
