// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Config.h"
#include "Diagnostic.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace flexor::config {

// What reading a config file gave: the config (only when nothing was an error) and every
// problem found, warnings included, in the order they appear in the file.
struct LoadResult {
    std::optional<Config> config;
    std::vector<Diagnostic> diagnostics;

    bool hasErrors() const;
};

// Reads config.toml text. Keys that are missing keep their defaults; unknown keys are warnings.
// sourceName is the file name diagnostics carry.
LoadResult parseConfig(std::string_view text, std::string sourceName);

// Reads a config file. A file that does not exist means "all defaults" and is no problem;
// one that exists but cannot be read is an error.
LoadResult loadConfigFile(const std::filesystem::path& file);

// Where a top-level key's value starts in a config file (line, column), or {0, 0} when the file
// does not set it or cannot be read: for messages about a value that is valid on its own.
std::pair<int, int> keyPosition(const std::filesystem::path& file, std::string_view key);

} // namespace flexor::config
