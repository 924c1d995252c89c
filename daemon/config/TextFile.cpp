// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TextFile.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace flexor::config {

namespace {

// Call right after the failed stream operation, while errno still says why.
Diagnostic cannotBeRead(const std::filesystem::path& file) {
    const int reason = errno;
    return wholeFileDiagnostic(file.string(),
                               std::string("cannot be read: ") + std::strerror(reason));
}

} // namespace

std::variant<std::string, Diagnostic> readTextFile(const std::filesystem::path& file,
                                                   std::string_view whatItIs) {
    std::error_code ignored;
    if (std::filesystem::is_directory(file, ignored)) {
        return wholeFileDiagnostic(file.string(), "is a directory, not a " + std::string(whatItIs));
    }
    std::ifstream stream(file, std::ios::binary);
    if (!stream) {
        return cannotBeRead(file);
    }
    std::ostringstream text;
    text << stream.rdbuf();
    if (stream.bad()) {
        return cannotBeRead(file);
    }
    return text.str();
}

} // namespace flexor::config
