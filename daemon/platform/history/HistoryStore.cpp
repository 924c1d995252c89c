// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HistoryStore.h"

#include "DatabaseFile.h"
#include "JournalKindNames.h"
#include "LocalNow.h"
#include "Schema.h"
#include "SqliteStatement.h"
#include "ZoneTime.h"

#include <cerrno>
#include <cstring>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace flexor::platform::history {

namespace {

using namespace std::chrono;

// Long enough for the CLI reading while the daemon writes; writes themselves take milliseconds.
constexpr int kBusyTimeoutMs = 5000;
// How far back entries() looks for long spans (pauses, streaks) reaching into the range.
constexpr std::int64_t longestSpanSeconds = 7 * 24 * 3600;

bool isCorruption(int rc) {
    const int primary = rc & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

std::int64_t secondsOf(core::LocalTime t) {
    return t.time_since_epoch().count();
}

core::LocalTime localTimeOf(std::int64_t seconds) {
    return core::LocalTime{std::chrono::seconds(seconds)};
}

// A moment of the journal: UTC with the zone's offset at that moment.
struct Stamp {
    std::int64_t utc;
    std::int64_t offset;
};

Stamp stampOf(core::LocalTime local) {
    const std::int64_t utc = utcSecondsAt(local);
    return {utc, utcOffsetAt(utc)};
}

std::int64_t dayNumber(core::LocalTime t) {
    return floor<days>(t).time_since_epoch().count();
}

} // namespace

HistoryStore::HistoryStore(std::filesystem::path file, HistoryOptions options)
    : file_(std::move(file))
    , options_(std::move(options)) {
    if (options_.access == HistoryAccess::ReadOnly) {
        openReadOnly();
    } else {
        openReadWrite();
    }
}

HistoryStore::~HistoryStore() {
    close();
}

core::LocalTime HistoryStore::now() const {
    return options_.clock ? options_.clock() : localNow();
}

void HistoryStore::close() {
    sqlite3_close_v2(db_);
    db_ = nullptr;
}

int HistoryStore::schemaVersion() const {
    return db_ != nullptr ? history::schemaVersion(db_) : 0;
}

bool HistoryStore::openReadWrite() {
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!ensurePrivateDatabaseFile(file_)) {
            spdlog::error("history: cannot create {}: {}; history is off", file_.string(),
                          std::strerror(errno));
            return false;
        }
        const int rc = sqlite3_open_v2(file_.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr);
        const Readiness readiness = rc == SQLITE_OK ? prepareConnection() : Readiness::Failed;
        if (readiness == Readiness::Ready) {
            return true;
        }
        const std::string reason = !problem_.empty() ? problem_
                                   : db_ != nullptr  ? sqlite3_errmsg(db_)
                                                     : sqlite3_errstr(rc);
        if (readiness == Readiness::Corrupt) {
            if (!moveAside(reason.c_str())) {
                return false;
            }
            continue;
        }
        if (readiness == Readiness::Failed) {
            spdlog::error("history: cannot open {}: {}; history is off", file_.string(), reason);
        }
        close();
        return false;
    }
    return false;
}

// Settings, an integrity check and migrations.
HistoryStore::Readiness HistoryStore::prepareConnection() {
    problem_.clear();
    const auto failure = [this] {
        return isCorruption(sqlite3_errcode(db_)) ? Readiness::Corrupt : Readiness::Failed;
    };
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    if (execute(db_, "PRAGMA journal_mode = WAL") != SQLITE_OK ||
        execute(db_, "PRAGMA synchronous = FULL") != SQLITE_OK) {
        return failure();
    }
    {
        SqliteStatement check(db_, "PRAGMA quick_check");
        if (check.step() != SQLITE_ROW) {
            return failure();
        }
        if (check.text(0) != "ok") {
            problem_ = "integrity check failed: " + check.text(0);
            return Readiness::Corrupt;
        }
    }
    const MigrationResult migration = migrateToCurrent(db_);
    if (migration.from > kCurrentSchemaVersion) {
        spdlog::error("history: {} was written by a newer Flexor (schema v{}, this one knows v{}); "
                      "left untouched, history is off",
                      file_.string(), migration.from, kCurrentSchemaVersion);
        return Readiness::Newer;
    }
    if (migration.rc != SQLITE_OK) {
        return failure();
    }
    if (migration.from != migration.to) {
        spdlog::info("history: schema v{} -> v{}", migration.from, migration.to);
    }
    spdlog::info("history: opened {} (schema v{})", file_.string(), migration.to);
    return Readiness::Ready;
}

bool HistoryStore::openReadOnly() {
    std::error_code error;
    if (!std::filesystem::exists(file_, error)) {
        return false;
    }
    const int rc = sqlite3_open_v2(file_.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db_, kBusyTimeoutMs);
        const int version = history::schemaVersion(db_);
        if (version >= 1) {
            return true;
        }
        if (version == 0) {
            // No schema: SQLite's message would be "not an error", which helps nobody.
            holdsNoHistory_ = true;
            close();
            return false;
        }
    }
    spdlog::error("history: cannot read {}: {}", file_.string(),
                  db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
    close();
    return false;
}

bool HistoryStore::moveAside(const char* reason) {
    close();
    const auto aside = moveDatabaseAside(file_, now());
    if (aside.empty()) {
        spdlog::error("history: {} is unusable ({}) and could not be moved aside; history is off",
                      file_.string(), reason);
        return false;
    }
    spdlog::error("history: {} is unusable ({}); moved it to {} and started a fresh history",
                  file_.string(), reason, aside.string());
    return true;
}

bool HistoryStore::recoverIfCorrupt(int rc) {
    if (!isCorruption(rc) || options_.access != HistoryAccess::ReadWrite) {
        return false;
    }
    return moveAside(sqlite3_errstr(rc)) && openReadWrite();
}

bool HistoryStore::inTransaction(const std::function<int()>& work) {
    if (options_.access != HistoryAccess::ReadWrite) {
        return false;
    }
    for (int attempt = 0; attempt < 2 && db_ != nullptr; ++attempt) {
        int rc = execute(db_, "BEGIN IMMEDIATE");
        if (rc == SQLITE_OK) {
            rc = work();
        }
        if (rc == SQLITE_OK || rc == SQLITE_DONE) {
            rc = execute(db_, "COMMIT");
        }
        if (rc == SQLITE_OK) {
            return true;
        }
        const std::string message = sqlite3_errmsg(db_);
        execute(db_, "ROLLBACK");
        if (!recoverIfCorrupt(rc)) {
            spdlog::error("history: cannot write to {}: {}", file_.string(), message);
            return false;
        }
    }
    return false;
}

bool HistoryStore::record(const core::JournalEntry& entry) {
    const bool written = inTransaction([&] {
        SqliteStatement insert(
            db_,
            "INSERT INTO journal (kind, start_local, length_ms, detail, start_utc, utc_offset) "
            "VALUES (?, ?, ?, ?, ?, ?)");
        const Stamp start = stampOf(entry.start);
        insert.bind(1, journalKindName(entry.kind))
            .bind(2, secondsOf(entry.start))
            .bind(3, static_cast<std::int64_t>(entry.length.count()))
            .bind(4, entry.detail)
            .bind(5, start.utc)
            .bind(6, start.offset);
        int rc = insert.run();
        if (rc == SQLITE_DONE && entry.kind == core::JournalKind::Streak) {
            rc = SqliteStatement(db_, "DELETE FROM running_streak").run();
        }
        return rc;
    });
    if (written) {
        spdlog::debug("history: recorded {} at {}s, {} ms", journalKindName(entry.kind),
                      secondsOf(entry.start), entry.length.count());
        pruneIfDue();
    }
    return written;
}

bool HistoryStore::saveRunningStreak(core::LocalTime started, core::Duration soFar,
                                     core::LocalTime savedAt, std::int64_t savedWallMs) {
    if (db_ == nullptr) {
        return false;
    }
    // The running streak is a heartbeat rewritten every few minutes: it must survive a killed
    // process (a WAL commit does), not a power cut, so it skips the fsync the journal gets.
    const bool relaxed = execute(db_, "PRAGMA synchronous = NORMAL") == SQLITE_OK;
    if (!relaxed) {
        // Still saved, only with the journal's fsync: slower, never less safe.
        spdlog::warn("history: cannot relax synchronous for the running streak: {}",
                     sqlite3_errmsg(db_));
    }
    const bool saved = inTransaction([&] {
        SqliteStatement save(
            db_, "INSERT OR REPLACE INTO running_streak "
                 "(id, started_local, so_far_ms, saved_local, saved_wall_ms, started_utc) "
                 "VALUES (1, ?, ?, ?, ?, ?)");
        // Its start in UTC from the real time of the save where known: a local start counted
        // back across a daylight-saving change would be an hour off.
        const std::int64_t startedUtc =
            savedWallMs > 0 ? (savedWallMs - static_cast<std::int64_t>(soFar.count())) / 1000
                            : utcSecondsAt(started);
        save.bind(1, secondsOf(started))
            .bind(2, static_cast<std::int64_t>(soFar.count()))
            .bind(3, secondsOf(savedAt))
            .bind(4, savedWallMs)
            .bind(5, startedUtc);
        return save.run();
    });
    if (relaxed && execute(db_, "PRAGMA synchronous = FULL") != SQLITE_OK) {
        // The journal's next entries are committed without their fsync: a power cut may lose
        // the last of them.
        spdlog::error("history: cannot restore synchronous = FULL on {}: {}", file_.string(),
                      sqlite3_errmsg(db_));
    }
    return saved;
}

std::optional<RunningStreak> HistoryStore::runningStreak() const {
    if (db_ == nullptr) {
        return std::nullopt;
    }
    SqliteStatement query(
        db_, "SELECT started_local, so_far_ms, saved_local, saved_wall_ms FROM running_streak");
    if (query.step() != SQLITE_ROW) {
        return std::nullopt;
    }
    return RunningStreak{localTimeOf(query.integer(0)), core::Duration(query.integer(1)),
                         localTimeOf(query.integer(2)), query.integer(3)};
}

bool HistoryStore::clearRunningStreak() {
    return inTransaction([&] { return SqliteStatement(db_, "DELETE FROM running_streak").run(); });
}

bool HistoryStore::closeRunningStreak() {
    return inTransaction([&] {
        std::int64_t startedUtc = 0;
        {
            SqliteStatement saved(db_, "SELECT started_utc FROM running_streak");
            const int found = saved.step();
            if (found == SQLITE_DONE) {
                return SQLITE_DONE;
            }
            if (found != SQLITE_ROW) {
                return found;
            }
            startedUtc = saved.integer(0);
        }
        int rc = SqliteStatement(db_, "INSERT INTO journal (kind, start_local, length_ms, "
                                      "start_utc, utc_offset) "
                                      "SELECT ?1, started_local, so_far_ms, started_utc, ?2 "
                                      "FROM running_streak")
                     .bind(1, journalKindName(core::JournalKind::Streak))
                     .bind(2, utcOffsetAt(startedUtc))
                     .run();
        if (rc == SQLITE_DONE) {
            rc = SqliteStatement(db_, "DELETE FROM running_streak").run();
        }
        return rc;
    });
}

std::vector<core::JournalEntry> HistoryStore::entries(core::LocalTime from,
                                                      core::LocalTime to) const {
    // UTC in the file; the local times of the zone the user is in now, so days are the days of
    // where the user is. Lengths are real time, so a span across a daylight-saving change
    // counts the time that passed.
    return read(utcSecondsAt(from), utcSecondsAt(to), localTimeAt);
}

std::vector<core::JournalEntry>
HistoryStore::read(std::int64_t fromUtc, std::int64_t toUtc,
                   const std::function<core::LocalTime(std::int64_t)>& localOf) const {
    std::vector<core::JournalEntry> found;
    if (db_ == nullptr) {
        return found;
    }
    SqliteStatement query(db_, "SELECT kind, start_utc, length_ms, detail FROM journal "
                               "WHERE start_utc < ?1 AND start_utc >= ?2 - ?3 "
                               "AND start_utc * 1000 + length_ms >= ?2 * 1000 "
                               "ORDER BY start_utc, id");
    query.bind(1, toUtc).bind(2, fromUtc).bind(3, longestSpanSeconds);
    int rc = query.step();
    for (; rc == SQLITE_ROW; rc = query.step()) {
        if (const auto kind = journalKindFromName(query.text(0))) {
            found.push_back({*kind, localOf(query.integer(1)), core::Duration(query.integer(2)),
                             query.text(3)});
        }
    }
    if (rc != SQLITE_DONE) {
        spdlog::error("history: cannot read {}: {}", file_.string(), sqlite3_errmsg(db_));
    }
    return found;
}

core::TodaySummary HistoryStore::today(core::LocalTime now, core::Duration runningStreak) const {
    // On the day the clocks change, the wall clock's hours since midnight are one more or one
    // fewer than the hours that passed: today is laid out in real time from midnight, so
    // sitting is summed as it happened.
    const core::LocalTime midnight{floor<days>(now)};
    const std::int64_t midnightUtc = utcSecondsAt(midnight);
    const auto sinceMidnight = [&](std::int64_t utc) {
        return midnight + seconds(utc - midnightUtc);
    };
    const std::int64_t nowUtc = utcSecondsAt(now);
    const auto todays = read(midnightUtc, nowUtc + 1, sinceMidnight);
    return core::summarizeToday(todays, sinceMidnight(nowUtc), runningStreak);
}

int HistoryStore::pruneIfDue() {
    if (db_ == nullptr || options_.access != HistoryAccess::ReadWrite) {
        return 0;
    }
    const core::LocalTime moment = now();
    {
        SqliteStatement last(db_, "SELECT value FROM meta WHERE key = 'last_prune_day'");
        if (last.step() == SQLITE_ROW && last.text(0) == std::to_string(dayNumber(moment))) {
            return 0;
        }
    }
    return prune(moment);
}

int HistoryStore::prune(core::LocalTime moment) {
    const std::int64_t cutoff = utcSecondsAt(moment) - std::int64_t{options_.historyDays} * 86400;
    int removed = 0;
    const bool done = inTransaction([&] {
        int rc = SqliteStatement(db_, "DELETE FROM journal WHERE start_utc * 1000 + length_ms "
                                      "< ? * 1000")
                     .bind(1, cutoff)
                     .run();
        removed = sqlite3_changes(db_);
        if (rc == SQLITE_DONE) {
            rc = SqliteStatement(db_, "INSERT OR REPLACE INTO meta (key, value) "
                                      "VALUES ('last_prune_day', ?)")
                     .bind(1, std::to_string(dayNumber(moment)))
                     .run();
        }
        return rc;
    });
    if (!done) {
        return 0;
    }
    spdlog::info("history: pruned {} entries older than {} days", removed, options_.historyDays);
    return removed;
}

} // namespace flexor::platform::history
