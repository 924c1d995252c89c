// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Time.h"

#include <filesystem>

namespace flexor::platform::history {

// The database file and its WAL companions, kept private to the user.
// Creates the folder (0700 when it is new) and the file, and makes the file and any
// -wal/-shm companions mode 0600. SQLite gives the companions it creates the database's mode.
bool ensurePrivateDatabaseFile(const std::filesystem::path& file);

// Renames file (and its -wal) to file.corrupt-<YYYYmmdd-HHMMSS>, dropping the -shm index
// that SQLite rebuilds. Returns the new name, or an empty path when the rename failed.
std::filesystem::path moveDatabaseAside(const std::filesystem::path& file, core::LocalTime now);

} // namespace flexor::platform::history
