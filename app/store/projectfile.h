#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <array>

namespace Verbatim {

/// What is at a path before Verbatim opens it, and how every connection to a project is made.
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    enum class State {
        Missing, ///< nothing there yet
        Empty, ///< an empty file or an empty SQLite database: safe to make into a project
        Project, ///< a Verbatim project this build can open (perhaps after migrating it)
        NotSqlite, ///< some other kind of file
        Foreign, ///< an SQLite database that belongs to another program
        Newer, ///< a project written by a newer Verbatim
        Unreadable, ///< cannot be read (permissions, corruption)
    };
    struct Check {
        State state = State::Missing;
        int version = 0; ///< the project format version, for Project and Newer
        QString message; ///< why the file cannot be opened; empty when it can
    };

    /// Looks at `path` without changing it (read-only, no journal files left behind).
    static Check inspect(const QString &path);

    /// Opens a connection named `connectionName` with the settings every Verbatim connection uses:
    /// foreign keys on, write-ahead log, a busy timeout. The caller removes it with QSqlDatabase::removeDatabase().
    static QSqlDatabase openConnection(const QString &path, const QString &connectionName, QString *error);

    /// A connection name not used by any other connection in this process.
    static QString uniqueConnectionName(QStringView purpose);

    /// The project's own files as suffixes of its path: "" for the project itself, then the files SQLite keeps beside it.
    static constexpr std::array<QStringView, 4> ownFileSuffixes() { return {u"", u"-wal", u"-shm", u"-journal"}; }

    /// Whether `path` is the project at `projectPath` or one of the files SQLite keeps beside it (ownFileSuffixes()),
    /// by their canonical paths; a `path` that does not exist yet is compared through its folder.
    static bool isOwnFile(const QString &projectPath, const QString &path);

    /// The file name extension of projects, without the dot.
    static QString suffix() { return QStringLiteral("verbatim"); }
};

} // namespace Verbatim
