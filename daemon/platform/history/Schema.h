// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <sqlite3.h>

namespace flexor::platform::history {

// The schema version this build writes (PRAGMA user_version).
inline constexpr int kCurrentSchemaVersion = 4;

struct MigrationResult {
    int rc = SQLITE_OK; // SQLITE_OK, or the SQLite error that stopped the migration
    int from = 0;       // the version found
    int to = 0;         // the version reached
};

// Brings the database forward to kCurrentSchemaVersion, one version per transaction, so a
// kill in the middle leaves a database at some whole version. A database newer than this
// build is left alone (from > kCurrentSchemaVersion in the result).
MigrationResult migrateToCurrent(sqlite3* db);

int schemaVersion(sqlite3* db);

} // namespace flexor::platform::history
