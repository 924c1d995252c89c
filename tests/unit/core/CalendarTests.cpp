// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The calendar knows when the user sits away from the computer: a meeting in the calendar
// makes idle, lock and sleep count as sitting, holds a due reminder like a detected meeting
// does, and a long meeting about to start brings the reminder forward to before it.
// remind_after 45 min, away_after 5 min, before_meeting 15 min, long_meeting 30 min.

#include "DeskTimeline.h"

using namespace flexor::core;
using namespace flexor::core::test;
using S = SittingState;

namespace {

event::CalendarMeeting meeting(Duration from, Duration to) {
    return {DeskTimeline::mono(from), DeskTimeline::mono(to), wallClock(from)};
}

event::CalendarBusy busy(std::vector<event::CalendarMeeting> meetings) {
    return event::CalendarBusy{std::move(meetings)};
}

// Where a test is about sitting through a meeting, not about stretching before it.
EngineSettings noEarlyReminder() {
    EngineSettings settings;
    settings.beforeMeeting = 0min;
    return settings;
}

} // namespace

TEST_CASE("30 minutes at the desk, a 60-minute meeting away from it: the reminder on return") {
    DeskTimeline desk(14h, noEarlyReminder());
    desk.send(busy({meeting(14h + 30min, 15h + 30min)}));
    desk.at(14h + 29min).send(event::ScreenLocked{}).expect(S::Away); // off to the meeting room
    desk.at(14h + 30min).expect(S::Sitting);
    CHECK(desk.status().calendarMeeting);
    CHECK(desk.status().locked);
    desk.at(14h + 45min).expect(S::ReminderDue);
    CHECK(desk.seen.holds == std::vector<Duration>{14h + 45min});
    desk.at(15h + 29min);
    CHECK(desk.seen.reminders.empty());
    CHECK(desk.streak() == 89min);

    // The meeting is over; walking back to the desk.
    desk.at(15h + 30min).expect(S::Away);
    CHECK(desk.seen.reminders.empty());
    desk.at(15h + 33min).send(event::ScreenUnlocked{}).expect(S::ReminderDue);
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.reminders[0].at == 15h + 33min);
    CHECK(desk.seen.reminders[0].reminder.streak == 93min);
    CHECK(desk.seen.journalOf(JournalKind::NaturalBreak).empty());
}

TEST_CASE("idle through a calendar meeting is sitting, the reminder comes at the first input") {
    DeskTimeline desk(14h, noEarlyReminder());
    desk.send(busy({meeting(14h + 30min, 15h + 30min)}));
    desk.idle(14h + 28min, 14h + 33min).expect(S::Sitting); // left just before it began
    desk.at(15h + 30min).expect(S::Away);
    CHECK(desk.seen.reminders.empty());
    desk.at(15h + 32min).send(event::UserActive{}).expect(S::ReminderDue);
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.reminders[0].reminder.streak == 92min);
}

TEST_CASE("still away long after the calendar meeting: a break from its end") {
    DeskTimeline desk(14h, noEarlyReminder());
    desk.send(busy({meeting(14h + 30min, 15h + 30min)}));
    desk.at(14h + 40min).send(event::ScreenLocked{});
    desk.at(15h + 50min).send(event::ScreenUnlocked{}).expect(S::Sitting);
    CHECK(desk.streak() == 0ms);
    const auto breaks = desk.seen.journalOf(JournalKind::NaturalBreak);
    REQUIRE(breaks.size() == 1);
    CHECK(breaks[0].start == wallClock(15h + 30min));
    CHECK(breaks[0].length == 20min);
}

TEST_CASE("away before the meeting: a break until it starts, sitting from there") {
    DeskTimeline desk(14h);
    desk.send(busy({meeting(15h, 16h)}));
    desk.idle(14h + 35min, 14h + 40min).expect(S::Away);
    desk.at(15h).expect(S::Sitting);
    const auto breaks = desk.seen.journalOf(JournalKind::NaturalBreak);
    REQUIRE(breaks.size() == 1);
    CHECK(breaks[0].length == 25min);
    desk.at(15h + 45min).expect(S::ReminderDue); // held: the meeting runs until 16:00
    CHECK(desk.status().reminderHeld);
    desk.at(16h).expect(S::Away); // still idle
    desk.at(16h + 1min).send(event::UserActive{}).expect(S::ReminderDue);
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.reminders[0].reminder.streak == 61min);
}

TEST_CASE("a calendar meeting at the desk holds the reminder until it ends") {
    DeskTimeline desk;
    desk.send(busy({meeting(9h + 40min, 9h + 55min)}));
    desk.at(9h + 45min).expect(S::ReminderDue);
    CHECK(desk.status().reminderHeld);
    desk.at(9h + 55min);
    REQUIRE(desk.seen.reminders.size() == 1);
    const auto shown = desk.seen.reminders[0];
    CHECK(shown.at == 9h + 55min);
    CHECK(shown.reminder.streak == 55min);
    CHECK(shown.reminder.waitedFor.has(HoldReason::Meeting));
    CHECK_FALSE(shown.reminder.beforeMeeting.has_value());
}

TEST_CASE("meeting_max_delay caps the wait for a calendar meeting too") {
    EngineSettings settings = noEarlyReminder();
    settings.meetingMaxDelay = 20min;
    DeskTimeline desk(9h, settings);
    desk.send(busy({meeting(9h + 40min, 11h)}));
    desk.at(10h + 30min);
    REQUIRE_FALSE(desk.seen.reminders.empty());
    CHECK(desk.seen.reminders[0].at == 10h + 5min);
    CHECK(desk.seen.reminders[0].reminder.waitedLongest);
}

TEST_CASE("the held reminder waits for the calendar meeting after a detected call ends") {
    DeskTimeline desk(9h, noEarlyReminder());
    desk.send(busy({meeting(9h + 30min, 10h + 30min)}));
    desk.at(9h + 40min).send(event::Meeting{true});
    desk.at(9h + 50min).send(event::Meeting{false});
    CHECK(desk.seen.reminders.empty());
    desk.at(10h + 30min);
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.reminders[0].at == 10h + 30min);
}

TEST_CASE("35 minutes sitting and a one-hour meeting at 15:00: the reminder comes now") {
    DeskTimeline desk(14h + 20min);
    desk.at(14h + 55min).send(busy({meeting(15h, 16h)})).expect(S::ReminderDue);
    REQUIRE(desk.seen.reminders.size() == 1);
    const auto shown = desk.seen.reminders[0];
    CHECK(shown.at == 14h + 55min);
    CHECK(shown.reminder.streak == 35min);
    REQUIRE(shown.reminder.beforeMeeting.has_value());
    CHECK(*shown.reminder.beforeMeeting == wallClock(15h));
    CHECK(desk.lastTransition().reason == "before-meeting");
}

TEST_CASE("a meeting known in advance: the reminder comes before_meeting ahead of it") {
    DeskTimeline desk(14h + 20min);
    desk.send(busy({meeting(15h, 16h)}));
    CHECK(desk.nextDue() == 14h + 45min);
    CHECK(desk.status().reminderIn == 25min);
    CHECK(desk.status().reminderBeforeMeeting == wallClock(15h));
    desk.at(14h + 45min).expect(S::ReminderDue);
    CHECK(desk.lastTransition().reason == "before-meeting");
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.reminders[0].reminder.beforeMeeting == wallClock(15h));
    // Taking the break now starts a fresh count that ends well after the meeting began.
    desk.at(14h + 47min).send(event::Skip{}).expect(S::Sitting);
    CHECK(desk.nextDue() == 15h); // the meeting begins
}

TEST_CASE("the early reminder waits until the streak is half of remind_after") {
    DeskTimeline desk(14h + 35min);
    desk.send(busy({meeting(15h, 16h)}));
    desk.at(14h + 57min).expect(S::Sitting);
    desk.at(14h + 57min + 30s).expect(S::ReminderDue);
    CHECK(desk.seen.reminders.at(0).reminder.beforeMeeting == wallClock(15h));
}

TEST_CASE("no early reminder for a short meeting, nor when the streak is too young") {
    SUBCASE("a 20-minute meeting") {
        DeskTimeline desk(14h + 20min);
        desk.send(busy({meeting(15h, 15h + 20min)}));
        desk.at(15h + 20min);
        REQUIRE(desk.seen.reminders.size() == 1);
        CHECK(desk.seen.reminders[0].at == 15h + 20min); // waited for the short meeting
        CHECK_FALSE(desk.seen.reminders[0].reminder.beforeMeeting.has_value());
    }
    SUBCASE("half of remind_after is reached only in the meeting") {
        DeskTimeline desk(14h + 40min);
        desk.send(busy({meeting(15h, 16h)}));
        desk.at(15h + 59min);
        CHECK(desk.seen.reminders.empty());
        desk.at(16h);
        CHECK(desk.seen.reminders.size() == 1);
    }
    SUBCASE("before_meeting of zero turns the rule off") {
        EngineSettings settings;
        settings.beforeMeeting = 0min;
        DeskTimeline desk(14h + 20min, settings);
        desk.send(busy({meeting(15h, 16h)}));
        desk.at(15h + 59min);
        CHECK(desk.seen.reminders.empty());
    }
}

TEST_CASE("a meeting removed from the calendar restores the usual timing") {
    DeskTimeline desk(14h + 20min);
    desk.send(busy({meeting(15h, 16h)}));
    CHECK(desk.nextDue() == 14h + 45min);
    desk.at(14h + 30min).send(busy({}));
    CHECK(desk.nextDue() == 15h + 5min);
    desk.at(15h + 5min).expect(S::ReminderDue);
    REQUIRE(desk.seen.reminders.size() == 1);
    CHECK(desk.seen.reminders[0].at == 15h + 5min);
    CHECK_FALSE(desk.seen.reminders[0].reminder.beforeMeeting.has_value());
}

TEST_CASE("the one armed timer wakes at the calendar's boundaries") {
    DeskTimeline desk;
    desk.send(busy({meeting(9h + 10min, 9h + 20min), meeting(9h + 15min, 9h + 25min)}));
    CHECK(desk.nextDue() == 9h + 10min);
    desk.at(9h + 10min);
    CHECK(desk.status().calendarMeeting);
    CHECK(desk.nextDue() == 9h + 25min); // overlapping meetings are one stretch
    desk.at(9h + 25min);
    CHECK_FALSE(desk.status().calendarMeeting);
    CHECK(desk.nextDue() == 9h + 45min);
}

TEST_CASE("the status says since when a meeting goes on, for any kind of meeting") {
    DeskTimeline desk;
    CHECK_FALSE(desk.status().meetingSince.has_value());
    desk.at(9h + 10min).send(event::Meeting{true});
    CHECK(desk.status().meetingSince == wallClock(9h + 10min));
    // A calendar meeting that began before, learnt of late: it goes on since its own start.
    desk.at(9h + 20min).send(busy({meeting(9h + 5min, 9h + 40min)}));
    CHECK(desk.status().meetingSince == wallClock(9h + 5min));
    desk.at(9h + 30min).send(event::Meeting{false});
    CHECK(desk.status().meetingSince == wallClock(9h + 5min)); // the calendar's goes on
    desk.at(9h + 40min);
    CHECK_FALSE(desk.status().meetingSince.has_value());
    desk.at(9h + 50min).send(event::Meeting{true});
    CHECK(desk.status().meetingSince == wallClock(9h + 50min)); // a new one, a new start
}
