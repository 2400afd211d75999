// verbatim-bench: measures what the issues set targets for, and prints figures (never asserts a time).
//   verbatim-bench extraction [--corpus DIR] [--seconds N]   extraction throughput on one core, MB/s
#include "extract/ruleextractor.h"
#include "io/articlefilereader.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Verbatim;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Real news text to extract from: the shared corpus when it is there, else the bundled sample corpus.
QList<Article> loadArticles(const QString &corpusDir)
{
    QList<Article> articles;
    const QString jsonl = corpusDir + QStringLiteral("/usgov-ukraine-2022/articles.jsonl");
    for (const QString &path : {jsonl, QString(corpusDir + QStringLiteral("/seeds"))}) {
        const QStringList files = ArticleFileReader::collectFiles({path}, nullptr);
        for (const QString &file : files)
            articles.append(ArticleFileReader::readFile(file).articles);
    }
    if (articles.isEmpty()) {
        const QStringList files = ArticleFileReader::collectFiles({QStringLiteral(VERBATIM_SOURCE_DIR "/resources/sample-corpus")}, nullptr);
        for (const QString &file : files)
            articles.append(ArticleFileReader::readFile(file).articles);
    }
    return articles;
}

int extractionBenchmark(const QStringList &arguments)
{
    QString corpus = QStringLiteral(VERBATIM_SHARED_DIR "/corpus");
    double seconds = 5;
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == u"--corpus")
            corpus = arguments[i + 1];
        else if (arguments[i] == u"--seconds")
            seconds = arguments[i + 1].toDouble();
    }
    const QList<Article> articles = loadArticles(corpus);
    qint64 bytes = 0;
    for (const Article &article : articles)
        bytes += article.text.toUtf8().size();
    out() << "extraction: " << articles.size() << " articles, " << QString::number(double(bytes) / 1e6, 'f', 2) << " MB of UTF-8 text\n";
    const RuleExtractor extractor;
    // Warm up (gazetteer loading is not part of the rate).
    extractor.extract(articles.constFirst().text, articles.constFirst().date);

    QElapsedTimer timer;
    timer.start();
    qint64 extractedBytes = 0;
    qint64 statements = 0;
    qint64 mentions = 0;
    int rounds = 0;
    while (timer.elapsed() < qint64(seconds * 1000) || rounds == 0) {
        for (const Article &article : articles) {
            const Extraction extraction = extractor.extract(article.text, article.date);
            statements += extraction.statements.size();
            mentions += extraction.mentions.size();
        }
        extractedBytes += bytes;
        ++rounds;
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    out() << "  " << rounds << " rounds in " << QString::number(elapsed, 'f', 2) << " s on one thread: "
          << QString::number(double(extractedBytes) / 1e6 / elapsed, 'f', 1) << " MB/s (target: 20 MB/s per core); "
          << statements / rounds << " statements and " << mentions / rounds << " mentions per round\n";
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    const QString command = arguments.value(0);
    if (command == u"extraction")
        return extractionBenchmark(arguments.mid(1));
    QTextStream(stderr) << "usage: verbatim-bench extraction [--corpus DIR] [--seconds N]\n";
    return command.isEmpty() || command == u"--help" ? 0 : 1;
}
