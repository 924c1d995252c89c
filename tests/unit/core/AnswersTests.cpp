// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeskTimeline.h"

using namespace flexor::core;
using namespace flexor::core::test;
using S = SittingState;

TEST_CASE("a snooze postpones the reminder, which comes back when it ends") {
    DeskTimeline desk;
    desk.at(9h + 46min).send(event::Snooze{}).expect(S::Snoozed);
    CHECK(desk.lastTransition().reason == "snooze");
    REQUIRE(desk.seen.withdrawals.size() == 1);
    CHECK(desk.seen.withdrawals[0] == 9h + 46min);
    const auto snoozes = desk.seen.journalOf(JournalKind::Snooze);
    REQUIRE(snoozes.size() == 1);
    CHECK(snoozes[0].length == 10min);
    CHECK(desk.status().snoozesUsed == 1);
    CHECK(desk.status().stateEndsIn == 10min);
    CHECK(desk.status().reminderIn == 10min);

    desk.at(9h + 56min - 1ms).expect(S::Snoozed);
    CHECK(desk.seen.reminders.size() == 1);
    desk.at(9h + 56min).expect(S::ReminderDue);
    CHECK(desk.lastTransition().reason == "snooze-ended");
    REQUIRE(desk.seen.reminders.size() == 2);
    CHECK(desk.seen.reminders[1].reminder.snoozesUsed == 1);
    CHECK(desk.seen.reminders[1].reminder.streak == 56min); // the streak kept growing
    CHECK_FALSE(desk.seen.reminders[1].reminder.repeat);
}

TEST_CASE("a snooze can have its own length") {
    DeskTimeline desk;
    desk.at(9h + 45min).send(event::Snooze{3min}).expect(S::Snoozed);
    desk.at(9h + 48min).expect(S::ReminderDue);
}

TEST_CASE("after maxSnoozes snoozes the next reminder is escalated") {
    DeskTimeline desk; // maxSnoozes 3, snooze 10 min
    desk.at(9h + 45min).send(event::Snooze{});
    desk.at(9h + 55min).send(event::Snooze{});
    desk.at(10h + 5min).send(event::Snooze{});
    CHECK(desk.status().escalated);
    desk.at(10h + 15min).expect(S::ReminderDue);

    REQUIRE(desk.seen.firstShowings().size() == 4);
    CHECK_FALSE(desk.seen.firstShowings()[2].reminder.escalated);
    CHECK(desk.seen.firstShowings()[3].reminder.escalated);
    CHECK(desk.seen.firstShowings()[3].reminder.snoozesUsed == 3);
    CHECK(desk.seen.journalOf(JournalKind::Reminder).back().detail == "escalated");
    CHECK(desk.seen.journalOf(JournalKind::Reminder).front().detail.empty());
    desk.at(10h + 20min);
    CHECK(desk.seen.reminders.back().reminder.escalated); // repeats stay urgent
}

TEST_CASE("a real break resets the snooze count and the escalation") {
    DeskTimeline desk;
    desk.at(9h + 45min).send(event::Snooze{});
    desk.at(9h + 55min).send(event::Snooze{});
    desk.at(10h + 5min).send(event::Snooze{});
    desk.at(10h + 10min).send(event::ScreenLocked{});
    desk.at(10h + 20min).send(event::ScreenUnlocked{});
    CHECK(desk.status().snoozesUsed == 0);
    CHECK_FALSE(desk.status().escalated);
    desk.at(11h + 5min).expect(S::ReminderDue);
    CHECK_FALSE(desk.seen.reminders.back().reminder.escalated);
}

TEST_CASE("snoozes do not carry over a pause into the next streak") {
    DeskTimeline desk;
    desk.at(9h + 45min).send(event::Snooze{});
    desk.at(9h + 55min).send(event::Snooze{});
    desk.at(10h + 5min).send(event::Snooze{});
    CHECK(desk.status().escalated);
    desk.at(10h + 10min).send(event::Pause{30min}).expect(S::Paused);
    desk.at(10h + 40min).expect(S::Sitting);
    CHECK(desk.status().snoozesUsed == 0);
    desk.at(11h + 25min).expect(S::ReminderDue);
    CHECK_FALSE(desk.seen.reminders.back().reminder.escalated);
}

TEST_CASE("a snooze taken early, while sitting, holds the reminder until it ends") {
    SUBCASE("a snooze ending before the threshold goes back to sitting") {
        DeskTimeline desk;
        desk.at(9h + 30min).send(event::Snooze{10min}).expect(S::Snoozed);
        desk.at(9h + 40min).expect(S::Sitting);
        CHECK(desk.lastTransition().reason == "snooze-ended");
        desk.at(9h + 45min).expect(S::ReminderDue);
    }
    SUBCASE("a snooze ending after the threshold delays the reminder") {
        DeskTimeline desk;
        desk.at(9h + 30min).send(event::Snooze{20min});
        desk.at(9h + 49min).expect(S::Snoozed);
        CHECK(desk.seen.reminders.empty());
        desk.at(9h + 50min).expect(S::ReminderDue);
    }
}

TEST_CASE("skip starts the count over and resets the snoozes") {
    DeskTimeline desk;
    desk.at(9h + 45min).send(event::Snooze{});
    desk.at(9h + 57min).send(event::Skip{}).expect(S::Sitting);
    CHECK(desk.lastTransition().reason == "skip");
    CHECK(desk.seen.withdrawals.size() == 2); // the snooze, then the skip
    CHECK(desk.seen.journalOf(JournalKind::SkippedBreak).size() == 1);
    CHECK(desk.seen.journalOf(JournalKind::Streak).at(0).length == 57min);
    CHECK(desk.streak() == 0ms);
    CHECK(desk.status().snoozesUsed == 0);
    CHECK(desk.nextDue() == 10h + 42min);
}

TEST_CASE("skip before the reminder is due skips the coming break") {
    DeskTimeline desk;
    desk.at(9h + 10min).send(event::Skip{}).expect(S::Sitting);
    CHECK(desk.seen.transitions.empty());
    CHECK(desk.seen.journalOf(JournalKind::SkippedBreak).size() == 1);
    CHECK(desk.seen.journalOf(JournalKind::Streak).at(0).length == 10min);
    CHECK(desk.streak() == 0ms);
    CHECK(desk.nextDue() == 9h + 55min);
}

TEST_CASE("skip means nothing while away or paused") {
    DeskTimeline desk;
    desk.at(9h + 10min).send(event::Pause{30min}).expect(S::Paused);
    desk.at(9h + 20min).send(event::Skip{}).expect(S::Paused);
    CHECK(desk.seen.journalOf(JournalKind::SkippedBreak).empty());
}

TEST_CASE("a finished routine is a break") {
    DeskTimeline desk;
    desk.at(9h + 45min).send(event::Snooze{});
    desk.at(9h + 56min).send(event::RoutineStarted{"psoas"}).expect(S::InRoutine);
    CHECK(desk.seen.withdrawals.size() == 2);
    desk.at(10h);
    CHECK(desk.streak() == 56min); // frozen
    CHECK(desk.seen.reminders.size() == 2);
    desk.at(10h + 2min).send(event::RoutineFinished{4}).expect(S::Sitting);
    const auto routines = desk.seen.journalOf(JournalKind::RoutineBreak);
    REQUIRE(routines.size() == 1);
    CHECK(routines[0].detail == "psoas");
    CHECK(routines[0].start == wallClock(9h + 56min));
    CHECK(routines[0].length == 6min);
    CHECK(desk.seen.journalOf(JournalKind::Streak).at(0).length == 56min);
    CHECK(desk.streak() == 0ms);
    CHECK(desk.status().snoozesUsed == 0);
    CHECK(desk.nextDue() == 10h + 47min);
}

TEST_CASE("a routine abandoned after minRoutine still counts as a break") {
    DeskTimeline desk;
    desk.at(9h + 46min).send(event::RoutineStarted{"psoas"});
    desk.at(9h + 47min).send(event::RoutineAbandoned{1min, 1}).expect(S::Sitting);
    REQUIRE(desk.seen.journalOf(JournalKind::AbandonedBreak).size() == 1);
    CHECK(desk.seen.journalOf(JournalKind::AbandonedBreak)[0].length == 1min);
    CHECK(desk.streak() == 0ms);
    CHECK(desk.seen.reminders.size() == 1);
}

TEST_CASE("a routine abandoned too early brings the reminder back") {
    DeskTimeline desk;
    desk.at(9h + 46min).send(event::RoutineStarted{"psoas"});
    desk.at(9h + 46min + 59s).send(event::RoutineAbandoned{59s, 0}).expect(S::ReminderDue);
    CHECK(desk.lastTransition().reason == "routine-abandoned");
    REQUIRE(desk.seen.reminders.size() == 2);
    CHECK_FALSE(desk.seen.reminders[1].reminder.repeat);
    CHECK(desk.seen.reminders[1].reminder.streak == 46min); // the routine time did not count
    CHECK(desk.seen.journalOf(JournalKind::AbandonedBreak).empty());
}

TEST_CASE("a routine abandoned early before the threshold goes back to sitting") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::RoutineStarted{"psoas"});
    desk.at(9h + 30min + 30s).send(event::RoutineAbandoned{30s, 0}).expect(S::Sitting);
    CHECK(desk.streak() == 30min);
    CHECK(desk.nextDue() == 9h + 45min + 30s);
}

TEST_CASE("a snooze means nothing during a routine") {
    DeskTimeline desk;
    desk.at(9h + 46min).send(event::RoutineStarted{"psoas"});
    desk.at(9h + 47min).send(event::Snooze{}).expect(S::InRoutine);
    CHECK(desk.status().snoozesUsed == 0);
    CHECK(desk.seen.journalOf(JournalKind::Snooze).empty());
}
