// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Sitting without typing: an application inhibits idle (a video, a call). Days start at 09:00
// with remind_after 45 min and away_after 5 min.

#include "DeskTimeline.h"

using namespace flexor::core;
using namespace flexor::core::test;
using S = SittingState;

TEST_CASE("a 40-minute video after 30 minutes of typing reminds at 45") {
    DeskTimeline desk;
    desk.at(9h + 30min).send(event::PresentWithoutInput{true});
    CHECK(desk.status().presentWithoutInput);
    // The idle monitor still reports idle at 09:35 (logind's inhibitor does not stop it).
    desk.idle(9h + 30min, 9h + 35min).expect(S::Sitting);
    desk.at(9h + 50min);
    REQUIRE(desk.seen.firstShowings().size() == 1);
    CHECK(desk.seen.firstShowings()[0].at == 9h + 45min);
    CHECK(desk.seen.firstShowings()[0].reminder.streak == 45min);
    CHECK(desk.seen.journalOf(JournalKind::Streak).empty());
}

TEST_CASE("idle after the video ends counts from its end") {
    DeskTimeline desk;
    desk.at(9h + 10min).send(event::PresentWithoutInput{true});
    desk.idle(9h + 10min, 9h + 15min).expect(S::Sitting);
    desk.at(9h + 30min).send(event::PresentWithoutInput{false}).expect(S::Sitting);
    CHECK(desk.nextDue() == 9h + 35min);
    desk.at(9h + 35min).expect(S::Away);
    const auto streaks = desk.seen.journalOf(JournalKind::Streak);
    REQUIRE(streaks.size() == 1);
    CHECK(streaks[0].length == 30min); // sitting through the video, not from the last key
    desk.at(9h + 40min).send(event::UserActive{}).expect(S::Sitting);
    CHECK(desk.seen.journalOf(JournalKind::NaturalBreak).at(0).length == 10min);
}

TEST_CASE("input after the video ends keeps the streak") {
    DeskTimeline desk;
    desk.at(9h + 10min).send(event::PresentWithoutInput{true});
    desk.idle(9h + 10min, 9h + 15min);
    desk.at(9h + 30min).send(event::PresentWithoutInput{false});
    desk.at(9h + 32min).send(event::UserActive{});
    desk.at(9h + 40min).expect(S::Sitting);
    CHECK(desk.streak() == 40min);
}

TEST_CASE("a lock during a video is still away") {
    DeskTimeline desk;
    desk.at(9h + 10min).send(event::PresentWithoutInput{true});
    desk.at(9h + 20min).send(event::ScreenLocked{}).expect(S::Away);
    desk.at(9h + 30min).expect(S::Away);
    CHECK(desk.seen.journalOf(JournalKind::Streak).at(0).length == 20min);
    desk.send(event::ScreenUnlocked{}).expect(S::Sitting);
    CHECK(desk.streak() == 0ms);
}

TEST_CASE("an inhibitor left on while locked is away") {
    DeskTimeline desk;
    desk.at(9h + 10min).send(event::PresentWithoutInput{true});
    desk.idle(9h + 10min, 9h + 15min);
    desk.at(9h + 16min).send(event::ScreenLocked{});
    desk.at(10h + 30min).expect(S::Away);
    CHECK(desk.seen.reminders.empty());
    CHECK(desk.seen.journalOf(JournalKind::Streak).at(0).length == 16min);
}

TEST_CASE("without an inhibitor the same idle ends the streak where it began") {
    DeskTimeline desk;
    desk.idle(9h + 30min, 9h + 35min).expect(S::Away);
    desk.at(9h + 50min);
    CHECK(desk.seen.reminders.empty());
}

TEST_CASE("an inhibitor that starts while away does not bring the user back") {
    DeskTimeline desk;
    desk.idle(9h + 10min, 9h + 15min).expect(S::Away);
    desk.at(9h + 20min).send(event::PresentWithoutInput{true}).expect(S::Away);
}

TEST_CASE("a break taken through another program ends the streak as a real break") {
    DeskTimeline desk;
    desk.at(9h + 40min).send(event::ExternalBreak{5min}).expect(S::Sitting);
    CHECK(desk.streak() == 0ms);
    const auto breaks = desk.seen.journalOf(JournalKind::NaturalBreak);
    REQUIRE(breaks.size() == 1);
    CHECK(breaks[0].start == wallClock(9h + 35min));
    CHECK(breaks[0].length == 5min);
    CHECK(breaks[0].detail == "external");
    CHECK(desk.nextDue() == 10h + 25min);
}

TEST_CASE("an external break while paused changes nothing") {
    DeskTimeline desk;
    desk.at(9h + 10min).send(event::Pause{1h}).send(event::ExternalBreak{5min});
    CHECK(desk.seen.journalOf(JournalKind::NaturalBreak).empty());
}
