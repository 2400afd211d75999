#pragma once

namespace Verbatim::CommandLine {

/// Whether argv names a command-line command (import, export, search, stats), which runs without a window.
bool handles(int argc, char **argv);

/// Runs a command-line command and returns the process exit status: 0 on success, 1 on failure (with a message on
/// standard error), 2 when an import succeeded but skipped some files or records.
int run(int argc, char **argv);

} // namespace Verbatim::CommandLine
