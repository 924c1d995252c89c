// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The history across daylight-saving changes and trips: it keeps UTC, and local days are
// derived when it is read. Each test sets its time zone (TZ) in this process and puts the
// previous one back.

#include "platform/history/HistoryStore.h"
#include "platform/history/Schema.h"

#include <QTemporaryDir>
#include <cstdlib>
#include <ctime>
#include <doctest/doctest.h>
#include <optional>
#include <sqlite3.h>
#include <string>

using namespace flexor::core;
using namespace flexor::platform::history;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

class TimeZone {
public:
    explicit TimeZone(const char* zone) {
        if (const char* old = std::getenv("TZ")) {
            previous_ = old;
        }
        set(zone);
    }
    ~TimeZone() {
        if (previous_) {
            set(previous_->c_str());
        } else {
            ::unsetenv("TZ");
            ::tzset();
        }
    }
    TimeZone(const TimeZone&) = delete;
    TimeZone& operator=(const TimeZone&) = delete;

    static void set(const char* zone) {
        ::setenv("TZ", zone, 1);
        ::tzset();
    }

private:
    std::optional<std::string> previous_;
};

LocalTime wall(year_month_day date, minutes timeOfDay) {
    return LocalTime{local_days{date}} + timeOfDay;
}

std::int64_t utc(year_month_day date, minutes timeOfDay) {
    return (sys_days{date} + timeOfDay).time_since_epoch() / 1s;
}

constexpr year_month_day kSummerTime = 2026y / March / 29; // Berlin: 02:00 CET -> 03:00 CEST

struct TempHistory {
    QTemporaryDir dir;
    std::filesystem::path file = std::filesystem::path(dir.path().toStdString()) / "history.sqlite";
    LocalTime clock = wall(kSummerTime, 5h);

    HistoryOptions options() {
        return {HistoryAccess::ReadWrite, 365, [this] { return clock; }};
    }
};

// (start_utc, utc_offset) of each journal row, oldest first.
std::vector<std::pair<std::int64_t, std::int64_t>> stamps(const std::filesystem::path& file) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* query = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT start_utc, utc_offset FROM journal ORDER BY start_utc",
                               -1, &query, nullptr) == SQLITE_OK);
    std::vector<std::pair<std::int64_t, std::int64_t>> found;
    while (sqlite3_step(query) == SQLITE_ROW) {
        found.emplace_back(sqlite3_column_int64(query, 0), sqlite3_column_int64(query, 1));
    }
    sqlite3_finalize(query);
    sqlite3_close(db);
    return found;
}

void runSql(const std::filesystem::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO((error != nullptr ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("streaks either side of the change to summer time are kept in UTC with their offset") {
    const TimeZone berlin("Europe/Berlin");
    TempHistory h;
    HistoryStore store(h.file, h.options());
    REQUIRE(store.isOpen());
    // 01:30 CET, an hour long (it ends at 03:30 CEST); then 03:40 CEST.
    CHECK(store.record({JournalKind::Streak, wall(kSummerTime, 1h + 30min), 60min, {}}));
    CHECK(store.record({JournalKind::Streak, wall(kSummerTime, 3h + 40min), 20min, {}}));

    const auto rows = stamps(h.file);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == std::pair<std::int64_t, std::int64_t>{utc(kSummerTime, 30min), 3600});
    CHECK(rows[1] == std::pair<std::int64_t, std::int64_t>{utc(kSummerTime, 1h + 40min), 7200});

    const auto read = store.entries(wall(kSummerTime, 0min), wall(kSummerTime, 24h));
    REQUIRE(read.size() == 2);
    CHECK(read[0].start == wall(kSummerTime, 1h + 30min));
    CHECK(read[1].start == wall(kSummerTime, 3h + 40min));
    CHECK(store.today(wall(kSummerTime, 4h + 30min)).sitting == 80min);
}

TEST_CASE("on the day clocks go forward, today's sitting is the time that passed since midnight") {
    const TimeZone berlin("Europe/Berlin");
    TempHistory h;
    HistoryStore store(h.file, h.options());
    // Sitting since 23:30 CET the evening before; it is 04:30 CEST now, 02:30 UTC: three and a
    // half hours have passed since midnight, though the wall clock shows four and a half.
    const TodaySummary summary = store.today(wall(kSummerTime, 4h + 30min), 4h);
    CHECK(summary.sitting == 3h + 30min);
}

TEST_CASE("a running streak across the change is closed with its real start") {
    const TimeZone berlin("Europe/Berlin");
    TempHistory h;
    HistoryStore store(h.file, h.options());
    // Saved at 03:30 CEST (01:30 UTC) after four hours: it began at 22:30 CET on the day before,
    // though the wall clock counted back says 23:30.
    const auto savedWallMs = utc(kSummerTime, 1h + 30min) * 1000;
    CHECK(store.saveRunningStreak(wall(kSummerTime, 3h + 30min) - 4h, 4h,
                                  wall(kSummerTime, 3h + 30min), savedWallMs));

    CHECK(store.closeRunningStreak());

    const auto read = store.entries(wall(kSummerTime, 0min) - 24h, wall(kSummerTime, 24h));
    REQUIRE(read.size() == 1);
    CHECK(read[0].start == wall(2026y / March / 28, 22h + 30min));
    CHECK(read[0].length == 4h);
    CHECK(stamps(h.file).at(0).second == 3600);
}

TEST_CASE("after a trip to another zone, the history falls on the days of the zone the user is "
          "in") {
    TimeZone zone("Europe/Berlin");
    TempHistory h;
    constexpr auto march10 = 2026y / March / 10;
    constexpr auto march9 = 2026y / March / 9;
    {
        HistoryStore store(h.file, h.options());
        // 00:30 in Berlin is 23:30 UTC the day before.
        CHECK(store.record({JournalKind::Streak, wall(march10, 30min), 30min, {}}));
    }
    TimeZone::set("America/New_York"); // UTC-4 since March 8
    HistoryStore store(h.file, h.options());

    const auto read = store.entries(wall(march9, 0min), wall(march10, 0min));
    REQUIRE(read.size() == 1);
    CHECK(read[0].start == wall(march9, 19h + 30min));
    CHECK(store.today(wall(march9, 21h)).sitting == 30min);
    CHECK(store.entries(wall(march10, 0min), wall(march10, 24h)).empty());
}

TEST_CASE("a version 3 database is migrated to UTC with its zone's offsets and keeps its rows") {
    const TimeZone berlin("Europe/Berlin");
    TempHistory h;
    const auto seconds = [](LocalTime t) { return std::to_string(t.time_since_epoch() / 1s); };
    // Version 3 as the Flexor before UTC wrote it: local wall times only.
    runSql(h.file, "CREATE TABLE journal (id INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
                   " start_local INTEGER NOT NULL, length_ms INTEGER NOT NULL DEFAULT 0,"
                   " detail TEXT NOT NULL DEFAULT '');"
                   "CREATE INDEX journal_by_start ON journal (start_local);"
                   "CREATE TABLE running_streak (id INTEGER PRIMARY KEY CHECK (id = 1),"
                   " started_local INTEGER NOT NULL, so_far_ms INTEGER NOT NULL,"
                   " saved_local INTEGER NOT NULL);"
                   "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                   "ALTER TABLE running_streak ADD COLUMN saved_wall_ms INTEGER NOT NULL DEFAULT 0;"
                   "INSERT INTO journal (kind, start_local, length_ms) VALUES"
                   " ('streak', " +
                       seconds(wall(kSummerTime, 1h + 30min)) +
                       ", 3600000),"
                       " ('reminder', " +
                       seconds(wall(kSummerTime, 3h + 40min)) +
                       ", 0);"
                       "INSERT INTO running_streak VALUES (1, " +
                       seconds(wall(kSummerTime, 4h)) + ", 600000, " +
                       seconds(wall(kSummerTime, 4h + 10min)) +
                       ", 0);"
                       "PRAGMA user_version = 3;");

    HistoryStore store(h.file, h.options());

    REQUIRE(store.isOpen());
    CHECK(store.schemaVersion() == kCurrentSchemaVersion);
    const auto rows = stamps(h.file);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == std::pair<std::int64_t, std::int64_t>{utc(kSummerTime, 30min), 3600});
    CHECK(rows[1] == std::pair<std::int64_t, std::int64_t>{utc(kSummerTime, 1h + 40min), 7200});
    const auto read = store.entries(wall(kSummerTime, 0min), wall(kSummerTime, 24h));
    REQUIRE(read.size() == 2);
    CHECK(read[0].start == wall(kSummerTime, 1h + 30min));
    CHECK(read[1].start == wall(kSummerTime, 3h + 40min));
    // The saved streak (04:00 CEST = 02:00 UTC) is journaled at its UTC moment.
    CHECK(store.closeRunningStreak());
    CHECK(stamps(h.file).at(2) ==
          std::pair<std::int64_t, std::int64_t>{utc(kSummerTime, 2h), 7200});
}
