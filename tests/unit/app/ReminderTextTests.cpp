// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QStringMaker.h"
#include "app/ReminderText.h"

#include <doctest/doctest.h>

using namespace std::chrono_literals;
using flexor::app::reminderText;
using flexor::app::snoozeLabel;
using flexor::app::statusSummary;
using flexor::core::EngineStatus;
using flexor::core::Reminder;
using flexor::core::SittingState;
using flexor::core::TodaySummary;

namespace {

const flexor::config::Config kDefaults;

Reminder sat(flexor::core::Duration streak) {
    Reminder reminder;
    reminder.streak = streak;
    return reminder;
}

Reminder escalatedAfter(flexor::core::Duration streak, int snoozes) {
    Reminder reminder = sat(streak);
    reminder.snoozesUsed = snoozes;
    reminder.escalated = true;
    return reminder;
}

EngineStatus inState(SittingState state) {
    EngineStatus status;
    status.state = state;
    return status;
}

} // namespace

TEST_CASE("durations read as seconds, minutes, then hours and two-digit minutes") {
    CHECK(snoozeLabel(40s) == "Snooze 40 s");
    CHECK(snoozeLabel(90s) == "Snooze 1 min");
    CHECK(snoozeLabel(10min) == "Snooze 10 min");
    CHECK(snoozeLabel(59min + 59s) == "Snooze 59 min");
    CHECK(snoozeLabel(65min) == "Snooze 1 h 05 min");
    CHECK(snoozeLabel(2h + 30min) == "Snooze 2 h 30 min");
}

TEST_CASE("a first reminder says how long the user sat and offers the routine by its length") {
    const auto text = reminderText(sat(47min), kDefaults, 5min, TodaySummary{});
    CHECK(text.summary == "Time to get up");
    CHECK(text.body == "Sitting for 47 min. A 5-minute psoas stretch?");
    CHECK(text.startLabel == "Start stretch");
    CHECK(text.snoozeLabel == "Snooze 10 min");
    CHECK(text.skipLabel == "Skip");
    CHECK(text.noActionsHint.contains("flexor stretch"));
}

TEST_CASE("without a known routine length the offer does not name one") {
    const auto text = reminderText(sat(45min), kDefaults, std::nullopt, TodaySummary{});
    CHECK(text.body == "Sitting for 45 min. Time for a short psoas stretch?");
}

TEST_CASE("an escalated reminder says so and counts the snoozes") {
    const auto text = reminderText(escalatedAfter(80min, 3), kDefaults, 5min, TodaySummary{});
    CHECK(text.summary == "You have been sitting a long time");
    // "time(s)" becomes "times" through the English plural forms (translations/flexor_en.ts),
    // which a unit test does not load.
    CHECK(text.body == "Sitting for 1 h 20 min, snoozed 3 time(s). A 5-minute psoas stretch?");
}

TEST_CASE("from the second reminder of the day on, the body adds today's figures") {
    const auto first = reminderText(sat(45min), kDefaults, 5min, TodaySummary{1, 0, 45min});
    CHECK_FALSE(first.body.contains('\n'));

    const auto second = reminderText(sat(45min), kDefaults, 5min, TodaySummary{2, 0, 130min});
    CHECK(second.body == "Sitting for 45 min. A 5-minute psoas stretch?\n"
                         "Reminder 2 today; 2 h 10 min of sitting so far today.");
}

TEST_CASE("the snooze button names the configured snooze length") {
    auto config = kDefaults;
    config.engine.snooze = 15min;
    CHECK(reminderText(sat(45min), config, 5min, TodaySummary{}).snoozeLabel == "Snooze 15 min");
}

TEST_CASE("the status summary says the state, the streak and what comes next") {
    auto sitting = inState(SittingState::Sitting);
    sitting.streak = 12min;
    sitting.reminderIn = 33min;
    CHECK(statusSummary(sitting, true) == "Sitting 12 min · reminder in 33 min");
    sitting.reminderIn.reset();
    CHECK(statusSummary(sitting, true) == "Sitting 12 min");

    auto due = inState(SittingState::ReminderDue);
    due.streak = 45min;
    CHECK(statusSummary(due, true) == "Time for a break: sitting 45 min");

    auto snoozed = inState(SittingState::Snoozed);
    snoozed.streak = 50min;
    snoozed.stateEndsIn = 5min;
    CHECK(statusSummary(snoozed, true) == "Snoozed · sitting 50 min · reminder in 5 min");

    auto standing = inState(SittingState::Standing);
    standing.stateEndsIn = 1h;
    CHECK(statusSummary(standing, true) == "Standing · ends in 1 h 00 min");

    auto paused = inState(SittingState::Paused);
    CHECK(statusSummary(paused, true) == "Paused");
    paused.stateEndsIn = 30min;
    CHECK(statusSummary(paused, true) == "Paused · resumes in 30 min");

    CHECK(statusSummary(inState(SittingState::InRoutine), true) == "Stretching");
    CHECK(statusSummary(inState(SittingState::Away), true) == "Away");
    CHECK(statusSummary(inState(SittingState::OffSchedule), true) == "Outside active hours");
}

TEST_CASE("where activity cannot be sensed, the status summary says how time is counted") {
    const auto away = inState(SittingState::Away);
    CHECK_FALSE(statusSummary(away, true).contains("sensed"));
    CHECK(statusSummary(away, false).startsWith("Away\nActivity can't be sensed on this desktop"));
}

TEST_CASE("only a standing desk is offered \"Stand for a while\"") {
    CHECK(reminderText(sat(45min), kDefaults, 5min, TodaySummary{}).standLabel.isEmpty());
    auto config = kDefaults;
    config.standingDesk = true;
    CHECK(reminderText(sat(45min), config, 5min, TodaySummary{}).standLabel == "Stand for a while");
}
