#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

// What every verbatim-bench command shares: output, options, and the generated corpora and projects it reuses.
namespace VerbatimBench {

/// Standard output; figures go here.
QTextStream &out();

/// The value after `name` in `arguments`, or `fallback`.
QString option(const QStringList &arguments, const QString &name, const QString &fallback = QString());

/// Where corpora and projects are kept: $VERBATIM_BENCH_DIR, else the build folder's bench/.
QString benchDir();

QString mb(qint64 bytes);
QString seconds(qint64 nanoseconds);
QString milliseconds(qint64 nanoseconds);

/// The synthetic corpus of `count` articles, generated once (under a lock) and reused; empty on failure.
QString corpusFolder(qint64 count);
/// The bytes of text in a corpus folder corpusFolder() made.
qint64 corpusBytes(const QString &folder);

/// Removes the project file `path` and its write-ahead log and shared-memory files.
void removeProjectFiles(const QString &path);

/// `path`, made once by `make` and reused by every later run, also from other checkouts sharing the bench folder: a
/// lock keeps two benchmarks from making it at the same time, and the marker "PATH.complete", written only once
/// `make` has succeeded, says that it is whole. What an interrupted run left (the file and its journals) is removed
/// before `make` starts; `what` says what is being made. Empty on failure.
QString madeOnce(const QString &path, const QString &what, const std::function<bool()> &make);

/// A project with the synthetic corpus of `count` articles imported, made once (under a lock) and reused by every
/// benchmark that reads a project; empty on failure. Benchmarks must not change it: copy it first to change it.
QString benchProject(qint64 count);

/// The resident memory of this process, in bytes (VmRSS), or -1.
qint64 residentBytes();

/// The value at quantile `q` (0..1) of `samples` (nanoseconds), which it sorts.
qint64 quantile(QList<qint64> &samples, double q);

} // namespace VerbatimBench
