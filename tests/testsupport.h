#pragma once

#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <QTest>

// Helpers shared by the tests.
namespace VerbatimTest {

/// The shared corpus folder (../shared/corpus), or an empty string when it is absent (a user's clone):
/// real-data tests call QSKIP with a message then.
inline QString sharedCorpusDir()
{
    const QDir dir(QStringLiteral(VERBATIM_SHARED_DIR "/corpus"));
    return dir.exists() ? dir.absolutePath() : QString();
}

#define VERBATIM_REQUIRE_SHARED_CORPUS(dir)                                                                            \
    const QString dir = VerbatimTest::sharedCorpusDir();                                                               \
    if (dir.isEmpty())                                                                                                 \
        QSKIP("../shared/corpus is absent: real-data test skipped (it runs in CI, where ../shared is beside the clone)");

inline QString testDataPath(const QString &relative)
{
    return QStringLiteral(VERBATIM_TEST_DATA_DIR "/") + relative;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

/// Keeps tests away from the user's settings and data folders.
inline void enableTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace VerbatimTest
