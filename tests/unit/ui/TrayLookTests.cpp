// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

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
    CHECK(ui::trayTooltip(snoozed, true, kAt1405).contains("14:15"));

    core::EngineStatus paused;
    paused.state = SittingState::Paused;
    paused.stateEndsIn = 1h;
    CHECK(ui::trayTooltip(paused, true, kAt1405).contains("15:05"));
}

TEST_CASE("a desktop where activity cannot be sensed says so in the tooltip") {
    const auto look = ui::trayLookFor(sitting(1min, 44min), 45min, false, kAt1405);
    CHECK_FALSE(look.senses);
    CHECK(look.tooltip.contains("can't be sensed"));
}
