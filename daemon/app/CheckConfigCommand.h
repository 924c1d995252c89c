// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <filesystem>
#include <optional>

namespace flexor::app {

// `flexor check-config [FILE]`: validates a config file (by default the user's config.toml)
// without touching the running daemon. Prints "OK" and any warnings and returns 0, or prints
// every problem as "file:line:col: error: ..." and returns 1.
int runCheckConfig(const std::optional<std::filesystem::path>& file);

} // namespace flexor::app
