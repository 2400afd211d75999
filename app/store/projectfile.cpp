#include "projectfile.h"

#include "schema.h"
#include "sql.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Verbatim {

QString ProjectFile::uniqueConnectionName(QStringView purpose)
{
    static QAtomicInt counter;
    return QStringLiteral("verbatim-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1));
}

bool ProjectFile::isOwnFile(const QString &projectPath, const QString &path)
{
    const QString project = QFileInfo(projectPath).canonicalFilePath();
    if (project.isEmpty())
        return false;
    const QFileInfo file(path);
    // A file that does not exist yet is compared through its folder, which may be reached by another path.
    const QString filePath = file.exists() ? file.canonicalFilePath() : QFileInfo(file.absolutePath()).canonicalFilePath() + u'/' + file.fileName();
    for (const QStringView suffix : ownFileSuffixes()) {
        if (filePath == project + suffix)
            return true;
    }
    return false;
}

ProjectFile::Check ProjectFile::inspect(const QString &path)
{
    Check check;
    const QFileInfo info(path);
    if (!info.exists())
        return check;
    if (info.isDir()) {
        check.state = State::NotSqlite;
        check.message = tr("\"%1\" is a folder, not a Verbatim project").arg(path);
        return check;
    }
    if (info.size() == 0) {
        check.state = State::Empty;
        return check;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.state = State::Unreadable;
        check.message = tr("\"%1\" cannot be read: %2").arg(path, file.errorString());
        return check;
    }
    if (file.read(16) != QByteArrayView("SQLite format 3\0", 16)) {
        check.state = State::NotSqlite;
        check.message = tr("\"%1\" is not a Verbatim project (it is not an SQLite database); it was left unchanged").arg(path);
        return check;
    }
    file.close();

    const QString name = uniqueConnectionName(u"inspect");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // immutable=1: even a read-only connection would create -wal and -shm files beside a database in WAL mode.
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        QString error;
        if (!db.open()) {
            check.state = State::Unreadable;
            check.message = tr("\"%1\" cannot be opened: %2").arg(path, db.lastError().text());
        } else {
            const QVariant applicationId = Sql::scalar(db, QStringLiteral("PRAGMA application_id"), {}, &error);
            const QVariant version = Sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, &error);
            const QVariant objects = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, &error);
            if (!applicationId.isValid() || !version.isValid() || !objects.isValid()) {
                check.state = State::Unreadable;
                check.message = tr("\"%1\" cannot be read as a database: %2").arg(path, error);
            } else if (applicationId.toInt() == Schema::applicationId) {
                check.version = version.toInt();
                if (check.version > Schema::currentVersion) {
                    check.state = State::Newer;
                    check.message = tr("\"%1\" was written by a newer version of Verbatim (project format %2; this version "
                                       "reads formats up to %3). Open it with a newer Verbatim; it was left unchanged.")
                                        .arg(path)
                                        .arg(check.version)
                                        .arg(Schema::currentVersion);
                } else {
                    check.state = State::Project;
                }
            } else if (applicationId.toInt() == 0 && objects.toInt() == 0 && version.toInt() == 0) {
                check.state = State::Empty;
            } else {
                check.state = State::Foreign;
                check.message = tr("\"%1\" is an SQLite database that belongs to another program, not a Verbatim project; "
                                   "it was left unchanged")
                                    .arg(path);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return check;
}

QSqlDatabase ProjectFile::openConnection(const QString &path, const QString &connectionName, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = tr("Qt's SQLite driver (QSQLITE) is not installed; install it (on Debian: libqt6sql6-sqlite)");
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error = tr("\"%1\" cannot be opened: %2").arg(path, db.lastError().text());
        return db;
    }
    QSqlQuery query(db);
    // FULL makes every committed edit durable even across a power cut: "never losing a tag" is worth an fsync.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA temp_store = MEMORY",
                               "PRAGMA cache_size = -65536"}) {
        if (!Sql::exec(query, QString::fromLatin1(pragma), {}, error)) {
            db.close();
            return db;
        }
    }
    const QVariant mode = Sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"), {}, error);
    if (mode.toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        if (error->isEmpty())
            *error = tr("\"%1\" cannot use a write-ahead log (journal mode is %2); is it on a network drive?")
                         .arg(path, mode.toString());
        db.close();
    }
    return db;
}

} // namespace Verbatim
