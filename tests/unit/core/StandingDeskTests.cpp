// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeskTimeline.h"

using namespace flexor::core;
using namespace flexor::core::test;
using S = SittingState;

namespace {
using TimeUps = std::vector<std::pair<Duration, Duration>>;
} // namespace

TEST_CASE("\"Stand for a while\" answers the reminder and asks back after stand_for") {
    DeskTimeline desk; // remind_after 45 min
    desk.at(9h + 45min).expect(S::ReminderDue);
    desk.send(event::Standing{true, 15min}).expect(S::Standing);
    CHECK(desk.seen.withdrawals.size() == 1);
    CHECK(desk.nextDue() == 10h);
    desk.at(10h);
    CHECK(desk.seen.standingTimeUps == TimeUps{{10h, 15min}});
    // Still standing until the answer: the question does not decide for the user.
    desk.expect(S::Standing);
    CHECK(desk.nextDue() == 10h + 45min); // standing_limit, counted from the start
    desk.at(10h + 2min).send(event::Standing{false}).expect(S::Sitting);
    CHECK(desk.streak() == 0ms); // stood longer than away_after: a break from sitting
    CHECK(desk.nextDue() == 10h + 47min);
}

TEST_CASE("\"Keep standing\" asks again after another stand_for") {
    DeskTimeline desk;
    desk.at(9h + 45min).send(event::Standing{true, 15min});
    desk.at(10h + 1min).send(event::Standing{true, 15min}).expect(S::Standing);
    desk.at(10h + 16min);
    CHECK(desk.seen.standingTimeUps == TimeUps{{10h, 15min}, {10h + 16min, 31min}});
}

TEST_CASE("standing from the tray asks nothing, and ends at standing_limit as before") {
    DeskTimeline desk;
    desk.at(9h + 45min).send(event::Standing{true, 15min});
    desk.at(9h + 50min).send(event::Standing{true}); // "I'm standing": no question any more
    desk.at(10h + 49min).expect(S::Standing);
    desk.at(10h + 50min).expect(S::Sitting);
    CHECK(desk.seen.standingTimeUps.empty());
}

TEST_CASE("sitting down before stand_for asks nothing") {
    DeskTimeline desk;
    desk.at(9h + 45min).send(event::Standing{true, 15min});
    desk.at(9h + 50min).send(event::Standing{false}).expect(S::Sitting);
    desk.at(10h + 1min);
    CHECK(desk.seen.standingTimeUps.empty());
}
