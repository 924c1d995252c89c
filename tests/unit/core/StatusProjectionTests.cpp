// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeskTimeline.h"
#include "core/StatusProjection.h"

using namespace flexor::core;
using namespace flexor::core::test;
using S = SittingState;

namespace {

// What a client told the status at `from` computes for `to`, next to what the engine says.
void checkProjection(DeskTimeline& desk, Duration from, Duration to) {
    desk.at(from);
    const EngineStatus told = desk.status();
    desk.at(to);
    const EngineStatus projected = projectStatus(told, to - from);
    const EngineStatus actual = desk.status();
    CHECK(projected.streak == actual.streak);
    CHECK(projected.reminderIn == actual.reminderIn);
    CHECK(projected.stateEndsIn == actual.stateEndsIn);
    CHECK_FALSE(changedBeyondTheClock(projected, actual, 0ms));
}

} // namespace

TEST_CASE("while sitting, the clock alone moves the streak and the reminder countdown") {
    DeskTimeline desk;
    checkProjection(desk, 9h + 3min, 9h + 40min);
    CHECK(desk.status().streakRunning);
}

TEST_CASE("a snooze counts down with the streak growing under it") {
    DeskTimeline desk;
    desk.at(9h + 45min).expect(S::ReminderDue).send(event::Snooze{10min}).expect(S::Snoozed);
    checkProjection(desk, 9h + 46min, 9h + 54min);
}

TEST_CASE("standing and pause count down while the streak stands still") {
    DeskTimeline standing;
    standing.at(9h + 30min).send(event::Standing{true}).expect(S::Standing);
    checkProjection(standing, 9h + 31min, 9h + 50min);
    CHECK_FALSE(standing.status().streakRunning);

    DeskTimeline paused;
    paused.at(9h + 30min).send(event::Pause{1h}).expect(S::Paused);
    checkProjection(paused, 9h + 31min, 10h + 20min);
}

TEST_CASE("away, the streak stands still, also when the absence is confirmed") {
    DeskTimeline desk;
    desk.idle(9h + 20min, 9h + 21min).expect(S::Away);
    CHECK_FALSE(desk.status().streakRunning);
    checkProjection(desk, 9h + 21min, 9h + 30min);
}

TEST_CASE("every change the clock does not explain is one") {
    DeskTimeline desk;
    desk.at(9h + 10min);
    const EngineStatus told = desk.status();

    SUBCASE("standing up") {
        desk.at(9h + 15min).send(event::Standing{true});
    }
    SUBCASE("a skip starts the streak over in the same state") {
        desk.at(9h + 15min).send(event::Skip{}).expect(S::Sitting);
    }
    SUBCASE("going away") {
        desk.idle(9h + 14min, 9h + 15min);
    }
    CHECK(changedBeyondTheClock(projectStatus(told, 5min), desk.status(), 2s));
}

TEST_CASE("the tolerance covers whole seconds on both sides, not more") {
    EngineStatus told;
    told.streak = 100s;
    told.streakRunning = true;
    told.reminderIn = 200s;
    EngineStatus actual = projectStatus(told, 60s);
    actual.streak += 2s;
    CHECK_FALSE(changedBeyondTheClock(projectStatus(told, 60s), actual, 2s));
    actual.streak += 1s;
    CHECK(changedBeyondTheClock(projectStatus(told, 60s), actual, 2s));
}
