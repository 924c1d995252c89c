// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeskTimeline.h"

using namespace flexor::core;
using namespace flexor::core::test;
using S = SittingState;

TEST_CASE("idle reported after awayAfter ends the streak where idle began") {
    DeskTimeline desk;
    desk.idle(9h + 25min, 9h + 30min).expect(S::Away);
    CHECK(desk.lastTransition().reason == "user-idle");
    const auto streaks = desk.seen.journalOf(JournalKind::Streak);
    REQUIRE(streaks.size() == 1);
    CHECK(streaks[0].start == wallClock(9h));
    CHECK(streaks[0].length == 25min);
    CHECK(desk.streak() == 0ms);

    desk.at(9h + 40min).send(event::UserActive{}).expect(S::Sitting);
    CHECK(desk.lastTransition().reason == "user-active");
    const auto breaks = desk.seen.journalOf(JournalKind::NaturalBreak);
    REQUIRE(breaks.size() == 1);
    CHECK(breaks[0].start == wallClock(9h + 25min));
    CHECK(breaks[0].length == 15min);
    CHECK(desk.streak() == 0ms);
    CHECK(desk.nextDue() == 10h + 25min); // a fresh streak from 09:40
}

TEST_CASE("nothing is due while the user is away with the schedule off") {
    EngineSettings settings;
    settings.schedule.enabled = false;
    DeskTimeline desk(9h, settings);
    desk.idle(9h + 10min, 9h + 15min).expect(S::Away);
    CHECK(desk.nothingDue());
}

TEST_CASE("user active while present changes nothing") {
    DeskTimeline desk;
    desk.at(9h + 10min).send(event::UserActive{}).expect(S::Sitting);
    CHECK(desk.seen.transitions.empty());
    CHECK(desk.seen.journal.empty());
    CHECK(desk.streak() == 10min);
}

TEST_CASE("idle confirmed after the reminder fired withdraws it") {
    DeskTimeline desk;
    desk.idle(9h + 46min, 9h + 51min).expect(S::Away);
    CHECK(desk.seen.reminders.size() == 2); // 09:45 and the repeat at 09:50
    REQUIRE(desk.seen.withdrawals.size() == 1);
    CHECK(desk.seen.withdrawals[0] == 9h + 51min);
    CHECK(desk.seen.journalOf(JournalKind::Streak).at(0).length == 46min);
}

TEST_CASE("a lock just under awayAfter counts as sitting") {
    DeskTimeline desk;
    desk.at(9h + 20min).send(event::ScreenLocked{}).expect(S::Away);
    CHECK(desk.status().locked);
    CHECK(desk.nextDue() == 9h + 25min);
    desk.at(9h + 25min - 1ms).send(event::ScreenUnlocked{}).expect(S::Sitting);
    CHECK(desk.streak() == 25min - 1ms);
    CHECK(desk.seen.journal.empty());
    CHECK(desk.nextDue() == 9h + 45min);
}

TEST_CASE("a lock reaching awayAfter is a natural break") {
    DeskTimeline desk;
    desk.at(9h + 20min).send(event::ScreenLocked{});
    desk.at(9h + 25min - 1ms);
    CHECK(desk.seen.journalOf(JournalKind::Streak).empty());
    desk.at(9h + 25min).expect(S::Away);
    REQUIRE(desk.seen.journalOf(JournalKind::Streak).size() == 1);
    CHECK(desk.seen.journalOf(JournalKind::Streak)[0].length == 20min);

    desk.at(9h + 30min).send(event::ScreenUnlocked{}).expect(S::Sitting);
    const auto breaks = desk.seen.journalOf(JournalKind::NaturalBreak);
    REQUIRE(breaks.size() == 1);
    CHECK(breaks[0].start == wallClock(9h + 20min));
    CHECK(breaks[0].length == 10min);
    CHECK(desk.streak() == 0ms);
    CHECK(desk.nextDue() == 10h + 15min);
}

TEST_CASE("a short lock during a due reminder shows it again on unlock") {
    DeskTimeline desk;
    desk.at(9h + 46min).send(event::ScreenLocked{}).expect(S::Away);
    CHECK(desk.seen.withdrawals.size() == 1);
    desk.at(9h + 48min).send(event::ScreenUnlocked{}).expect(S::ReminderDue);
    CHECK(desk.lastTransition().reason == "screen-unlocked");
    REQUIRE(desk.seen.reminders.size() == 2);
    CHECK_FALSE(desk.seen.reminders[1].reminder.repeat);
    CHECK(desk.seen.reminders[1].reminder.streak == 48min);
    CHECK(desk.seen.journalOf(JournalKind::Reminder).size() == 1); // the same reminder
    CHECK(desk.nextDue() == 9h + 53min);                           // repeats count from here
}

TEST_CASE("a long lock during a due reminder is a break and the reminder is gone") {
    DeskTimeline desk;
    desk.at(9h + 46min).send(event::ScreenLocked{});
    desk.at(9h + 55min).send(event::ScreenUnlocked{}).expect(S::Sitting);
    CHECK(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.journalOf(JournalKind::NaturalBreak).size() == 1);
    CHECK(desk.seen.journalOf(JournalKind::Streak).at(0).length == 46min);
    CHECK(desk.nextDue() == 10h + 40min);
}

TEST_CASE("a threshold passed during a short lock makes the reminder due on unlock") {
    DeskTimeline desk;
    desk.at(9h + 43min).send(event::ScreenLocked{});
    desk.at(9h + 46min).expect(S::Away);
    CHECK(desk.seen.reminders.empty());
    desk.at(9h + 47min).send(event::ScreenUnlocked{}).expect(S::ReminderDue);
    CHECK(desk.seen.reminders.at(0).reminder.streak == 47min);
    CHECK(desk.seen.journalOf(JournalKind::Reminder).size() == 1);
}

TEST_CASE("a long sleep is a natural break and never brings an immediate reminder") {
    DeskTimeline desk;
    desk.at(9h + 44min).send(event::SleepStarted{}).expect(S::Away);
    desk.at(10h + 30min).send(event::Resumed{}).expect(S::Sitting);
    CHECK(desk.seen.reminders.empty());
    CHECK(desk.streak() == 0ms);
    CHECK(desk.nextDue() == 11h + 15min);
    CHECK(desk.seen.journalOf(JournalKind::NaturalBreak).at(0).length == 46min);
}

TEST_CASE("a sleep just under awayAfter is like a short lock") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::SleepStarted{});
    desk.at(9h + 35min - 1ms).send(event::Resumed{}).expect(S::Sitting);
    CHECK(desk.streak() == 35min - 1ms);
    CHECK(desk.seen.journal.empty());
}

TEST_CASE("resuming while still locked stays away until unlock, then judges the whole absence") {
    SUBCASE("short as a whole") {
        DeskTimeline desk;
        desk.at(9h + 30min).send(event::ScreenLocked{});
        desk.at(9h + 31min).send(event::SleepStarted{});
        desk.at(9h + 33min).send(event::Resumed{}).expect(S::Away);
        desk.at(9h + 34min).send(event::ScreenUnlocked{}).expect(S::Sitting);
        CHECK(desk.streak() == 34min);
    }
    SUBCASE("long as a whole") {
        DeskTimeline desk;
        desk.at(9h + 30min).send(event::ScreenLocked{});
        desk.at(9h + 31min).send(event::SleepStarted{});
        desk.at(9h + 40min).send(event::Resumed{}).expect(S::Away);
        desk.at(9h + 41min).send(event::ScreenUnlocked{}).expect(S::Sitting);
        CHECK(desk.streak() == 0ms);
        const auto breaks = desk.seen.journalOf(JournalKind::NaturalBreak);
        REQUIRE(breaks.size() == 1);
        CHECK(breaks[0].start == wallClock(9h + 30min));
        CHECK(breaks[0].length == 11min);
    }
}

TEST_CASE("sleep then lock: the absence began with the sleep") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::SleepStarted{});
    desk.at(9h + 33min).send(event::ScreenLocked{});
    desk.at(9h + 34min).send(event::Resumed{}).expect(S::Away);
    CHECK(desk.nextDue() == 9h + 35min); // five minutes after the sleep, not the lock
    desk.at(9h + 36min).send(event::ScreenUnlocked{}).expect(S::Sitting);
    CHECK(desk.seen.journalOf(JournalKind::NaturalBreak).at(0).start == wallClock(9h + 30min));
}
