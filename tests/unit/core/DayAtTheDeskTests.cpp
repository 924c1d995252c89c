// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeskTimeline.h"

#include <cctype>

using namespace flexor::core;
using namespace flexor::core::test;
using S = SittingState;

namespace {

bool isKebabCase(const std::string& name) {
    if (name.empty() || name.front() == '-' || name.back() == '-') {
        return false;
    }
    for (const char c : name) {
        if (!(std::islower(static_cast<unsigned char>(c)) || c == '-')) {
            return false;
        }
    }
    return name.find("--") == std::string::npos;
}

} // namespace

TEST_CASE("a full Monday at the desk") {
    DeskTimeline desk(7h + 50min);
    desk.expect(S::OffSchedule);

    desk.at(8h).expect(S::Sitting);
    desk.at(8h + 45min).expect(S::ReminderDue);
    desk.at(8h + 47min).send(event::Snooze{}).expect(S::Snoozed);
    desk.at(8h + 57min).expect(S::ReminderDue);
    desk.at(8h + 58min).send(event::RoutineStarted{"psoas"}).expect(S::InRoutine);
    desk.at(9h + 3min).send(event::RoutineFinished{6}).expect(S::Sitting);

    desk.at(9h + 30min).send(event::ScreenLocked{}).expect(S::Away); // coffee
    desk.at(9h + 45min).send(event::ScreenUnlocked{}).expect(S::Sitting);

    desk.at(10h + 36min).expect(S::ReminderDue);
    desk.send(event::Skip{}).expect(S::Sitting);

    desk.at(11h).send(event::Standing{true}).expect(S::Standing);
    desk.at(11h + 50min).send(event::Standing{false}).expect(S::Sitting);

    desk.at(12h).send(event::SleepStarted{}).expect(S::Away); // lunch, laptop closed
    desk.at(13h).send(event::Resumed{}).expect(S::Sitting);
    CHECK(desk.streak() == 0ms);

    desk.at(13h + 45min).expect(S::ReminderDue);
    desk.at(13h + 46min).send(event::Pause{30min}).expect(S::Paused);
    desk.at(14h + 16min).expect(S::Sitting);

    desk.idle(14h + 50min, 14h + 55min).expect(S::Away);
    desk.at(15h + 20min).send(event::UserActive{}).expect(S::Sitting);

    desk.at(16h + 6min).send(event::Snooze{}).expect(S::Snoozed);
    desk.at(18h).expect(S::ReminderDue);
    desk.at(19h).expect(S::OffSchedule);
    CHECK(desk.nextDue() == kTuesday + 8h);

    const std::vector<std::string> expectedReasons{"schedule-started",
                                                   "remind-after-reached",
                                                   "snooze",
                                                   "snooze-ended",
                                                   "routine-started",
                                                   "routine-finished",
                                                   "screen-locked",
                                                   "screen-unlocked",
                                                   "remind-after-reached",
                                                   "skip",
                                                   "standing-on",
                                                   "standing-off",
                                                   "sleep-started",
                                                   "resumed",
                                                   "remind-after-reached",
                                                   "pause",
                                                   "pause-ended",
                                                   "user-idle",
                                                   "user-active",
                                                   "remind-after-reached",
                                                   "snooze",
                                                   "snooze-ended",
                                                   "schedule-ended"};
    std::vector<std::string> reasons;
    for (const auto& t : desk.seen.transitions) {
        reasons.push_back(t.reason);
    }
    CHECK(reasons == expectedReasons);

    // Every change is reported once: a chain from state to state, never to the same state.
    for (std::size_t i = 0; i < desk.seen.transitions.size(); ++i) {
        const auto& t = desk.seen.transitions[i];
        CHECK(t.from != t.to);
        CHECK(isKebabCase(t.reason));
        if (i > 0) {
            CHECK(desk.seen.transitions[i - 1].to == t.from);
        }
    }

    CHECK(desk.seen.firstShowings().size() == 6);
    CHECK(desk.seen.journalOf(JournalKind::NaturalBreak).size() == 3);
    CHECK(desk.seen.journalOf(JournalKind::RoutineBreak).size() == 1);
    CHECK(desk.seen.journalOf(JournalKind::SkippedBreak).size() == 1);
    CHECK(desk.seen.journalOf(JournalKind::Standing).size() == 1);
    CHECK(desk.seen.journalOf(JournalKind::Pause).size() == 1);
    CHECK(desk.seen.journalOf(JournalKind::Snooze).size() == 2);
    CHECK(desk.seen.journalOf(JournalKind::Reminder).size() == 6);
    // Streaks ended by the routine, the lock, the skip, the stand, the sleep, the pause,
    // the idle and the end of the day.
    CHECK(desk.seen.journalOf(JournalKind::Streak).size() == 8);
    CHECK(desk.seen.withdrawals.size() == 6);
}
