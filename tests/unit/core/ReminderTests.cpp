// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeskTimeline.h"

using namespace flexor::core;
using namespace flexor::core::test;
using S = SittingState;

TEST_CASE("the reminder becomes due exactly when the streak reaches remindAfter") {
    DeskTimeline desk; // Monday 09:00, remindAfter 45 min
    CHECK(desk.nextDue() == 9h + 45min);
    CHECK(desk.status().reminderIn == 45min);

    desk.at(9h + 45min - 1ms).expect(S::Sitting);
    CHECK(desk.seen.reminders.empty());
    CHECK(desk.streak() == 45min - 1ms);

    desk.at(9h + 45min).expect(S::ReminderDue);
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.reminders[0].at == 9h + 45min);
    CHECK(desk.seen.reminders[0].reminder.streak == 45min);
    CHECK_FALSE(desk.seen.reminders[0].reminder.repeat);
    CHECK_FALSE(desk.seen.reminders[0].reminder.escalated);
    CHECK(desk.lastTransition().from == S::Sitting);
    CHECK(desk.lastTransition().reason == "remind-after-reached");
    REQUIRE(desk.seen.journalOf(JournalKind::Reminder).size() == 1);
    CHECK(desk.seen.journalOf(JournalKind::Reminder)[0].start == wallClock(9h + 45min));
}

TEST_CASE("an unanswered reminder is shown again every repeatEvery") {
    DeskTimeline desk;
    desk.at(9h + 50min - 1ms);
    CHECK(desk.seen.reminders.size() == 1);

    desk.at(9h + 55min).expect(S::ReminderDue);
    REQUIRE(desk.seen.reminders.size() == 3);
    CHECK(desk.seen.reminders[1].at == 9h + 50min);
    CHECK(desk.seen.reminders[1].reminder.repeat);
    CHECK(desk.seen.reminders[2].at == 9h + 55min);
    CHECK(desk.seen.reminders[2].reminder.streak == 55min);
    CHECK(desk.seen.transitions.size() == 1);                      // repeats are not state changes
    CHECK(desk.seen.journalOf(JournalKind::Reminder).size() == 1); // nor new reminders
}

TEST_CASE("a late timer applies the missed deadlines in order and shows only the latest repeat") {
    DeskTimeline desk;
    desk.lateTimerAt(10h + 7min).expect(S::ReminderDue);

    REQUIRE(desk.seen.transitions.size() == 1);
    CHECK(desk.seen.transitions[0].reason == "remind-after-reached");
    REQUIRE(desk.seen.reminders.size() == 2);
    CHECK_FALSE(desk.seen.reminders[0].reminder.repeat);
    CHECK(desk.seen.reminders[1].reminder.repeat);
    CHECK(desk.nextDue() == 10h + 10min);
}

TEST_CASE("a late timer across a lock applies the lock's confirmation before the reminder") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::ScreenLocked{});
    desk.lateTimerAt(10h).expect(S::Away);
    CHECK(desk.seen.reminders.empty()); // 09:45 passed while away: nothing fired
    REQUIRE(desk.seen.journalOf(JournalKind::Streak).size() == 1);
    CHECK(desk.seen.journalOf(JournalKind::Streak)[0].length == 30min);
}

TEST_CASE("restoring a streak after a restart continues it") {
    DeskTimeline desk;
    desk.engine.restoreStreak(40min, DeskTimeline::instant(desk.now));
    CHECK(desk.streak() == 40min);
    CHECK(desk.nextDue() == 9h + 5min);
    desk.at(9h + 5min).expect(S::ReminderDue);
    CHECK(desk.seen.reminders.at(0).reminder.streak == 45min);
}

TEST_CASE("restoring a streak already past remindAfter makes the reminder due at once") {
    DeskTimeline desk;
    desk.engine.restoreStreak(50min, DeskTimeline::instant(desk.now));
    desk.expect(S::ReminderDue);
    CHECK(desk.lastTransition().reason == "streak-restored");
    CHECK(desk.seen.reminders.size() == 1);
}

TEST_CASE("the status tells how long until the reminder") {
    DeskTimeline desk;
    desk.at(9h + 20min);
    const EngineStatus s = desk.status();
    CHECK(s.state == S::Sitting);
    CHECK(s.streak == 20min);
    CHECK(s.reminderIn == 25min);
    CHECK_FALSE(s.stateEndsIn.has_value());
    CHECK_FALSE(s.locked);
}
