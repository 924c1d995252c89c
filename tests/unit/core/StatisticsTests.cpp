// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LocalDates.h"
#include "core/Statistics.h"

#include <doctest/doctest.h>

using namespace flexor::core;
using namespace std::chrono;
using namespace std::chrono_literals;
using flexor::testing::at;
using flexor::testing::may;

namespace {

JournalEntry streak(LocalTime start, Duration length) {
    return {JournalKind::Streak, start, length, {}};
}

JournalEntry instant(JournalKind kind, LocalTime start) {
    return {kind, start, {}, {}};
}

const DayStatistics& dayIn(const std::vector<DayStatistics>& days, LocalDay d) {
    for (const DayStatistics& s : days) {
        if (s.day == d) {
            return s;
        }
    }
    FAIL("no statistics for " << formatDay(d));
    return days.front();
}

} // namespace

TEST_CASE("a streak from 23:30 to 00:40 gives 30 min to one day and 40 min to the next") {
    const std::vector<JournalEntry> entries{streak(at(may(1), 23, 30), 70min)};

    const auto days = dailyStatistics(entries, may(1), may(2), 45min);

    REQUIRE(days.size() == 2);
    CHECK(dayIn(days, may(1)).sitting == 30min);
    CHECK(dayIn(days, may(2)).sitting == 40min);
    // The streak as a whole belongs to the day it began.
    CHECK(dayIn(days, may(1)).longestStreak == 70min);
    CHECK(dayIn(days, may(1)).streaksOverThreshold == 1);
    CHECK(dayIn(days, may(2)).longestStreak == 0min);
    CHECK(dayIn(days, may(2)).streaksOverThreshold == 0);
}

TEST_CASE("a streak written before a restart and again after it was resumed counts once") {
    // Before the restart the daemon wrote 9:00-10:00; it resumed the streak and ended it at 10:30.
    const std::vector<JournalEntry> entries{streak(at(may(3), 9, 0), 60min),
                                            streak(at(may(3), 9, 0), 90min)};

    const auto days = dailyStatistics(entries, may(3), may(3), 45min);

    CHECK(days[0].sitting == 90min);
    CHECK(days[0].longestStreak == 90min);
    CHECK(days[0].streaksOverThreshold == 1);
    CHECK(sittingStreaks(entries).size() == 1);
}

TEST_CASE("a resumed streak that overlaps the one written before the restart merges with it") {
    const std::vector<JournalEntry> entries{streak(at(may(3), 9, 0), 60min),
                                            streak(at(may(3), 9, 2), 88min)};

    const auto streaks = sittingStreaks(entries);

    REQUIRE(streaks.size() == 1);
    CHECK(streaks[0].start == at(may(3), 9, 0));
    CHECK(streaks[0].sitting == 90min);
}

TEST_CASE("two streaks separated by a break stay two streaks") {
    const std::vector<JournalEntry> entries{streak(at(may(3), 9, 0), 50min),
                                            instant(JournalKind::NaturalBreak, at(may(3), 9, 50)),
                                            streak(at(may(3), 10, 0), 20min)};

    const auto days = dailyStatistics(entries, may(3), may(3), 45min);

    CHECK(days[0].sitting == 70min);
    CHECK(days[0].longestStreak == 50min);
    CHECK(days[0].streaksOverThreshold == 1);
    CHECK(days[0].naturalBreaks == 1);
}

TEST_CASE("standing and pauses inside a streak are not sitting") {
    // 14:00-15:00 streak span; stood 14:10-14:25 and paused 14:40-14:50.
    const std::vector<JournalEntry> entries{streak(at(may(4), 14, 0), 60min),
                                            {JournalKind::Standing, at(may(4), 14, 10), 15min, {}},
                                            {JournalKind::Pause, at(may(4), 14, 40), 10min, {}}};

    const auto days = dailyStatistics(entries, may(4), may(4), 45min);

    CHECK(days[0].sitting == 35min);
    CHECK(days[0].longestStreak == 35min);
    CHECK(days[0].streaksOverThreshold == 0);
    CHECK(days[0].standing == 15min);
    CHECK(days[0].paused == 10min);
}

TEST_CASE("a pause across midnight is split between the two days and sits nowhere") {
    const std::vector<JournalEntry> entries{streak(at(may(4), 23, 0), 120min),
                                            {JournalKind::Pause, at(may(4), 23, 30), 60min, {}}};

    const auto days = dailyStatistics(entries, may(4), may(5), 45min);

    CHECK(dayIn(days, may(4)).sitting == 30min);
    CHECK(dayIn(days, may(5)).sitting == 30min);
    CHECK(dayIn(days, may(4)).paused == 30min);
    CHECK(dayIn(days, may(5)).paused == 30min);
}

TEST_CASE("breaks, snoozes, reminders and routines are counted on the day they happened") {
    const std::vector<JournalEntry> entries{
        instant(JournalKind::Reminder, at(may(6), 10, 0)),
        {JournalKind::Snooze, at(may(6), 10, 1), 10min, {}},
        instant(JournalKind::Reminder, at(may(6), 10, 11)),
        {JournalKind::RoutineBreak, at(may(6), 10, 12), 4min, "psoas"},
        {JournalKind::AbandonedBreak, at(may(6), 12, 0), 2min, "psoas"},
        instant(JournalKind::SkippedBreak, at(may(6), 15, 0)),
        {JournalKind::NaturalBreak, at(may(6), 16, 0), 20min, {}},
        instant(JournalKind::Reminder, at(may(7), 9, 0))};

    const auto days = dailyStatistics(entries, may(6), may(7), 45min);

    const DayStatistics& sixth = dayIn(days, may(6));
    CHECK(sixth.reminders == 2);
    CHECK(sixth.snoozes == 1);
    CHECK(sixth.routinesFinished == 1);
    CHECK(sixth.breaksTaken == 2);
    CHECK(sixth.breaksSkipped == 1);
    CHECK(sixth.naturalBreaks == 1);
    CHECK(dayIn(days, may(7)).reminders == 1);
}

TEST_CASE("days without entries are listed with zeros, in order") {
    const auto days = dailyStatistics({}, may(1), may(7), 45min);

    REQUIRE(days.size() == 7);
    CHECK(days.front().day == may(1));
    CHECK(days.back().day == may(7));
    CHECK(days[3] == DayStatistics{may(4)});
}

TEST_CASE("entries outside the asked days are ignored") {
    const std::vector<JournalEntry> entries{streak(at(may(1), 9, 0), 60min),
                                            instant(JournalKind::Reminder, at(may(9), 9, 0))};

    const auto days = dailyStatistics(entries, may(3), may(5), 45min);

    for (const DayStatistics& d : days) {
        CHECK(d == DayStatistics{d.day});
    }
}

TEST_CASE("the longest streaks come longest first and only from the asked days") {
    const std::vector<JournalEntry> entries{
        streak(at(may(1), 9, 0), 80min), streak(at(may(2), 9, 0), 30min),
        streak(at(may(2), 13, 0), 95min), streak(at(may(3), 9, 0), 50min),
        streak(at(may(8), 9, 0), 300min)};

    const auto top = longestStreaks(entries, may(1), may(3), 3);

    REQUIRE(top.size() == 3);
    CHECK(top[0] == StreakSummary{at(may(2), 13, 0), 95min});
    CHECK(top[1] == StreakSummary{at(may(1), 9, 0), 80min});
    CHECK(top[2] == StreakSummary{at(may(3), 9, 0), 50min});
}

TEST_CASE("today's summary counts today's reminders and sitting including the running streak") {
    const std::vector<JournalEntry> entries{
        streak(at(may(9), 23, 0), 90min), // 30 min of it fall on the 10th
        instant(JournalKind::Reminder, at(may(9), 23, 45)), streak(at(may(10), 8, 0), 100min),
        instant(JournalKind::Reminder, at(may(10), 8, 45)),
        instant(JournalKind::Reminder, at(may(10), 9, 30))};

    // Sitting again since 11:00; at 11:45 the third reminder of the day is about to show.
    const TodaySummary summary = summarizeToday(entries, at(may(10), 11, 45), 45min);

    CHECK(summary.reminders == 2);
    CHECK(summary.sitting == 30min + 100min + 45min);
}

TEST_CASE("today's summary counts the routines finished today, not yesterday's") {
    const std::vector<JournalEntry> entries{
        instant(JournalKind::RoutineBreak, at(may(9), 16, 0)),
        instant(JournalKind::RoutineBreak, at(may(10), 9, 0)),
        instant(JournalKind::AbandonedBreak, at(may(10), 10, 0)),
        instant(JournalKind::RoutineBreak, at(may(10), 11, 0))};

    CHECK(summarizeToday(entries, at(may(10), 12, 0), {}).routinesFinished == 2);
}

TEST_CASE("the running streak already written before a restart is not counted twice today") {
    const std::vector<JournalEntry> entries{streak(at(may(10), 9, 0), 30min)};

    const TodaySummary summary = summarizeToday(entries, at(may(10), 10, 0), 60min);

    CHECK(summary.sitting == 60min);
}

TEST_CASE("days are written as ISO dates") {
    CHECK(formatDay(may(1)) == "2024-05-01");
    CHECK(dayOf(at(may(31), 23, 59)) == may(31));
}
