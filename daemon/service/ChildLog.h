// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <string>

namespace flexor::service {

// The log of a child program (the routine, the window), read from its stderr: each line
// "LEVEL message" goes into the daemon's log at that level; anything else (a crash report)
// as a warning naming the program.
class ChildLog {
public:
    explicit ChildLog(std::string program)
        : program_(std::move(program)) {}

    // Logs every whole line of what arrived so far.
    void append(const QByteArray& bytes);
    // Logs what is left (a last line without its newline) and starts afresh.
    void finish();

private:
    void logLine(const QByteArray& line) const;

    std::string program_;
    QByteArray buffer_;
};

} // namespace flexor::service
