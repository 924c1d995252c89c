// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeskTimeline.h"

using namespace flexor::core;
using namespace flexor::core::test;
using S = SittingState;

namespace {

EngineSettings remindingAfter(Duration d) {
    EngineSettings settings;
    settings.remindAfter = d;
    return settings;
}

} // namespace

TEST_CASE("lowering remindAfter below the streak makes the reminder due at once") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::SettingsChanged{remindingAfter(20min)});
    desk.expect(S::ReminderDue);
    CHECK(desk.lastTransition().reason == "settings-changed");
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.reminders[0].at == 9h + 30min);
    CHECK(desk.streak() == 30min); // the streak was kept
    CHECK(desk.engine.settings().remindAfter == 20min);
}

TEST_CASE("raising remindAfter makes the reminder due later") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::SettingsChanged{remindingAfter(60min)});
    desk.expect(S::Sitting);
    CHECK(desk.streak() == 30min);
    CHECK(desk.nextDue() == 10h);
    desk.at(9h + 59min).expect(S::Sitting);
    desk.at(10h).expect(S::ReminderDue);
}

TEST_CASE("a pause applies whatever the state, and events out of place are ignored") {
    DeskTimeline desk;
    desk.at(9h + 10min)
        .send(event::ScreenUnlocked{})
        .send(event::Resumed{})
        .send(event::RoutineFinished{})
        .send(event::RoutineAbandoned{2min, 1})
        .send(event::Standing{false})
        .send(event::Resume{});
    CHECK(desk.seen.transitions.empty());
    CHECK(desk.seen.journal.empty());
    CHECK(desk.streak() == 10min);

    desk.send(event::ScreenLocked{}).send(event::Pause{10min}).expect(S::Paused);
    desk.send(event::Snooze{}).send(event::Standing{true}).expect(S::Paused);
    CHECK(desk.status().snoozesUsed == 0);
}

TEST_CASE("a second pause sets a new end") {
    DeskTimeline desk;
    desk.at(9h + 10min).send(event::Pause{10min});
    desk.at(9h + 15min).send(event::Pause{30min});
    desk.at(9h + 44min).expect(S::Paused);
    desk.at(9h + 45min).expect(S::Sitting);
    CHECK(desk.seen.journalOf(JournalKind::Pause).at(0).length == 35min);
}

TEST_CASE("the precedence of states: paused over away over routine") {
    DeskTimeline desk;
    desk.at(9h + 46min).send(event::RoutineStarted{"psoas"}).expect(S::InRoutine);
    desk.idle(9h + 47min, 9h + 52min).expect(S::Away);
    desk.send(event::Pause{10min}).expect(S::Paused);
    desk.at(10h + 2min).expect(S::Away);
    desk.send(event::UserActive{}).expect(S::InRoutine);
    desk.at(10h + 4min).send(event::RoutineFinished{3}).expect(S::Sitting);
    CHECK(desk.seen.journalOf(JournalKind::RoutineBreak).at(0).detail == "psoas");
}

TEST_CASE("sleep during a snooze") {
    SUBCASE("a long sleep is a break") {
        DeskTimeline desk;
        desk.at(9h + 46min).send(event::Snooze{});
        desk.at(9h + 50min).send(event::SleepStarted{}).expect(S::Away);
        desk.at(10h + 20min).send(event::Resumed{}).expect(S::Sitting);
        CHECK(desk.status().snoozesUsed == 0);
        CHECK(desk.streak() == 0ms);
        CHECK(desk.seen.reminders.size() == 1);
    }
    SUBCASE("a short sleep past the snooze end brings the reminder on resume") {
        DeskTimeline desk;
        desk.at(9h + 46min).send(event::Snooze{});
        desk.at(9h + 54min).send(event::SleepStarted{});
        desk.at(9h + 58min).send(event::Resumed{}).expect(S::ReminderDue);
        CHECK(desk.lastTransition().reason == "resumed");
        CHECK(desk.seen.firstShowings().size() == 2);
        CHECK(desk.seen.reminders.back().reminder.snoozesUsed == 1);
    }
}

TEST_CASE("eventName gives every event a short stable name") {
    CHECK(std::string(eventName(event::UserIdle{})) == "user-idle");
    CHECK(std::string(eventName(event::ScreenUnlocked{})) == "screen-unlocked");
    CHECK(std::string(eventName(event::RoutineAbandoned{})) == "routine-abandoned");
    CHECK(std::string(eventName(event::Standing{false})) == "standing-off");
    CHECK(std::string(eventName(event::SettingsChanged{})) == "settings-changed");
}
