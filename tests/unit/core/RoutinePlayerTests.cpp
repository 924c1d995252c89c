// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutineTestSupport.h"
#include "core/RoutinePlayer.h"

#include <doctest/doctest.h>

using namespace flexor::core;
using namespace flexor::core::test;

namespace {

// The phase, hold and remaining time at one moment, after waking the player then.
struct Seen {
    PlayerPhase phase;
    RoutineHold hold;
    Duration remaining;
};

Seen seenAt(RoutinePlayer& player, Duration t) {
    player.advance(at(t));
    const auto p = player.position(at(t));
    return {p.phase, player.current().value_or(RoutineHold{}), p.remaining};
}

void checkSeen(const Seen& seen, PlayerPhase phase, RoutineHold hold, Duration remaining) {
    CHECK(phaseName(seen.phase) == std::string(phaseName(phase)));
    CHECK(seen.hold == hold);
    CHECK(seen.remaining == remaining);
}

RoutinePlayer startedAtZero() {
    RoutinePlayer player(kneelThenBridge());
    player.start(at(0s));
    return player;
}

} // namespace

TEST_CASE("a routine is laid out as one hold per side and round, in order") {
    const RoutinePlayer player(kneelThenBridge());
    const std::vector<RoutineHold> expected = {
        {0, Side::Left, 1}, {0, Side::Right, 1}, {1, Side::None, 1},
        {1, Side::None, 2}, {1, Side::None, 3},
    };
    CHECK(player.holds() == expected);
}

TEST_CASE("the timeline runs get-ready, hold, get-ready, hold ... to the finish") {
    auto player = startedAtZero();
    checkSeen(seenAt(player, 0s), PlayerPhase::GetReady, {0, Side::Left, 1}, 5s);
    checkSeen(seenAt(player, 4s), PlayerPhase::GetReady, {0, Side::Left, 1}, 1s);
    checkSeen(seenAt(player, 5s), PlayerPhase::Hold, {0, Side::Left, 1}, 30s);
    checkSeen(seenAt(player, 34s), PlayerPhase::Hold, {0, Side::Left, 1}, 1s);
    checkSeen(seenAt(player, 35s), PlayerPhase::GetReady, {0, Side::Right, 1}, 5s);
    checkSeen(seenAt(player, 40s), PlayerPhase::Hold, {0, Side::Right, 1}, 30s);
    checkSeen(seenAt(player, 70s), PlayerPhase::GetReady, {1, Side::None, 1}, 5s);
    checkSeen(seenAt(player, 75s), PlayerPhase::Hold, {1, Side::None, 1}, 15s);
    checkSeen(seenAt(player, 95s), PlayerPhase::Hold, {1, Side::None, 2}, 15s);
    checkSeen(seenAt(player, 115s), PlayerPhase::Hold, {1, Side::None, 3}, 15s);
    CHECK(seenAt(player, 129s).phase == PlayerPhase::Hold);
    CHECK(seenAt(player, 130s).phase == PlayerPhase::Finished);
    CHECK(player.elapsed(at(500s)) == 130s);
    CHECK(player.stepsCompleted() == 2);
}

TEST_CASE("the total length is the sum of every hold and its get-ready pause") {
    const RoutinePlayer player(kneelThenBridge());
    CHECK(player.totalLength() == 2 * (5s + 30s) + 3 * (5s + 15s));
}

TEST_CASE("next due is the end of the current phase") {
    auto player = startedAtZero();
    CHECK(player.nextDue() == at(5s));
    player.advance(at(5s));
    CHECK(player.nextDue() == at(35s));
}

TEST_CASE("a late wake-up applies every change from the moment it was due") {
    auto player = startedAtZero();
    // Woken 2 s after the first hold should have ended: the right side's get-ready
    // started at 35 s, so 3 s of it are left.
    checkSeen(seenAt(player, 37s), PlayerPhase::GetReady, {0, Side::Right, 1}, 3s);
    CHECK(player.nextDue() == at(40s));
}

TEST_CASE("nothing is due before start, while paused, or at the end") {
    RoutinePlayer player(kneelThenBridge());
    CHECK_FALSE(player.nextDue());
    CHECK(player.position(at(0s)).phase == PlayerPhase::NotStarted);
    player.start(at(0s));
    player.pause(at(1s));
    CHECK_FALSE(player.nextDue());
    player.resume(at(2s));
    player.stop(at(3s));
    CHECK_FALSE(player.nextDue());
}

TEST_CASE("pause freezes the countdown and resume continues where it stopped") {
    auto player = startedAtZero();
    player.advance(at(5s));
    player.pause(at(15s)); // 20 s of the left hold left
    CHECK(player.position(at(15s)).paused);
    checkSeen(seenAt(player, 100s), PlayerPhase::Hold, {0, Side::Left, 1}, 20s);
    player.resume(at(100s));
    CHECK_FALSE(player.position(at(100s)).paused);
    CHECK(player.nextDue() == at(120s));
    checkSeen(seenAt(player, 119s), PlayerPhase::Hold, {0, Side::Left, 1}, 1s);
    checkSeen(seenAt(player, 120s), PlayerPhase::GetReady, {0, Side::Right, 1}, 5s);
}

TEST_CASE("toggle pause pauses, then resumes") {
    auto player = startedAtZero();
    player.togglePause(at(1s));
    CHECK(player.position(at(1s)).paused);
    player.togglePause(at(9s));
    CHECK_FALSE(player.position(at(9s)).paused);
    CHECK(player.nextDue() == at(13s));
}

TEST_CASE("the time taken counts pauses, because it is how long the routine kept you") {
    auto player = startedAtZero();
    player.pause(at(10s));
    player.resume(at(70s));
    CHECK(player.elapsed(at(80s)) == 80s);
}

TEST_CASE("next during a hold ends it and starts the next get-ready now") {
    auto player = startedAtZero();
    player.advance(at(5s));
    player.next(at(12s));
    checkSeen(seenAt(player, 12s), PlayerPhase::GetReady, {0, Side::Right, 1}, 5s);
    CHECK(player.nextDue() == at(17s));
}

TEST_CASE("next during get-ready skips that hold") {
    auto player = startedAtZero();
    player.next(at(2s));
    checkSeen(seenAt(player, 2s), PlayerPhase::GetReady, {0, Side::Right, 1}, 5s);
}

TEST_CASE("next on the last hold finishes the routine") {
    auto player = startedAtZero();
    player.advance(at(115s)); // the third bridge round began
    player.next(at(116s));
    CHECK(player.position(at(116s)).phase == PlayerPhase::Finished);
    CHECK(player.elapsed(at(200s)) == 116s);
    CHECK(player.stepsCompleted() == 2);
}

TEST_CASE("pressing next through every hold reaches the finish") {
    auto player = startedAtZero();
    for (std::size_t i = 0; i < player.holds().size(); ++i) {
        CHECK(player.position(at(1s)).running());
        player.next(at(1s));
    }
    CHECK(player.position(at(1s)).phase == PlayerPhase::Finished);
    CHECK(player.stepsCompleted() == 0); // every hold was skipped before it began
}

TEST_CASE("back goes to the get-ready of the previous hold") {
    auto player = startedAtZero();
    player.advance(at(45s)); // holding the right side
    player.back(at(45s));
    checkSeen(seenAt(player, 45s), PlayerPhase::GetReady, {0, Side::Left, 1}, 5s);
    CHECK(player.nextDue() == at(50s));
}

TEST_CASE("back on the first hold starts it over") {
    auto player = startedAtZero();
    player.advance(at(20s));
    player.back(at(20s));
    checkSeen(seenAt(player, 20s), PlayerPhase::GetReady, {0, Side::Left, 1}, 5s);
}

TEST_CASE("next and back while paused move but stay paused with the full time") {
    auto player = startedAtZero();
    player.advance(at(10s));
    player.pause(at(10s));
    player.next(at(11s));
    auto p = player.position(at(30s));
    CHECK(p.paused);
    CHECK(p.phase == PlayerPhase::GetReady);
    CHECK(p.remaining == 5s);
    player.resume(at(30s));
    CHECK(player.nextDue() == at(35s));
}

TEST_CASE("stop ends the routine and remembers how long it ran") {
    auto player = startedAtZero();
    player.advance(at(80s)); // the kneeling step is done, bridging
    player.stop(at(80s));
    CHECK(player.position(at(80s)).phase == PlayerPhase::Stopped);
    CHECK(player.elapsed(at(300s)) == 80s);
    CHECK(player.stepsCompleted() == 1);
    CHECK_FALSE(player.current());
}

TEST_CASE("controls after the end change nothing") {
    auto player = startedAtZero();
    player.stop(at(3s));
    player.next(at(4s));
    player.back(at(4s));
    player.resume(at(4s));
    CHECK(player.position(at(4s)).phase == PlayerPhase::Stopped);
    CHECK(player.elapsed(at(9s)) == 3s);
}

TEST_CASE("upcoming names the hold after the current one") {
    auto player = startedAtZero();
    CHECK(player.upcoming() == RoutineHold{0, Side::Right, 1});
    player.advance(at(115s));
    CHECK_FALSE(player.upcoming());
}

TEST_CASE("a routine without get-ready pauses goes from hold to hold") {
    auto routine = kneelThenBridge();
    routine.getReady = 0s;
    RoutinePlayer player(routine);
    player.start(at(0s));
    checkSeen(seenAt(player, 0s), PlayerPhase::Hold, {0, Side::Left, 1}, 30s);
    checkSeen(seenAt(player, 30s), PlayerPhase::Hold, {0, Side::Right, 1}, 30s);
    CHECK(player.totalLength() == 105s);
}

TEST_CASE("a routine without steps finishes as soon as it starts") {
    Routine empty;
    RoutinePlayer player(empty);
    player.start(at(0s));
    CHECK(player.position(at(0s)).phase == PlayerPhase::Finished);
}
