#pragma once

#include <QStringList>

class QCommandLineParser;

namespace Verbatim::CommandLine {

/// Whether argv is for the command line rather than the window: a command (see commandNames()), --help, --version, or
/// a mistake such as a misspelt command. All of these run without a window, and so without a display.
bool handles(int argc, char **argv);

/// The commands that run without a window, in the order the help lists them: import, export, search, ...
QStringList commandNames();

/// Runs what handles() accepted and returns the process exit status: 0 on success, 1 on failure (with a message on
/// standard error, also when an import could read no file at all), 2 when an import succeeded but skipped some files
/// or records.
int run(int argc, char **argv);

/// Declares the window's arguments on `parser`: [PROJECT], --screenshot FILE.png, --help and --version. Its help text
/// lists the commands too.
void addWindowArguments(QCommandLineParser &parser);

/// Why the window cannot take `positional` as its project, or an empty string when it can. A name that is not a
/// command and no existing file is only a new project when it ends in .verbatim, so that a misspelt command never
/// becomes a project file.
QString windowArgumentsError(const QStringList &positional);

} // namespace Verbatim::CommandLine
