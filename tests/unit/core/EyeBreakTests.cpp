// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeskTimeline.h"

using namespace flexor::core;
using namespace flexor::core::test;
using S = SittingState;

namespace {

EngineSettings eyeSettings() {
    EngineSettings s;
    s.eyeBreaks = true; // every 20 min, 20 s, remind_after 45 min
    return s;
}

using Times = std::vector<Duration>;

} // namespace

TEST_CASE("eye breaks are off by default: nothing extra is due") {
    DeskTimeline desk;
    CHECK(desk.nextDue() == 9h + 45min);
    desk.at(9h + 44min);
    CHECK(desk.seen.eyeBreaks.empty());
}

TEST_CASE("an eye break falls due every eye_break_every of screen time") {
    DeskTimeline desk(9h, eyeSettings());
    CHECK(desk.nextDue() == 9h + 20min);
    desk.at(9h + 41min);
    CHECK(desk.seen.eyeBreaksShown() == Times{9h + 20min, 9h + 40min});
    CHECK(desk.seen.eyeBreaks.at(0).second.lookFor == 20s);
    CHECK(desk.seen.reminders.empty());
    desk.expect(S::Sitting);
}

TEST_CASE("looking away for eye_break_for starts the eye count over") {
    DeskTimeline desk(9h, eyeSettings());
    desk.at(9h + 15min).send(event::EyesResting{true});
    CHECK(desk.nextDue() == 9h + 45min); // only the sitting reminder is ahead
    desk.at(9h + 16min).send(event::EyesResting{false});
    CHECK(desk.nextDue() == 9h + 36min);
    desk.at(9h + 37min);
    CHECK(desk.seen.eyeBreaksShown() == Times{9h + 36min});
    CHECK(desk.streak() == 37min); // a short look away is still sitting
}

TEST_CASE("a locked screen starts the eye count over") {
    DeskTimeline desk(9h, eyeSettings());
    desk.at(9h + 15min).send(event::ScreenLocked{}).expect(S::Away);
    desk.at(9h + 16min).send(event::ScreenUnlocked{}).expect(S::Sitting);
    desk.at(9h + 37min);
    CHECK(desk.seen.eyeBreaksShown() == Times{9h + 36min});
}

TEST_CASE("no eye break during do-not-disturb: skipped, not queued") {
    DeskTimeline desk(9h, eyeSettings());
    desk.at(9h + 10min).send(event::DoNotDisturb{true});
    desk.at(9h + 25min).send(event::DoNotDisturb{false});
    CHECK(desk.seen.eyeBreaksShown().empty());
    REQUIRE(desk.seen.eyeBreaks.size() == 1);
    CHECK(desk.seen.eyeBreaks[0].first == 9h + 20min);
    CHECK(desk.seen.eyeBreaks[0].second.skippedFor == HoldReasons{HoldReason::DoNotDisturb});
    // Not shown when do-not-disturb ends: the count started over at the skipped one.
    CHECK(desk.nextDue() == 9h + 40min);
}

TEST_CASE("no eye break during a meeting, and the meeting's end starts the count over") {
    DeskTimeline desk(9h, eyeSettings());
    desk.at(9h + 10min).send(event::Meeting{true});
    desk.at(9h + 30min);
    REQUIRE(desk.seen.eyeBreaks.size() == 1);
    CHECK(desk.seen.eyeBreaks[0].second.skippedFor == HoldReasons{HoldReason::Meeting});
    desk.at(9h + 35min).send(event::Meeting{false});
    CHECK(desk.seen.eyeBreaksShown().empty());
    CHECK(desk.nextDue() == 9h + 45min); // the sitting reminder comes first
    desk.at(9h + 45min).expect(S::ReminderDue);
    desk.send(event::Snooze{});
    CHECK(desk.nextDue() == 9h + 55min);
}

TEST_CASE("the sitting reminder wins when both fall due and counts as the eye break") {
    EngineSettings s = eyeSettings();
    s.remindAfter = 40min;
    DeskTimeline desk(9h, s);
    desk.at(9h + 40min).expect(S::ReminderDue);
    CHECK(desk.seen.eyeBreaksShown() == Times{9h + 20min});
    REQUIRE(desk.seen.eyeBreaks.size() == 2);
    CHECK(desk.seen.eyeBreaks[1].second.yielded);
    CHECK(desk.seen.firstShowings().size() == 1);
    // No eye break while the reminder is showing; snoozing it starts the eye count over.
    desk.at(9h + 43min).send(event::Snooze{});
    CHECK(desk.nextDue() == 9h + 53min);
    desk.at(9h + 52min);
    CHECK(desk.seen.eyeBreaksShown() == Times{9h + 20min});
}

TEST_CASE("an eye break just before the sitting reminder yields to it") {
    EngineSettings s = eyeSettings();
    s.remindAfter = 40min + 10s; // falls due while the eye break at 40 min would still run
    DeskTimeline desk(9h, s);
    desk.at(9h + 41min).expect(S::ReminderDue);
    CHECK(desk.seen.eyeBreaksShown() == Times{9h + 20min});
    CHECK(desk.seen.eyeBreaks.back().second.yielded);
}

TEST_CASE("eye breaks go on while standing") {
    DeskTimeline desk(9h, eyeSettings());
    desk.at(9h + 5min).send(event::Standing{true}).expect(S::Standing);
    desk.at(9h + 21min);
    CHECK(desk.seen.eyeBreaksShown() == Times{9h + 20min});
}

TEST_CASE("no eye break while paused, and the count starts when the pause ends") {
    DeskTimeline desk(9h, eyeSettings());
    desk.at(9h + 10min).send(event::Pause{30min}).expect(S::Paused);
    desk.at(9h + 40min).expect(S::Sitting);
    CHECK(desk.seen.eyeBreaks.empty());
    CHECK(desk.nextDue() == 10h);
}

TEST_CASE("a late timer reports no eye break that is already over") {
    DeskTimeline desk(9h, eyeSettings());
    desk.lateTimerAt(9h + 30min);
    CHECK(desk.seen.eyeBreaksShown().empty());
    CHECK(desk.nextDue() == 9h + 40min);
}

TEST_CASE("turning eye breaks on starts the count at that moment") {
    DeskTimeline desk;
    desk.at(9h + 10min).send(event::SettingsChanged{eyeSettings()});
    CHECK(desk.nextDue() == 9h + 30min);
    EngineSettings off;
    desk.at(9h + 15min).send(event::SettingsChanged{off});
    CHECK(desk.nextDue() == 9h + 45min);
}
