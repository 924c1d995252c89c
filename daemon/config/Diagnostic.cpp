// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Diagnostic.h"

#include <algorithm>
#include <utility>

namespace flexor::config {

namespace {

const char* severityName(Diagnostic::Severity severity) {
    return severity == Diagnostic::Severity::Error ? "error" : "warning";
}

} // namespace

std::string Diagnostic::toString() const {
    std::string where = file;
    if (line > 0) {
        where += ':' + std::to_string(line);
        if (column > 0) {
            where += ':' + std::to_string(column);
        }
    }
    return where + ": " + severityName(severity) + ": " + message;
}

Diagnostic wholeFileDiagnostic(std::string file, std::string message) {
    return {Diagnostic::Severity::Error, std::move(file), 0, 0, std::move(message)};
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
        return d.severity == Diagnostic::Severity::Error;
    });
}

void sortByPosition(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
}

} // namespace flexor::config
