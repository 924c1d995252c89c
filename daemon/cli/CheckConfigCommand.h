// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <filesystem>
#include <optional>

namespace flexor::cli {

// `flexor check-config [FILE]`: validates a config file (by default the user's config.toml)
// without touching the running daemon. A FILE in a folder named "routines", or one with
// [[step]] tables, is checked as a routine. Prints "OK" and any warnings and returns 0, or
// prints every problem as "file:line:col: error: ..." and returns 1. A FILE that was named
// but does not exist is an error; only the default config may be missing (defaults apply).
int runCheckConfig(const std::optional<std::filesystem::path>& file);

} // namespace flexor::cli
