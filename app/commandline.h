// The command line: the same scenarios, traces and exports as the window, with no window, for
// batch slide generation and for tests. Errors go to stderr in one line, with a non-zero exit.
#pragma once

#include <QStringList>
#include <QVariantMap>

namespace loopscope {

// True when the arguments ask for command-line work (no window): --list, --export, --help…
bool isCommandLineRun(const QStringList &arguments);

// `loopscope --python PROGRAM.py [--seed N] [--horizon S]` with neither --export nor --trace
// opens the window on the program: {path, seed, horizon} for the window, or empty.
QVariantMap windowProgram(const QStringList &arguments);

// Runs the command line. Needs a QGuiApplication (fonts) but no display: main() selects the
// offscreen platform first. Returns the process's exit code.
int runCommandLine(const QStringList &arguments);

} // namespace loopscope
