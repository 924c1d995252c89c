// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Diagnostic.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <variant>

namespace flexor::config {

// The whole content of a file, or the error that says why it could not be read.
// whatItIs names the kind of file for messages, e.g. "config file".
std::variant<std::string, Diagnostic> readTextFile(const std::filesystem::path& file,
                                                   std::string_view whatItIs);

} // namespace flexor::config
