// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QCommandLineParser;

#include <string>
#include <vector>

namespace flexor::start {

// What the start-up of a program on demand (the routine, the window) leaves its caller.
struct ProgramStart {
    bool verbose = false;
    bool argumentsParsed = false;       // false: a word the program does not take
    std::vector<std::string> languages; // from Translations::install, most wanted first
};

// The start-up every window program of Flexor shares, called right after its QApplication
// exists: the application's names, log lines "LEVEL message" on stderr (the daemon, reading
// the child's stderr, puts them into its own log with its time stamp), the user's language
// and Flexor's style (a visible focus frame) and accessible widgets. `arguments` holds the
// program's own options; --verbose is added and the command line parsed (read the result
// from `arguments`).
ProgramStart startProgram(const char* loggerName, QCommandLineParser& arguments);

} // namespace flexor::start
