// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/StateSentence.h"
#include "ui/TrayLook.h"

#include <doctest/doctest.h>

using namespace flexor;
using namespace std::chrono_literals;
using core::SittingState;

namespace {

// 14:05:00 on some day, as the tray would be told the local time.
const core::LocalTime kAt1405{
    std::chrono::sys_days{std::chrono::year{2024} / 5 / 6}.time_since_epoch() + 14h + 5min};

core::EngineStatus sitting(core::Duration streak, core::Duration reminderIn) {
    core::EngineStatus status;
    status.state = SittingState::Sitting;
    status.streak = streak;
    status.reminderIn = reminderIn;
    return status;
}

} // namespace

TEST_CASE("the ring fills in twelve whole steps up to remind_after") {
    CHECK(ui::ringStepLength(60min) == 5min);
    CHECK(ui::ringFraction(0s, 60min) == 0.0);
    CHECK(ui::ringFraction(4min + 59s, 60min) == 0.0);
    CHECK(ui::ringFraction(5min, 60min) == doctest::Approx(1.0 / 12));
    CHECK(ui::ringFraction(30min + 1s, 60min) == doctest::Approx(0.5));
    CHECK(ui::ringFraction(3h, 60min) == 1.0);
}

TEST_CASE("the next ring step is counted from the streak, at least a second apart") {
    CHECK(ui::untilNextRingStep(0s, 60min) == 5min);
    CHECK(ui::untilNextRingStep(12min, 60min) == 3min);
    CHECK(ui::untilNextRingStep(15min, 60min) == 5min);
    CHECK(ui::ringStepLength(6s) == 1s);
    CHECK(ui::untilNextRingStep(2500ms, 6s) == 500ms);
}

TEST_CASE("the tooltip names wall-clock moments, so it stays true without a refresh") {
    const auto look = ui::trayLookFor(sitting(20min, 25min), 45min, true, kAt1405);
    CHECK(look.tooltip.contains("13:45"));
    CHECK(look.tooltip.contains("14:30"));
    CHECK(look.tooltip.startsWith("Sitting since"));

    // Three minutes later the same streak gives the same words: nothing went stale.
    const auto later = ui::trayLookFor(sitting(23min, 22min), 45min, true, kAt1405 + 3min);
    CHECK(later.tooltip == look.tooltip);
}

TEST_CASE("snooze, standing and pause tell when they end") {
    core::EngineStatus snoozed = sitting(50min, 10min);
    snoozed.state = SittingState::Snoozed;
    snoozed.stateEndsIn = 10min;
    CHECK(ui::statusText(snoozed, true, kAt1405).contains("14:15"));

    core::EngineStatus paused;
    paused.state = SittingState::Paused;
    paused.stateEndsIn = 1h;
    CHECK(ui::statusText(paused, true, kAt1405).contains("15:05"));
}

TEST_CASE("a desktop where activity cannot be sensed says so in the tooltip") {
    const auto look = ui::trayLookFor(sitting(1min, 44min), 45min, false, kAt1405);
    CHECK_FALSE(look.senses);
    CHECK(look.tooltip.contains("can't be sensed"));
}

TEST_CASE("the tooltip says what the window says, naming the streak by the moment it began") {
    // Both read the same entry for each state: the tooltip is the window's sentence with the
    // streak's start ("since 13:15") in place of its length ("for 50 min"), and a word for away.
    const auto asTooltip = [](QString window) {
        if (window == "Away from the desk") {
            return QStringLiteral("Away");
        }
        return window.replace("for 50 min", "since " + ui::clockText(kAt1405 - 50min));
    };
    const auto with = [](SittingState state, auto change) {
        core::EngineStatus status = sitting(50min, 10min);
        status.state = state;
        change(status);
        return status;
    };
    const auto nothing = [](core::EngineStatus&) {};
    const auto noReminder = [](core::EngineStatus& s) { s.reminderIn.reset(); };
    const auto held = [](core::EngineStatus& s) { s.reminderHeld = true; };
    const auto ends = [](core::EngineStatus& s) { s.stateEndsIn = 20min; };
    const auto meeting = [](core::EngineStatus& s) {
        s.meeting = true;
        s.reminderHeld = true;
        s.meetingSince = kAt1405 - 12min;
    };
    const auto meetingWithoutStart = [](core::EngineStatus& s) { s.meeting = true; };
    const std::vector<core::EngineStatus> statuses{
        with(SittingState::Sitting, nothing),
        with(SittingState::Sitting, noReminder),
        with(SittingState::Sitting, meeting),
        with(SittingState::ReminderDue, nothing),
        with(SittingState::ReminderDue, held),
        with(SittingState::ReminderDue, meeting),
        with(SittingState::ReminderDue, meetingWithoutStart),
        with(SittingState::Snoozed, nothing),
        with(SittingState::Snoozed, ends),
        with(SittingState::InRoutine, nothing),
        with(SittingState::Standing, nothing),
        with(SittingState::Standing, ends),
        with(SittingState::Away, nothing),
        with(SittingState::Paused, nothing),
        with(SittingState::Paused, ends),
        with(SittingState::OffSchedule, nothing)};
    for (const auto& status : statuses) {
        const QString window = ui::stateSentence(status, kAt1405, {{}, status.meetingSince});
        CHECK(ui::statusText(status, true, kAt1405).toStdString() ==
              asTooltip(window).toStdString());
    }
    const auto off = with(SittingState::OffSchedule, nothing);
    const auto nextMorning8 = kAt1405 + 18h - 5min;
    CHECK(ui::statusText(off, true, kAt1405, nextMorning8) ==
          ui::stateSentence(off, kAt1405, {nextMorning8, {}}));
}

TEST_CASE("a reminder held back does not say it is time for a break") {
    core::EngineStatus status = sitting(50min, 0s);
    status.state = SittingState::ReminderDue;
    status.reminderHeld = true;
    CHECK(ui::statusText(status, true, kAt1405) ==
          "Sitting since " + ui::clockText(kAt1405 - 50min) + " · reminder waits");
}

TEST_CASE("an early reminder before a calendar meeting is named on a line of its own") {
    auto status = sitting(20min, 10min);
    status.reminderBeforeMeeting = kAt1405 + 40min;
    CHECK(ui::statusText(status, true, kAt1405) ==
          ui::stateSentence(status, kAt1405, {}, ui::Wording::Tooltip) + "\nReminder before your " +
              ui::clockText(kAt1405 + 40min) + " meeting");
}

TEST_CASE("a meeting in the calendar reads as a meeting, since its start") {
    auto status = sitting(20min, 10min);
    status.calendarMeeting = true;
    status.meetingSince = kAt1405 - 5min;
    CHECK(ui::statusText(status, true, kAt1405, {}) ==
          "In a meeting since " + ui::clockText(kAt1405 - 5min) + " · reminder waits");
}
