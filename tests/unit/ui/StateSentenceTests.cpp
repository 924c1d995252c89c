// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/StateSentence.h"

#include <doctest/doctest.h>

using namespace flexor;
using namespace std::chrono_literals;
using core::SittingState;
using ui::clockText;
using ui::stateSentence;

namespace {

// Saturday 5 December 2026, 14:18:00.
const core::LocalTime kSaturday1418{
    std::chrono::local_days{std::chrono::year{2026} / 12 / 5}.time_since_epoch() + 14h + 18min};

core::EngineStatus inState(SittingState state) {
    core::EngineStatus status;
    status.state = state;
    return status;
}

core::EngineStatus sitting(core::Duration streak, core::Duration reminderIn) {
    auto status = inState(SittingState::Sitting);
    status.streak = streak;
    status.streakRunning = true;
    status.reminderIn = reminderIn;
    return status;
}

} // namespace

TEST_CASE("sitting: the streak in whole minutes and the reminder as a time of day") {
    const auto at = kSaturday1418;
    CHECK(stateSentence(sitting(32min + 40s, 12min + 20s), at) ==
          "Sitting for 32 min · reminder at " + clockText(at + 12min + 20s));
    CHECK(stateSentence(sitting(32min + 40s, 12min + 20s), at).contains("14:30"));
    // Forty seconds on, the sentence is the same: the reminder's time does not drift.
    CHECK(stateSentence(sitting(32min + 59s, 12min + 1s), at + 19s) ==
          stateSentence(sitting(32min + 40s, 12min + 20s), at));
}

TEST_CASE("the first minute reads as 0 min, not as seconds that stand still") {
    CHECK(
        stateSentence(sitting(40s, 44min + 20s), kSaturday1418).startsWith("Sitting for 0 min ·"));
}

TEST_CASE("the sentence changes at the next whole minute of a running streak, not before") {
    CHECK(ui::untilSentenceChanges(sitting(32min + 40s, 12min)) == 20s);
    CHECK(ui::untilSentenceChanges(sitting(0s, 45min)) == 1min);
    auto standing = inState(SittingState::Standing);
    CHECK_FALSE(ui::untilSentenceChanges(standing).has_value());
}

TEST_CASE("a meeting says since when, and that the reminder waits") {
    auto status = sitting(50min, 0s);
    status.state = SittingState::ReminderDue;
    status.meeting = true;
    status.reminderHeld = true;
    CHECK(stateSentence(status, kSaturday1418, {{}, kSaturday1418 - 16min}) ==
          "In a meeting since " + clockText(kSaturday1418 - 16min) + " · reminder waits");
    CHECK(stateSentence(status, kSaturday1418) == "In a meeting · reminder waits");
}

TEST_CASE("outside active hours the sentence says when counting starts") {
    const auto off = inState(SittingState::OffSchedule);
    const auto monday8 = kSaturday1418 - 14h - 18min + 48h + 8h;
    CHECK(stateSentence(off, kSaturday1418, {monday8, {}}) ==
          "Outside active hours · counting starts Monday " + clockText(monday8));
    CHECK(stateSentence(off, kSaturday1418, {kSaturday1418 + 4h, {}}) ==
          "Outside active hours · counting starts today " + clockText(kSaturday1418 + 4h));
    // Not "tomorrow", which turns false at midnight in a tooltip nobody refreshes.
    CHECK(stateSentence(off, kSaturday1418, {kSaturday1418 + 18h, {}}) ==
          "Outside active hours · counting starts Sunday " + clockText(kSaturday1418 + 18h));
    CHECK(stateSentence(off, kSaturday1418) == "Outside active hours");
}

TEST_CASE("paused, snoozed and standing say until when") {
    auto paused = inState(SittingState::Paused);
    CHECK(stateSentence(paused, kSaturday1418) == "Paused");
    paused.stateEndsIn = 30min;
    CHECK(stateSentence(paused, kSaturday1418) ==
          "Paused until " + clockText(kSaturday1418 + 30min));
    auto snoozed = sitting(50min, 10min);
    snoozed.state = SittingState::Snoozed;
    snoozed.stateEndsIn = 10min;
    CHECK(stateSentence(snoozed, kSaturday1418) ==
          "Snoozed until " + clockText(kSaturday1418 + 10min) + " · sitting for 50 min");
    auto standing = inState(SittingState::Standing);
    standing.stateEndsIn = 1h;
    CHECK(stateSentence(standing, kSaturday1418) ==
          "Standing until " + clockText(kSaturday1418 + 1h));
    CHECK(stateSentence(inState(SittingState::Away), kSaturday1418) == "Away from the desk");
    CHECK(stateSentence(inState(SittingState::InRoutine), kSaturday1418) == "Stretching");
}

TEST_CASE("the schedule in words: runs of days, then the hours") {
    core::WeeklySchedule office; // Mon-Fri 08:00-19:00
    const auto at = [](std::chrono::minutes m) {
        return clockText(core::LocalTime{std::chrono::duration_cast<std::chrono::seconds>(m)});
    };
    CHECK(ui::scheduleText(office) == "Monday to Friday, " + at(8h) + " to " + at(19h));
    office.days = {true, false, true, false, true, true, false};
    CHECK(ui::scheduleText(office) ==
          "Monday, Wednesday, Friday, Saturday, " + at(8h) + " to " + at(19h));
    office.enabled = false;
    CHECK(ui::scheduleText(office) == "at any time");
}
