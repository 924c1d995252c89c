// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <string>
#include <vector>

namespace flexor::app {

// What the start-up of a program on demand (the routine, the window) leaves its caller.
struct ProgramStart {
    QStringList args; // the arguments after the program's name, without --verbose
    bool verbose = false;
    std::vector<std::string> languages; // from Translations::install, most wanted first
};

// The start-up every window program of Flexor shares, called right after its QApplication
// exists: the application's names, log lines "LEVEL message" on stderr (the daemon, reading
// the child's stderr, puts them into its own log with its time stamp), the user's language
// and Flexor's style (a visible focus frame) and accessible widgets.
ProgramStart startProgram(const char* loggerName);

} // namespace flexor::app
