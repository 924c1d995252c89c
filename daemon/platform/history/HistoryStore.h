// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/EngineObserver.h"
#include "core/Statistics.h"
#include "core/Time.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace flexor::platform::history {

// The streak that was going on when it was last saved, so a restarted daemon can resume it.
struct RunningStreak {
    core::LocalTime started;
    core::Duration soFar{};
    core::LocalTime savedAt;
    std::int64_t savedWallMs = 0; // UTC epoch milliseconds of the save; 0 when not known

    bool operator==(const RunningStreak&) const = default;
};

enum class HistoryAccess {
    ReadWrite, // the daemon: creates the file (mode 0600), migrates, repairs
    ReadOnly,  // the CLI and tools: never creates, changes or moves anything
};

struct HistoryOptions {
    HistoryAccess access = HistoryAccess::ReadWrite;
    int historyDays = 365; // rows that ended longer ago than this are pruned, once a day
    std::function<core::LocalTime()> clock; // the wall clock; empty: the system's local time
};

// The history of sitting and breaks, in an SQLite database (history.sqlite in the state dir).
//
// Durability: WAL journal with synchronous=FULL. Every event is its own short transaction,
// committed and synced before record() returns, so a kill -9 or a power cut loses at most the
// event being written. FULL rather than NORMAL because NORMAL may lose the last commits on a
// power cut (a laptop running flat), and Flexor writes a handful of rows an hour, so the
// extra fsync costs nothing anyone could notice. The one exception is the running-streak
// heartbeat (saveRunningStreak), rewritten at every tray step: it is synced with the next
// journal write, and a kill -9 keeps it all the same.
//
// A file that is corrupt or not a database is renamed to history.sqlite.corrupt-<time>, with
// an error in the log, and a fresh history is started. A database written by a newer Flexor is
// left untouched and the store stays closed.
class HistoryStore {
public:
    explicit HistoryStore(std::filesystem::path file, HistoryOptions options = {});
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    bool isOpen() const { return db_ != nullptr; }
    // Read-only access found a database that holds no history yet (no schema: an empty file,
    // or one another process has only just created): as good as no file at all.
    bool holdsNoHistory() const { return holdsNoHistory_; }
    const std::filesystem::path& file() const { return file_; }
    int schemaVersion() const;

    // Writes one fact in its own transaction. A Streak ending also clears the saved running
    // streak in the same transaction. Prunes old rows when the last prune was on another day.
    bool record(const core::JournalEntry& entry);

    bool saveRunningStreak(core::LocalTime started, core::Duration soFar, core::LocalTime savedAt,
                           std::int64_t savedWallMs = 0);
    std::optional<RunningStreak> runningStreak() const;
    bool clearRunningStreak();
    // When a saved streak cannot be resumed (the user was away too long), journal it as the
    // Streak it was, up to the moment it was last saved, and clear it: one transaction.
    bool closeRunningStreak();

    // Entries whose time span overlaps [from, to), oldest first. Spans longer than a week that
    // began before from - 7 days are not looked for.
    std::vector<core::JournalEntry> entries(core::LocalTime from, core::LocalTime to) const;

    // Reminders and sitting so far today, for the reminder body. runningStreak: the streak
    // going on now, which the journal does not hold yet.
    core::TodaySummary today(core::LocalTime now, core::Duration runningStreak = {}) const;

    void setHistoryDays(int days) { options_.historyDays = days; }
    // Removes rows older than historyDays unless that was already done today; returns the
    // number removed.
    int pruneIfDue();

private:
    enum class Readiness { Ready, Corrupt, Newer, Failed };

    bool openReadWrite();
    bool openReadOnly();
    Readiness prepareConnection();
    void close();
    bool moveAside(const char* reason);
    bool recoverIfCorrupt(int rc);
    bool inTransaction(const std::function<int()>& work);
    int prune(core::LocalTime now);
    // Entries overlapping [fromUtc, toUtc), their starts given as local times by localOf.
    std::vector<core::JournalEntry>
    read(std::int64_t fromUtc, std::int64_t toUtc,
         const std::function<core::LocalTime(std::int64_t)>& localOf) const;
    core::LocalTime now() const;

    std::filesystem::path file_;
    HistoryOptions options_;
    sqlite3* db_ = nullptr;
    bool holdsNoHistory_ = false;
    std::string problem_; // why the last open failed, when SQLite's own message would not say
};

} // namespace flexor::platform::history
