// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Diagnostic.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>

namespace flexor::config {

// The largest config or routine file Flexor reads. The shipped ones are a few kilobytes; the
// bound keeps a mistake (a log file, /dev/zero) from costing memory or seconds.
inline constexpr std::size_t kMaxTextFileBytes = 1024 * 1024;

// The whole content of a regular file of at most kMaxTextFileBytes, or the error that says why
// it could not be read. Devices, FIFOs and sockets are refused without blocking on them.
// whatItIs names the kind of file for messages, e.g. "config file".
std::variant<std::string, Diagnostic> readTextFile(const std::filesystem::path& file,
                                                   std::string_view whatItIs);

} // namespace flexor::config
