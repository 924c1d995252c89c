// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeskTimeline.h"

using namespace flexor::core;
using namespace flexor::core::test;
using S = SittingState;

TEST_CASE("standing freezes the streak and a short stand lets it continue") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::Standing{true}).expect(S::Standing);
    desk.at(9h + 34min);
    CHECK(desk.streak() == 30min);
    desk.send(event::Standing{false}).expect(S::Sitting);
    CHECK(desk.streak() == 30min);
    REQUIRE(desk.seen.journalOf(JournalKind::Standing).size() == 1);
    CHECK(desk.seen.journalOf(JournalKind::Standing)[0].length == 4min);
    CHECK(desk.seen.journalOf(JournalKind::Streak).empty());
    CHECK(desk.nextDue() == 9h + 49min);
}

TEST_CASE("standing for awayAfter or longer starts the streak over") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::Standing{true});
    desk.at(9h + 35min).send(event::Standing{false}).expect(S::Sitting);
    CHECK(desk.streak() == 0ms);
    CHECK(desk.seen.journalOf(JournalKind::Streak).at(0).length == 30min);
    CHECK(desk.nextDue() == 10h + 20min);
}

TEST_CASE("standing ends by itself at standingLimit after the last renewal") {
    DeskTimeline desk; // standingLimit 60 min
    desk.at(9h + 30min).send(event::Standing{true});
    CHECK(desk.status().stateEndsIn == 60min);
    desk.at(10h).send(event::Standing{true}); // renewed
    CHECK(desk.status().stateEndsIn == 60min);
    desk.at(11h - 1ms).expect(S::Standing);
    desk.at(11h).expect(S::Sitting);
    CHECK(desk.lastTransition().reason == "standing-limit-reached");
    CHECK(desk.seen.journalOf(JournalKind::Standing).at(0).length == 90min);
}

TEST_CASE("a standing reminder due at the moment of standing is withdrawn") {
    DeskTimeline desk;
    desk.at(9h + 46min).send(event::Standing{true}).expect(S::Standing);
    CHECK(desk.seen.withdrawals.size() == 1);
    desk.at(9h + 48min).send(event::Standing{false}).expect(S::ReminderDue);
    CHECK(desk.seen.firstShowings().size() == 2);
}

TEST_CASE("idle while standing follows the away rules") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::Standing{true});
    desk.idle(9h + 40min, 9h + 45min).expect(S::Away);
    desk.at(9h + 50min).send(event::UserActive{}).expect(S::Standing);
    CHECK(desk.seen.journalOf(JournalKind::NaturalBreak).size() == 1);
    desk.at(9h + 52min).send(event::Standing{false}).expect(S::Sitting);
    CHECK(desk.streak() == 0ms);
}

TEST_CASE("a pause for a length stops everything, then starts a fresh streak") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::Pause{1h}).expect(S::Paused);
    CHECK(desk.lastTransition().reason == "pause");
    CHECK(desk.seen.journalOf(JournalKind::Streak).at(0).length == 30min);
    CHECK(desk.status().stateEndsIn == 1h);
    CHECK(desk.nextDue() == 10h + 30min);
    desk.at(10h + 20min);
    CHECK(desk.streak() == 0ms);
    CHECK(desk.seen.reminders.empty());
    desk.at(10h + 30min).expect(S::Sitting);
    CHECK(desk.lastTransition().reason == "pause-ended");
    const auto pauses = desk.seen.journalOf(JournalKind::Pause);
    REQUIRE(pauses.size() == 1);
    CHECK(pauses[0].start == wallClock(9h + 30min));
    CHECK(pauses[0].length == 1h);
    CHECK(desk.nextDue() == 11h + 15min);
}

TEST_CASE("a pause withdraws a due reminder and nothing repeats while paused") {
    DeskTimeline desk;
    desk.at(9h + 46min).send(event::Pause{30min});
    CHECK(desk.seen.withdrawals.size() == 1);
    desk.at(10h + 15min);
    CHECK(desk.seen.reminders.size() == 1);
}

TEST_CASE("resume ends a pause early") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::Pause{1h});
    desk.at(9h + 40min).send(event::Resume{}).expect(S::Sitting);
    CHECK(desk.lastTransition().reason == "resume");
    CHECK(desk.seen.journalOf(JournalKind::Pause).at(0).length == 10min);
    CHECK(desk.nextDue() == 10h + 25min);
}

TEST_CASE("a pause without a length lasts until midnight and the next day starts off schedule") {
    DeskTimeline desk(18h);
    desk.send(event::Pause{}).expect(S::Paused);
    CHECK(desk.status().stateEndsIn == 6h);
    desk.at(19h).expect(S::Paused); // the schedule ended underneath the pause
    desk.at(kTuesday).expect(S::OffSchedule);
    CHECK(desk.lastTransition().reason == "pause-ended");
    CHECK(desk.seen.journalOf(JournalKind::Pause).at(0).length == 6h);
    desk.at(kTuesday + 8h).expect(S::Sitting);
    CHECK(desk.lastTransition().reason == "schedule-started");
}

TEST_CASE("a pause across midnight ends on the next day") {
    EngineSettings settings;
    settings.schedule.enabled = false;
    DeskTimeline desk(23h + 30min, settings);
    desk.send(event::Pause{1h});
    desk.at(kTuesday + 30min - 1ms).expect(S::Paused);
    desk.at(kTuesday + 30min).expect(S::Sitting);
    const auto pause = desk.seen.journalOf(JournalKind::Pause).at(0);
    CHECK(pause.start == wallClock(23h + 30min));
    CHECK(pause.length == 1h);
}

TEST_CASE("a pause while locked ends in away, and the absence counts from the pause end") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::ScreenLocked{});
    desk.at(9h + 31min).send(event::Pause{30min}).expect(S::Paused);
    desk.at(10h + 1min).expect(S::Away);
    desk.at(10h + 3min).send(event::ScreenUnlocked{}).expect(S::Sitting);
    CHECK(desk.streak() == 2min);
}

TEST_CASE("a streak's journal entry spans its wall time, a short stand inside it included") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::Standing{true});
    desk.at(9h + 34min).send(event::Standing{false});
    desk.idle(9h + 40min, 9h + 45min);
    CHECK(desk.streak() == 0ms);
    const auto streaks = desk.seen.journalOf(JournalKind::Streak);
    REQUIRE(streaks.size() == 1);
    CHECK(streaks[0].start == wallClock(9h));
    CHECK(streaks[0].length == 40min); // 09:00..09:40; the statistics take the stand out
    const auto stands = desk.seen.journalOf(JournalKind::Standing);
    REQUIRE(stands.size() == 1);
    CHECK(stands[0].start == wallClock(9h + 30min));
}
