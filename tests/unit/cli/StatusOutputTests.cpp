// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QStringMaker.h"
#include "cli/StatusOutput.h"

#include <doctest/doctest.h>

using namespace std::chrono_literals;
using flexor::cli::statusSummary;
using flexor::core::EngineStatus;
using flexor::core::SittingState;

namespace {

EngineStatus inState(SittingState state) {
    EngineStatus status;
    status.state = state;
    return status;
}

} // namespace

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
