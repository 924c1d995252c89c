// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LocalDates.h"
#include "platform/history/HistoryStore.h"
#include "platform/history/Schema.h"

#include <QTemporaryDir>
#include <doctest/doctest.h>
#include <fstream>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace flexor::core;
using namespace flexor::platform::history;
using namespace std::chrono;
using namespace std::chrono_literals;
using flexor::testing::at;
using flexor::testing::may;

namespace {

struct TempHistory {
    QTemporaryDir dir;
    std::filesystem::path file = std::filesystem::path(dir.path().toStdString()) / "history.sqlite";
    LocalTime clock = at(may(10), 12, 0);

    HistoryOptions options(HistoryAccess access = HistoryAccess::ReadWrite) {
        return {access, 365, [this] { return clock; }};
    }
};

// Direct SQL on a database file, for building old or damaged files by hand.
void runSql(const std::filesystem::path& file, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    INFO((error != nullptr ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

unsigned modeOf(const std::filesystem::path& file) {
    struct stat status {};
    REQUIRE(::stat(file.c_str(), &status) == 0);
    return status.st_mode & 0777;
}

std::vector<std::filesystem::path> asideFiles(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> found;
    for (const auto& f : std::filesystem::directory_iterator(dir)) {
        if (f.path().filename().string().starts_with("history.sqlite.corrupt-")) {
            found.push_back(f.path());
        }
    }
    return found;
}

bool sameEntry(const JournalEntry& a, const JournalEntry& b) {
    return a.kind == b.kind && a.start == b.start && a.length == b.length && a.detail == b.detail;
}

} // namespace

TEST_CASE("every kind of journal entry is read back as it was recorded") {
    TempHistory h;
    const std::vector<JournalEntry> recorded{
        {JournalKind::Streak, at(may(10), 9, 0), 52min, {}},
        {JournalKind::NaturalBreak, at(may(10), 9, 52), 8min, {}},
        {JournalKind::Reminder, at(may(10), 10, 45), {}, "escalated"},
        {JournalKind::Snooze, at(may(10), 10, 46), 10min, {}},
        {JournalKind::RoutineBreak, at(may(10), 10, 57), 4min + 30s, "psoas"},
        {JournalKind::AbandonedBreak, at(may(10), 11, 0), 90s, "psoas"},
        {JournalKind::SkippedBreak, at(may(10), 11, 5), {}, {}},
        {JournalKind::Pause, at(may(10), 11, 10), 20min, {}},
        {JournalKind::Standing, at(may(10), 11, 30), 25min, {}}};
    {
        HistoryStore store(h.file, h.options());
        REQUIRE(store.isOpen());
        for (const JournalEntry& e : recorded) {
            CHECK(store.record(e));
        }
    }
    HistoryStore reopened(h.file, h.options());
    const auto read = reopened.entries(LocalTime{may(10)}, LocalTime{may(11)});

    REQUIRE(read.size() == recorded.size());
    for (std::size_t i = 0; i < read.size(); ++i) {
        CHECK(sameEntry(read[i], recorded[i]));
    }
}

TEST_CASE("entries() includes a streak that began before the range and reaches into it") {
    TempHistory h;
    HistoryStore store(h.file, h.options());
    store.record({JournalKind::Streak, at(may(9), 23, 30), 70min, {}});
    store.record({JournalKind::Streak, at(may(9), 20, 0), 30min, {}});
    store.record({JournalKind::Reminder, at(may(11), 0, 0), {}, {}});

    const auto read = store.entries(LocalTime{may(10)}, LocalTime{may(11)});

    REQUIRE(read.size() == 1);
    CHECK(read[0].start == at(may(9), 23, 30));
}

TEST_CASE("the running streak is saved, survives reopening, and is cleared when it ends") {
    TempHistory h;
    {
        HistoryStore store(h.file, h.options());
        CHECK_FALSE(store.runningStreak().has_value());
        CHECK(store.saveRunningStreak(at(may(10), 9, 0), 35min, at(may(10), 9, 35)));
        CHECK(store.saveRunningStreak(at(may(10), 9, 0), 40min, at(may(10), 9, 40)));
    }
    HistoryStore store(h.file, h.options());
    CHECK(store.runningStreak() == RunningStreak{at(may(10), 9, 0), 40min, at(may(10), 9, 40)});

    store.record({JournalKind::Streak, at(may(10), 9, 0), 60min, {}});

    CHECK_FALSE(store.runningStreak().has_value());
}

TEST_CASE("a saved streak that cannot be resumed is journaled as the streak it was") {
    TempHistory h;
    HistoryStore store(h.file, h.options());
    store.saveRunningStreak(at(may(10), 9, 0), 40min, at(may(10), 9, 40));

    CHECK(store.closeRunningStreak());

    CHECK_FALSE(store.runningStreak().has_value());
    const auto read = store.entries(LocalTime{may(10)}, LocalTime{may(11)});
    REQUIRE(read.size() == 1);
    CHECK(sameEntry(read[0], {JournalKind::Streak, at(may(10), 9, 0), 40min, {}}));
}

TEST_CASE("today's summary counts reminders and sitting of the current day only") {
    TempHistory h;
    HistoryStore store(h.file, h.options());
    store.record({JournalKind::Reminder, at(may(9), 15, 0), {}, {}});
    store.record({JournalKind::Streak, at(may(10), 8, 0), 100min, {}});
    store.record({JournalKind::Reminder, at(may(10), 8, 45), {}, {}});
    store.record({JournalKind::Reminder, at(may(10), 9, 30), {}, {}});

    const TodaySummary summary = store.today(at(may(10), 11, 0), 30min);

    CHECK(summary.reminders == 2);
    CHECK(summary.sitting == 130min);
}

TEST_CASE("the database and its write-ahead log are readable by the user only") {
    TempHistory h;
    HistoryStore store(h.file, h.options());
    store.record({JournalKind::Reminder, at(may(10), 9, 0), {}, {}});

    CHECK(modeOf(h.file) == 0600);
    CHECK(modeOf(h.file.string() + "-wal") == 0600);
}

TEST_CASE("a database left with too wide a mode is made private again") {
    TempHistory h;
    { HistoryStore store(h.file, h.options()); }
    std::filesystem::permissions(h.file, std::filesystem::perms::all);

    HistoryStore store(h.file, h.options());

    CHECK(store.isOpen());
    CHECK(modeOf(h.file) == 0600);
}

TEST_CASE("a file that is not a database is moved aside and a fresh history starts") {
    TempHistory h;
    const std::string garbage(8192, 'x');
    std::ofstream(h.file) << garbage;

    HistoryStore store(h.file, h.options());

    REQUIRE(store.isOpen());
    const auto aside = asideFiles(h.file.parent_path());
    REQUIRE(aside.size() == 1);
    CHECK(aside[0].filename() == "history.sqlite.corrupt-20240510-120000");
    CHECK(std::filesystem::file_size(aside[0]) == garbage.size());
    CHECK(store.record({JournalKind::Reminder, at(may(10), 9, 0), {}, {}}));
    CHECK(store.entries(LocalTime{may(10)}, LocalTime{may(11)}).size() == 1);
}

TEST_CASE("a database with damaged pages is moved aside and a fresh history starts") {
    TempHistory h;
    { HistoryStore store(h.file, h.options()); }
    runSql(h.file, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)"
                   " INSERT INTO journal (kind, start_local, detail)"
                   " SELECT 'reminder', 1715331600, printf('%.100c', 'r') FROM n;");
    {
        // Scribble over the middle of the file, past the header page.
        std::fstream f(h.file, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(static_cast<std::streamoff>(std::filesystem::file_size(h.file) / 2));
        const std::string scribble(8192, '\x5a');
        f.write(scribble.data(), static_cast<std::streamsize>(scribble.size()));
    }

    HistoryStore store(h.file, h.options());

    REQUIRE(store.isOpen());
    CHECK(asideFiles(h.file.parent_path()).size() == 1);
    CHECK(store.entries(LocalTime{may(10)}, LocalTime{may(11)}).empty());
}

TEST_CASE("a version 1 database is migrated forward and keeps its rows") {
    TempHistory h;
    // Version 1 exactly as the first Flexor wrote it: the journal alone.
    runSql(h.file, "CREATE TABLE journal (id INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
                   " start_local INTEGER NOT NULL, length_ms INTEGER NOT NULL DEFAULT 0,"
                   " detail TEXT NOT NULL DEFAULT '');"
                   "CREATE INDEX journal_by_start ON journal (start_local);"
                   "INSERT INTO journal (kind, start_local, length_ms, detail)"
                   " VALUES ('streak', 1715331600, 3000000, ''),"
                   "        ('routine-break', 1715334600, 240000, 'psoas');"
                   "PRAGMA user_version = 1;");

    HistoryStore store(h.file, h.options());

    REQUIRE(store.isOpen());
    CHECK(store.schemaVersion() == kCurrentSchemaVersion);
    const auto read = store.entries(LocalTime{may(10)}, LocalTime{may(11)});
    REQUIRE(read.size() == 2);
    CHECK(sameEntry(read[0], {JournalKind::Streak, at(may(10), 9, 0), 50min, {}}));
    CHECK(sameEntry(read[1], {JournalKind::RoutineBreak, at(may(10), 9, 50), 4min, "psoas"}));
    CHECK(store.saveRunningStreak(at(may(10), 10, 0), 5min, at(may(10), 10, 5)));
    CHECK(store.runningStreak().has_value());
    CHECK(asideFiles(h.file.parent_path()).empty());
}

TEST_CASE("a database from a newer Flexor is left untouched and history stays off") {
    TempHistory h;
    runSql(h.file, "CREATE TABLE journal (id INTEGER PRIMARY KEY); PRAGMA user_version = 99;");

    HistoryStore store(h.file, h.options());

    CHECK_FALSE(store.isOpen());
    CHECK_FALSE(store.record({JournalKind::Reminder, at(may(10), 9, 0), {}, {}}));
    CHECK(asideFiles(h.file.parent_path()).empty());
    runSql(h.file, "SELECT * FROM journal;");
}

TEST_CASE("rows older than history_days are pruned once a day") {
    TempHistory h;
    {
        HistoryStore seed(h.file, h.options());
        // Written long ago: the clock stood 400 days back when these were recorded.
        h.clock = at(may(10), 12, 0) - days(400);
        seed.record({JournalKind::Reminder, h.clock, {}, "old"});
        h.clock = at(may(10), 12, 0);
    }
    HistoryStore store(h.file, h.options());
    const auto everything = [&] { return store.entries(LocalTime{} + days(8), h.clock + 1s); };

    store.record({JournalKind::Reminder, h.clock, {}, "new"});
    CHECK(everything().size() == 1);

    // Another old row on the same day stays until the next day's prune.
    store.record({JournalKind::Reminder, h.clock - days(380), {}, "late import"});
    CHECK(everything().size() == 2);

    h.clock += days(1);
    store.record({JournalKind::Reminder, h.clock, {}, "tomorrow"});
    const auto left = everything();
    REQUIRE(left.size() == 2);
    CHECK(left[0].detail == "new");
    CHECK(left[1].detail == "tomorrow");
}

TEST_CASE("a read-only store creates nothing when there is no history yet") {
    TempHistory h;

    HistoryStore store(h.file, h.options(HistoryAccess::ReadOnly));

    CHECK_FALSE(store.isOpen());
    CHECK_FALSE(std::filesystem::exists(h.file));
}

TEST_CASE("a read-only store reads while the daemon's store is open and after it closed") {
    TempHistory h;
    {
        HistoryStore writer(h.file, h.options());
        writer.record({JournalKind::Streak, at(may(10), 9, 0), 50min, {}});
        HistoryStore reader(h.file, h.options(HistoryAccess::ReadOnly));
        REQUIRE(reader.isOpen());
        CHECK(reader.entries(LocalTime{may(10)}, LocalTime{may(11)}).size() == 1);
        CHECK_FALSE(reader.record({JournalKind::Reminder, at(may(10), 9, 0), {}, {}}));
    }
    HistoryStore reader(h.file, h.options(HistoryAccess::ReadOnly));
    REQUIRE(reader.isOpen());
    CHECK(reader.entries(LocalTime{may(10)}, LocalTime{may(11)}).size() == 1);
}

TEST_CASE("the running streak keeps the wall-clock milliseconds of its save") {
    TempHistory h;
    {
        HistoryStore store(h.file, h.options());
        CHECK(store.saveRunningStreak(at(may(10), 9, 0), 40min + 123ms, at(may(10), 9, 40),
                                      1'778'400'000'987));
    }
    HistoryStore store(h.file, h.options());
    const auto saved = store.runningStreak();
    REQUIRE(saved.has_value());
    CHECK(saved->soFar == 40min + 123ms);
    CHECK(saved->savedWallMs == 1'778'400'000'987);
}

TEST_CASE("a version 2 running streak is migrated with an unknown millisecond save time") {
    TempHistory h;
    runSql(h.file, "CREATE TABLE journal (id INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
                   " start_local INTEGER NOT NULL, length_ms INTEGER NOT NULL DEFAULT 0,"
                   " detail TEXT NOT NULL DEFAULT '');"
                   "CREATE TABLE running_streak (id INTEGER PRIMARY KEY CHECK (id = 1),"
                   " started_local INTEGER NOT NULL, so_far_ms INTEGER NOT NULL,"
                   " saved_local INTEGER NOT NULL);"
                   "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                   "INSERT INTO running_streak VALUES (1, 100, 5000, 105);"
                   "PRAGMA user_version = 2;");
    HistoryStore store(h.file, h.options());
    const auto saved = store.runningStreak();
    REQUIRE(saved.has_value());
    CHECK(saved->soFar == 5s);
    CHECK(saved->savedWallMs == 0);
}

TEST_CASE("read-only access to an empty database says it holds no history, not an error") {
    TempHistory h;
    runSql(h.file, "PRAGMA user_version = 0;");
    ::chmod(h.file.c_str(), 0400);
    const HistoryStore store(h.file, h.options(HistoryAccess::ReadOnly));
    CHECK_FALSE(store.isOpen());
    CHECK(store.holdsNoHistory());
}
