// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <filesystem>

namespace flexor::config {

// XDG base directories, read from the environment (no Qt), created by callers as needed.
std::filesystem::path configDir();       // $XDG_CONFIG_HOME/flexor or ~/.config/flexor
std::filesystem::path stateDir();        // $XDG_STATE_HOME/flexor or ~/.local/state/flexor
std::filesystem::path historyFile();     // history.sqlite in stateDir()
std::filesystem::path configFile();      // configDir()/config.toml
std::filesystem::path userRoutinesDir(); // configDir()/routines

// Makes `dir` (and any missing parent) exist as a private folder: mode 0700 whatever the umask,
// tightened when it exists with wider modes. With tightenFiles, every regular file directly in
// it is made 0600 too (logs and the history say when you sat at your desk). False when the
// folder cannot be made.
bool ensurePrivateDir(const std::filesystem::path& dir, bool tightenFiles);

} // namespace flexor::config
