#include "importer.h"

#include "common/plural.h"
#include "extract/extraction.h"
#include "store/articlewriter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QSet>
#include <QtConcurrent>

namespace Verbatim {

double ImportProgress::megabytesPerSecond() const
{
    if (elapsedMs <= 0)
        return 0;
    return double(bytesDone) / 1e6 / (double(elapsedMs) / 1000.0);
}

qint64 ImportProgress::remainingMs() const
{
    if (bytesDone <= 0 || elapsedMs < 500)
        return -1;
    return qint64(double(elapsedMs) * double(bytesTotal - bytesDone) / double(bytesDone));
}

qsizetype ImportReport::skippedCount() const
{
    return std::count_if(messages.cbegin(), messages.cend(),
                         [](const ImportMessage &message) { return message.severity == ImportMessage::Severity::Skipped; });
}

QString ImportReport::summary() const
{
    if (!error.isEmpty())
        return Importer::tr("The import failed and nothing was imported: %1").arg(error);
    if (cancelled)
        return Importer::tr("The import was cancelled; the project is as it was before.");
    QString text = Importer::tr("Imported %1 from %2 in %3 s")
                       .arg(plural(articlesImported, Importer::tr("%1 article"), Importer::tr("%1 articles")),
                            plural(filesRead, Importer::tr("%1 file"), Importer::tr("%1 files")))
                       .arg(double(elapsedMs) / 1000.0, 0, 'f', 1);
    QStringList details;
    if (duplicates > 0)
        details.append(plural(duplicates, Importer::tr("%1 duplicate left out"), Importer::tr("%1 duplicates left out")));
    if (const qsizetype skipped = skippedCount(); skipped > 0)
        details.append(Importer::tr("%1 skipped").arg(skipped));
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + u')';
    return text + u'.';
}

Importer::Importer(const QString &projectPath, const Extractor &extractor)
    : m_projectPath(projectPath)
    , m_extractor(extractor)
{
}

namespace {

// Files are read and extracted a batch at a time, so that the next batch is prepared on the other cores while
// the current one is written.
struct Batch {
    QList<ArticleFileReader::Result> files;
    QList<ArticleWriter::Prepared> articles; ///< one per article, in file order
    qint64 bytes = 0;
};

Batch prepareBatch(const QStringList &files, const Extractor &extractor)
{
    Batch batch;
    batch.files = QtConcurrent::blockingMapped(files, [](const QString &path) { return ArticleFileReader::readFile(path); });
    QList<const Article *> articles;
    for (const ArticleFileReader::Result &file : std::as_const(batch.files)) {
        for (const Article &article : file.articles)
            articles.append(&article);
    }
    // Everything but the writing happens here, on every core: the writer has only one.
    batch.articles = QtConcurrent::blockingMapped(articles, [&extractor](const Article *article) {
        return ArticleWriter::prepare(*article, extractor.extract({article->text, article->date, article->title}));
    });
    for (const QString &path : files)
        batch.bytes += QFileInfo(path).size();
    return batch;
}

QList<QStringList> splitIntoBatches(const QStringList &files, const QList<qint64> &sizes)
{
    // Big enough to keep every core busy, small enough to report progress often.
    constexpr qint64 batchBytes = 4 * 1024 * 1024;
    constexpr qsizetype batchFiles = 512;
    QList<QStringList> batches;
    QStringList current;
    qint64 currentBytes = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        current.append(files[i]);
        currentBytes += sizes[i];
        if (currentBytes >= batchBytes || current.size() >= batchFiles) {
            batches.append(current);
            current.clear();
            currentBytes = 0;
        }
    }
    if (!current.isEmpty())
        batches.append(current);
    return batches;
}

} // namespace

ImportReport Importer::run(const QStringList &paths)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    const QStringList files = ArticleFileReader::collectFiles(paths, &report.messages, m_projectPath);

    ImportProgress progress;
    progress.filesTotal = int(files.size());
    QList<qint64> sizes;
    for (const QString &file : files) {
        sizes.append(QFileInfo(file).size());
        progress.bytesTotal += sizes.constLast();
    }
    auto cancelled = [this] { return m_isCancelled && m_isCancelled(); };
    auto reportProgress = [&] {
        progress.elapsedMs = timer.elapsed();
        if (m_progress)
            m_progress(progress);
    };
    reportProgress();

    ArticleWriter writer(m_projectPath);
    if (!writer.isOpen() || !writer.begin()) {
        report.error = writer.errorString();
        report.elapsedMs = timer.elapsed();
        return report;
    }

    const QList<QStringList> batches = splitIntoBatches(files, sizes);
    const int extractionVersion = m_extractor.version();
    QFuture<Batch> next;
    if (!batches.isEmpty())
        next = QtConcurrent::run([&extractor = m_extractor, files = batches.constFirst()] { return prepareBatch(files, extractor); });

    // Leaves the project as it was: the writer's savepoint is rolled back, and the batch being prepared is awaited.
    auto abandon = [&] {
        writer.rollback();
        if (next.isValid())
            next.waitForFinished();
    };
    auto failure = [&] {
        const QString error = writer.errorString();
        abandon();
        report.error = error;
        report.articlesImported = 0;
        report.elapsedMs = timer.elapsed();
        return report;
    };

    QElapsedTimer waiting;
    for (qsizetype b = 0; b < batches.size(); ++b) {
        waiting.start();
        Batch batch = next.result();
        report.waitingMs += waiting.elapsed();
        if (b + 1 < batches.size() && !cancelled())
            next = QtConcurrent::run([&extractor = m_extractor, files = batches[b + 1]] { return prepareBatch(files, extractor); });
        else
            next = QFuture<Batch>();

        qsizetype preparedIndex = 0;
        for (const ArticleFileReader::Result &file : std::as_const(batch.files)) {
            QSet<qsizetype> leftOut; // articles of this file that were not imported: their warnings are left out with them
            QList<ImportMessage> conflicts;
            for (qsizetype index = 0; index < file.articles.size(); ++index) {
                const Article &article = file.articles[index];
                if (cancelled()) {
                    abandon();
                    report = ImportReport{};
                    report.cancelled = true;
                    report.elapsedMs = timer.elapsed();
                    return report;
                }
                switch (writer.insertPrepared(article, batch.articles[preparedIndex++], extractionVersion)) {
                case ArticleWriter::Outcome::Inserted:
                    ++report.articlesImported;
                    break;
                case ArticleWriter::Outcome::Duplicate:
                    ++report.duplicates;
                    leftOut.insert(index);
                    break;
                case ArticleWriter::Outcome::IdConflict:
                    conflicts.append({article.file, article.line,
                                      tr("another article with the id \"%1\" is already in the project; the stored one was kept")
                                          .arg(article.articleId),
                                      ImportMessage::Severity::Skipped});
                    leftOut.insert(index);
                    break;
                case ArticleWriter::Outcome::Failed:
                    return failure();
                }
            }
            for (const ImportMessage &message : file.messages) {
                if (!leftOut.contains(message.article))
                    report.messages.append(message);
            }
            report.messages.append(conflicts);
            // A file that could not be read at all does not count as read.
            const bool unreadable = file.articles.isEmpty()
                && std::any_of(file.messages.cbegin(), file.messages.cend(), [](const ImportMessage &message) {
                       return message.line == 0 && message.severity == ImportMessage::Severity::Skipped;
                   });
            if (!unreadable)
                ++report.filesRead;
            ++progress.filesDone;
        }
        // Index the batch now, in one statement, so that the commit at the end has little left to do.
        if (!writer.flush())
            return failure();
        progress.bytesDone += batch.bytes;
        progress.articlesImported = report.articlesImported;
        progress.duplicates = report.duplicates;
        reportProgress();
    }

    QElapsedTimer committing;
    committing.start();
    if (!writer.commit()) {
        report.error = writer.errorString();
        report.articlesImported = 0;
    }
    report.committingMs = committing.elapsed();
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace Verbatim
