// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/EngineObserver.h"
#include "core/SittingState.h"
#include "core/Statistics.h"
#include "core/Time.h"

#include <QObject>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace flexor::platform::history {
class HistoryStore;
struct RunningStreak;
} // namespace flexor::platform::history

namespace flexor::service {

// How long ago a running streak was saved: to the millisecond when the save recorded the wall
// clock in milliseconds, otherwise from the whole local seconds older files have.
core::Duration timeSinceSaved(const platform::history::RunningStreak& saved, core::LocalTime now,
                              std::int64_t nowWallMs);

// The daemon's side of the history: journal entries are queued and written right after
// the event being handled (so a reminder never waits for the disk), and the running streak
// is saved so that a restarted daemon can resume it.
class HistoryKeeper : public QObject {
    Q_OBJECT
public:
    explicit HistoryKeeper(int historyDays, QObject* parent = nullptr);
    ~HistoryKeeper() override;

    void setHistoryDays(int days);

    // A streak saved by a daemon that stopped less than awayAfter ago goes on, the gap counted
    // like a short idle: returns its length now. An older one is written down as ended.
    // nowWallMs: platform::wallMilliseconds() at `now`.
    std::optional<core::Duration> resumableStreak(core::Instant now, std::int64_t nowWallMs,
                                                  core::Duration awayAfter);

    void saveRunningStreak(const core::EngineStatus& status, core::Instant now,
                           std::int64_t nowWallMs);
    void queue(const core::JournalEntry& entry);
    void flush();

    // Today so far, counting what is queued but not yet written.
    core::TodaySummary today(core::Instant now, core::Duration runningStreak) const;

    const platform::history::HistoryStore& store() const { return *store_; }

private:
    std::unique_ptr<platform::history::HistoryStore> store_;
    std::vector<core::JournalEntry> pending_;
    bool streakSaved_ = false; // so that a user who stays away costs no further writes
};

} // namespace flexor::service
