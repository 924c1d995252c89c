// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// One hold rule, several reasons: a due reminder waits while a meeting or do-not-disturb
// holds, each at most its own longest wait (meeting 60 min, do-not-disturb 30 min by default).
// Days start at 09:00 with remind_after 45 min and away_after 5 min.

#include "DeskTimeline.h"

using namespace flexor::core;
using namespace flexor::core::test;
using S = SittingState;

TEST_CASE("a 50-minute call holds the reminder and fires on hang-up") {
    DeskTimeline desk;
    desk.at(9h + 20min).send(event::Meeting{true});
    CHECK(desk.status().meeting);
    desk.idle(9h + 20min, 9h + 25min).expect(S::Sitting); // no input during the call
    desk.at(9h + 45min).expect(S::ReminderDue);
    CHECK(desk.status().reminderHeld);
    CHECK(desk.seen.holds == std::vector<Duration>{9h + 45min});
    desk.at(10h + 10min);
    CHECK(desk.seen.reminders.empty()); // no repeats either while held
    desk.send(event::Meeting{false});
    REQUIRE(desk.seen.reminders.size() == 1);
    const auto shown = desk.seen.reminders[0];
    CHECK(shown.at == 10h + 10min);
    CHECK(shown.reminder.streak == 70min);
    CHECK(shown.reminder.waitedFor.has(HoldReason::Meeting));
    CHECK_FALSE(shown.reminder.repeat);
    CHECK_FALSE(shown.reminder.waitedLongest);
    CHECK_FALSE(desk.status().reminderHeld);
    // It repeats as usual from the hang-up.
    CHECK(desk.nextDue() == 10h + 15min);
}

TEST_CASE("a call that ends before the threshold fires nothing") {
    DeskTimeline desk;
    desk.at(9h + 5min).send(event::Meeting{true});
    desk.at(9h + 35min).send(event::Meeting{false}).send(event::UserActive{});
    CHECK(desk.seen.reminders.empty());
    CHECK(desk.seen.holds.empty());
    desk.at(9h + 45min);
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.reminders[0].reminder.waitedFor.empty());
}

TEST_CASE("a meeting counts as sitting although the user does not type") {
    DeskTimeline desk;
    desk.at(9h + 10min).send(event::Meeting{true});
    desk.idle(9h + 10min, 9h + 15min).expect(S::Sitting);
    desk.at(9h + 40min);
    CHECK(desk.streak() == 40min);
}

TEST_CASE("a reminder waits at most meeting_max_delay") {
    EngineSettings settings;
    settings.meetingMaxDelay = 20min;
    DeskTimeline desk(9h, settings);
    desk.at(9h + 30min).send(event::Meeting{true});
    desk.at(9h + 45min);
    CHECK(desk.seen.reminders.empty());
    CHECK(desk.nextDue() == 10h + 5min);
    desk.at(10h + 5min);
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.reminders[0].reminder.waitedLongest);
    // Once it waited its longest, the repeats show although the meeting goes on.
    desk.at(10h + 10min);
    CHECK(desk.seen.reminders.size() == 2);
    CHECK(desk.seen.reminders[1].reminder.repeat);
}

TEST_CASE("do-not-disturb holds the reminder, at most dnd_max_delay") {
    DeskTimeline desk;
    desk.at(9h + 40min).send(event::DoNotDisturb{true});
    desk.at(9h + 45min);
    CHECK(desk.seen.reminders.empty());
    CHECK(desk.nextDue() == 10h + 15min);
    desk.at(10h + 15min);
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.reminders[0].at == 10h + 15min);
    CHECK(desk.seen.reminders[0].reminder.waitedFor.has(HoldReason::DoNotDisturb));
    CHECK(desk.seen.reminders[0].reminder.waitedLongest);
}

TEST_CASE("do-not-disturb ending releases the reminder at once") {
    DeskTimeline desk;
    desk.at(9h + 40min).send(event::DoNotDisturb{true});
    desk.at(9h + 50min).send(event::DoNotDisturb{false});
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.reminders[0].at == 9h + 50min);
    CHECK_FALSE(desk.seen.reminders[0].reminder.waitedFor.has(HoldReason::Meeting));
}

TEST_CASE("a zero longest wait never holds") {
    EngineSettings settings;
    settings.dndMaxDelay = 0s;
    DeskTimeline desk(9h, settings);
    desk.at(9h + 40min).send(event::DoNotDisturb{true});
    desk.at(9h + 45min);
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.holds.empty());
}

TEST_CASE("the reminder waits while any reason holds") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::Meeting{true}).send(event::DoNotDisturb{true});
    desk.at(9h + 50min).send(event::DoNotDisturb{false});
    CHECK(desk.seen.reminders.empty());
    desk.at(9h + 55min).send(event::Meeting{false});
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.reminders[0].at == 9h + 55min);
    CHECK(desk.seen.reminders[0].reminder.waitedFor.has(HoldReason::Meeting));
    CHECK(desk.seen.reminders[0].reminder.waitedFor.has(HoldReason::DoNotDisturb));
}

TEST_CASE("a reason past its longest wait no longer holds while another still may") {
    DeskTimeline desk; // do-not-disturb 30 min, meeting 60 min
    desk.at(9h + 30min).send(event::DoNotDisturb{true}).send(event::Meeting{true});
    desk.at(10h + 20min).send(event::Meeting{false});
    // 35 min after falling due: do-not-disturb alone may not hold it any more.
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.reminders[0].at == 10h + 20min);
}

TEST_CASE("a held reminder answered by a snooze is gone") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::Meeting{true});
    desk.at(9h + 50min).send(event::Snooze{}).expect(S::Snoozed);
    CHECK_FALSE(desk.status().reminderHeld);
    // The snooze ends during the meeting: the reminder waits again, afresh.
    desk.at(10h);
    CHECK(desk.status().reminderHeld);
    desk.at(10h + 5min).send(event::Meeting{false});
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.reminders[0].at == 10h + 5min);
}

TEST_CASE(
    "a lock during a held reminder withdraws it, and unlocking in the meeting holds it again") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::Meeting{true});
    desk.at(9h + 50min).send(event::ScreenLocked{}).expect(S::Away);
    CHECK(desk.seen.withdrawals.size() == 1);
    desk.at(9h + 52min).send(event::ScreenUnlocked{}).expect(S::ReminderDue);
    CHECK(desk.status().reminderHeld);
    CHECK(desk.seen.reminders.empty());
}

TEST_CASE("the log says what a held reminder waited for, or that it waited the longest") {
    CHECK(holdReleaseName(HoldReason::Meeting, false) == "meeting ended");
    CHECK(holdReleaseName(HoldReason::DoNotDisturb, false) == "do-not-disturb ended");
    HoldReasons both = HoldReason::Meeting;
    both.set(HoldReason::DoNotDisturb, true);
    CHECK(holdReleaseName(both, false) == "meeting and do-not-disturb ended");
    CHECK(holdReleaseName(HoldReason::Meeting, true) == "waited meeting_max_delay");
    CHECK(holdReleaseName(HoldReason::DoNotDisturb, true) == "waited dnd_max_delay");
}
