// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "EngineObserver.h"
#include "Time.h"

#include <chrono>
#include <span>
#include <string>
#include <vector>

namespace flexor::core {

using LocalDay = std::chrono::local_days;

// What one local calendar day looked like.
struct DayStatistics {
    LocalDay day;
    Duration sitting{};           // sitting time that fell inside this day
    Duration longestStreak{};     // longest streak that began this day
    int streaksOverThreshold = 0; // streaks that began this day and reached the threshold
    int breaksTaken = 0;          // routines finished or abandoned after a real effort
    int breaksSkipped = 0;
    int naturalBreaks = 0; // got up without being asked
    int snoozes = 0;
    int routinesFinished = 0;
    int reminders = 0;
    Duration standing{};
    Duration paused{};

    bool operator==(const DayStatistics&) const = default;
};

// One streak as the statistics see it: where it began and how much of it was sitting.
struct StreakSummary {
    LocalTime start;
    Duration sitting{};

    bool operator==(const StreakSummary&) const = default;
};

// "So far today", for the reminder body: "3rd reminder today; you've sat 4 h 10 min".
struct TodaySummary {
    int reminders = 0;
    int routinesFinished = 0;
    Duration sitting{};

    bool operator==(const TodaySummary&) const = default;
};

// How journal entries are read:
// - A Streak spans [start, start + length] in local wall time. Pause and Standing periods that
//   overlap it are not sitting, so the streak's sitting is its span minus those periods.
// - Streaks that overlap (the same streak written before a restart and again after it was
//   resumed) are merged into one, so a restart never counts sitting twice.
// - Sitting is split at local midnight; counts and the longest streak belong to the day on
//   which the streak, break or reminder began.

// The streaks in entries, merged and with pauses and standing taken out, oldest first.
std::vector<StreakSummary> sittingStreaks(std::span<const JournalEntry> entries);

// One DayStatistics per day from first to last (both included), in order.
// threshold: a streak at least this long counts as "over the threshold" (remind_after).
std::vector<DayStatistics> dailyStatistics(std::span<const JournalEntry> entries, LocalDay first,
                                           LocalDay last, Duration threshold);

// The longest streaks that began in [first, last], longest first, at most `count`.
std::vector<StreakSummary> longestStreaks(std::span<const JournalEntry> entries, LocalDay first,
                                          LocalDay last, std::size_t count);

// Reminders shown and sitting so far on now's day. runningStreak is the streak still going
// on at `now` (not yet in the journal), counted as sitting from now - runningStreak to now.
TodaySummary summarizeToday(std::span<const JournalEntry> entries, LocalTime now,
                            Duration runningStreak = {});

// The local day a moment belongs to, and "2024-05-01".
LocalDay dayOf(LocalTime t);
std::string formatDay(LocalDay day);

} // namespace flexor::core
