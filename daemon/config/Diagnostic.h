// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <string>
#include <vector>

namespace flexor::config {

// One problem found in a config or routine file, with where it is.
struct Diagnostic {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    std::string file;
    int line = 0;   // 1-based; 0 when the problem is about the whole file
    int column = 0; // 1-based; 0 when unknown
    std::string message;

    // "file:line:col: error: message" (the form compilers use, so editors can jump to it).
    std::string toString() const;
};

// An error about the file as a whole (it cannot be read, it lacks something required, ...).
Diagnostic wholeFileDiagnostic(std::string file, std::string message);

bool hasErrors(const std::vector<Diagnostic>& diagnostics);

// Problems about the whole file first, then the rest by position; ties keep their order.
void sortByPosition(std::vector<Diagnostic>& diagnostics);

} // namespace flexor::config
