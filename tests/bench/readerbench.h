#pragma once

#include <QStringList>

// The reader's benchmarks (readerbench.cpp): opening a project, full-text search, switching articles. The window's
// part runs in verbatim-guibench (guibench.cpp), a process of its own for each measurement.
namespace VerbatimBench {

/// `project --articles N`: make (or find) the shared project of N synthetic articles and print its path.
int projectCommand(const QStringList &arguments);
/// `open --articles N [--runs R] [--entities E]`: from process start to the window painted with its list filled.
int openCommand(const QStringList &arguments);
/// `search --articles N [--rounds R]`: the first 50 hits of a fixed set of queries, best first and newest first.
int searchCommand(const QStringList &arguments);
/// `switch [--rounds R]`: showing articles of 3 KB to 3 MB with every highlighting layer.
int switchCommand(const QStringList &arguments);
/// `window-import --articles N`: import the synthetic corpus from the window while a user searches; the longest the
/// event loop was kept from input.
int windowImportCommand(const QStringList &arguments);

} // namespace VerbatimBench
