// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Schema.h"

#include "SqliteStatement.h"
#include "ZoneTime.h"

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

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

    // v4: moments in UTC (seconds since the epoch) with the zone's offset then, so that a
    // daylight-saving change or a trip moves nothing; local days are derived on reading.
    // start_local stays, the wall clock as it read then. Older rows are converted by
    // fillUtcColumns below, with the zone's rules.
    "ALTER TABLE journal ADD COLUMN start_utc INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE journal ADD COLUMN utc_offset INTEGER NOT NULL DEFAULT 0;"
    "CREATE INDEX journal_by_start_utc ON journal (start_utc);"
    "ALTER TABLE running_streak ADD COLUMN started_utc INTEGER NOT NULL DEFAULT 0;",
};

// v4's rows from before it: their local wall times read with the user's zone as it is now
// (the best guess there is; nothing else was recorded).
int fillUtcColumns(sqlite3* db) {
    std::vector<std::pair<std::int64_t, std::int64_t>> rows; // id, start_local
    {
        SqliteStatement query(db, "SELECT id, start_local FROM journal");
        int rc = query.step();
        for (; rc == SQLITE_ROW; rc = query.step()) {
            rows.emplace_back(query.integer(0), query.integer(1));
        }
        if (rc != SQLITE_DONE) {
            return rc;
        }
    }
    for (const auto& [id, local] : rows) {
        const std::int64_t utc = utcSecondsAt(core::LocalTime{std::chrono::seconds(local)});
        const int rc =
            SqliteStatement(db, "UPDATE journal SET start_utc = ?, utc_offset = ? WHERE id = ?")
                .bind(1, utc)
                .bind(2, local - utc)
                .bind(3, id)
                .run();
        if (rc != SQLITE_DONE) {
            return rc;
        }
    }
    std::optional<std::int64_t> started;
    {
        SqliteStatement query(db, "SELECT started_local FROM running_streak");
        if (query.step() == SQLITE_ROW) {
            started = query.integer(0);
        }
    }
    if (started) {
        const int rc = SqliteStatement(db, "UPDATE running_streak SET started_utc = ?")
                           .bind(1, utcSecondsAt(core::LocalTime{std::chrono::seconds(*started)}))
                           .run();
        if (rc != SQLITE_DONE) {
            return rc;
        }
    }
    return SQLITE_OK;
}

// What a migration does beyond its SQL, in the same transaction; by the version it reaches.
int afterMigration(sqlite3* db, int to) {
    return to == 4 ? fillUtcColumns(db) : SQLITE_OK;
}

int applyMigration(sqlite3* db, int from) {
    int rc = execute(db, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK) {
        return rc;
    }
    rc = execute(db, migrations[static_cast<std::size_t>(from)]);
    if (rc == SQLITE_OK) {
        rc = afterMigration(db, from + 1);
    }
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
