// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QStringMaker.h"
#include "service/ReminderText.h"

#include <doctest/doctest.h>

using namespace std::chrono_literals;
using flexor::core::Reminder;
using flexor::core::TodaySummary;
using flexor::service::reminderText;
using flexor::service::snoozeLabel;

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

TEST_CASE("only a standing desk is offered \"Stand for a while\"") {
    CHECK(reminderText(sat(45min), kDefaults, 5min, TodaySummary{}).standLabel.isEmpty());
    auto config = kDefaults;
    config.standingDesk = true;
    CHECK(reminderText(sat(45min), config, 5min, TodaySummary{}).standLabel == "Stand for a while");
}
