#include "benchsupport.h"

#include "corpusgenerator.h"
#include "io/importer.h"
#include "store/project.h"
#include "store/projectextractor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <algorithm>
#include <cmath>

using namespace Verbatim;

namespace VerbatimBench {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString option(const QStringList &arguments, const QString &name, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments[at + 1] : fallback;
}

QString benchDir()
{
    const QString chosen = qEnvironmentVariable("VERBATIM_BENCH_DIR");
    return chosen.isEmpty() ? QStringLiteral(VERBATIM_BENCH_DIR) : chosen;
}

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1) + QStringLiteral(" MB");
}

QString seconds(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e9, 'f', 2) + QStringLiteral(" s");
}

QString milliseconds(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', 1) + QStringLiteral(" ms");
}

QString corpusFolder(qint64 count)
{
    const QString folder = benchDir() + QStringLiteral("/corpus-%1").arg(count);
    const QString marker = folder + QStringLiteral("/.complete");
    // Two benchmarks (or two checkouts sharing VERBATIM_BENCH_DIR) must not generate the same corpus at once.
    QDir().mkpath(benchDir());
    QLockFile lock(folder + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.lock())
        return {};
    if (QFile::exists(marker))
        return folder;
    QDir(folder).removeRecursively();
    out() << "generating " << count << " synthetic articles in " << folder << "\n";
    out().flush();
    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = CorpusGenerator().writeCorpus(folder, count);
    if (bytes < 0)
        return {};
    QFile file(marker);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QByteArray::number(bytes));
    out() << "  " << mb(bytes) << " in " << seconds(timer.nsecsElapsed()) << "\n";
    return folder;
}

qint64 corpusBytes(const QString &folder)
{
    QFile file(folder + QStringLiteral("/.complete"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().toLongLong() : 0;
}

void removeProjectFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

QString madeOnce(const QString &path, const QString &what, const std::function<bool()> &make)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.lock())
        return {};
    const QString marker = path + QStringLiteral(".complete");
    if (QFile::exists(marker))
        return path;
    removeProjectFiles(path);
    out() << what << "\n";
    out().flush();
    QElapsedTimer timer;
    timer.start();
    if (!make()) {
        out() << "  failed\n";
        return {};
    }
    QFile file(marker);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    out() << "  done in " << seconds(timer.nsecsElapsed()) << "\n";
    out().flush();
    return path;
}

QString benchProject(qint64 count)
{
    const QString folder = corpusFolder(count);
    if (folder.isEmpty())
        return {};
    const QString path = benchDir() + QStringLiteral("/project-%1.verbatim").arg(count);
    return madeOnce(path, QStringLiteral("importing %1 synthetic articles into %2").arg(count).arg(path), [&] {
        QString error;
        if (!Project::open(path, Project::OpenMode::CreateIfMissing, &error)) {
            out() << "  " << error << "\n";
            return false;
        }
        const ProjectExtractor extractor(path);
        const ImportReport report = Importer(path, extractor).run({folder});
        if (!report.succeeded())
            out() << "  " << report.summary() << "\n";
        return report.succeeded();
    });
}

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

qint64 quantile(QList<qint64> &samples, double q)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto at = qsizetype(std::ceil(q * double(samples.size()))) - 1;
    return samples[std::clamp<qsizetype>(at, 0, samples.size() - 1)];
}

} // namespace VerbatimBench
