// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Config.h"
#include "TomlValueReader.h"

#include <span>
#include <string_view>

namespace flexor::config {

// Every key config.toml knows, in the order default.toml documents them.
std::span<const std::string_view> configKeyNames();

// Reads one key's value into the config. Returns false when the key is unknown; an invalid
// value is reported through the reader and leaves the config's field as it was.
bool readConfigKey(std::string_view key, const toml::node& value, Config& config,
                   TomlValueReader& reader);

// After all keys are read: a rhythm ("20-8-2") sets remind_after, stand_for and standing_desk,
// whatever the file says of them.
void applyRhythm(Config& config);

} // namespace flexor::config
