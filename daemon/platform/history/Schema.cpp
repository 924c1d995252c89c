// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Schema.h"

#include "SqliteStatement.h"

#include <array>
#include <string>

namespace flexor::platform::history {

namespace {

// migrations[i] takes the database from version i to version i + 1. Append only: a released
// step never changes, since databases out there were built by it.
constexpr std::array<const char*, kCurrentSchemaVersion> migrations{
    // v1: the journal, one row per fact the engine reported.
    "CREATE TABLE journal ("
    "  id INTEGER PRIMARY KEY,"
    "  kind TEXT NOT NULL,"
    "  start_local INTEGER NOT NULL," // local wall time, seconds since 1970-01-01 00:00
    "  length_ms INTEGER NOT NULL DEFAULT 0,"
    "  detail TEXT NOT NULL DEFAULT '');"
    "CREATE INDEX journal_by_start ON journal (start_local);",

    // v2: the streak in progress, so a restart can resume it, and small bookkeeping values.
    "CREATE TABLE running_streak ("
    "  id INTEGER PRIMARY KEY CHECK (id = 1),"
    "  started_local INTEGER NOT NULL,"
    "  so_far_ms INTEGER NOT NULL,"
    "  saved_local INTEGER NOT NULL);"
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);",

    // v3: when the running streak was saved, in wall-clock milliseconds (UTC epoch), so a
    // restart resumes it to the millisecond; 0 in rows written by v2, which had only seconds.
    "ALTER TABLE running_streak ADD COLUMN saved_wall_ms INTEGER NOT NULL DEFAULT 0;",
};

int applyMigration(sqlite3* db, int from) {
    int rc = execute(db, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK) {
        return rc;
    }
    rc = execute(db, migrations[static_cast<std::size_t>(from)]);
    if (rc == SQLITE_OK) {
        const std::string setVersion = "PRAGMA user_version = " + std::to_string(from + 1);
        rc = execute(db, setVersion.c_str());
    }
    if (rc == SQLITE_OK) {
        rc = execute(db, "COMMIT");
    }
    if (rc != SQLITE_OK) {
        execute(db, "ROLLBACK");
    }
    return rc;
}

} // namespace

int schemaVersion(sqlite3* db) {
    SqliteStatement query(db, "PRAGMA user_version");
    return query.step() == SQLITE_ROW ? static_cast<int>(query.integer(0)) : -1;
}

MigrationResult migrateToCurrent(sqlite3* db) {
    const int found = schemaVersion(db);
    if (found < 0) {
        return {sqlite3_errcode(db), 0, 0};
    }
    MigrationResult result{SQLITE_OK, found, found};
    while (result.to < kCurrentSchemaVersion) {
        result.rc = applyMigration(db, result.to);
        if (result.rc != SQLITE_OK) {
            break;
        }
        ++result.to;
    }
    return result;
}

} // namespace flexor::platform::history
