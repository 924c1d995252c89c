// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutineTestSupport.h"
#include "core/RoutineGuide.h"

#include <doctest/doctest.h>

using namespace flexor::core;
using namespace flexor::core::test;

namespace {

GuidePhrases phrases() {
    GuidePhrases p;
    p.holdFor = [](int s) { return "Hold for " + std::to_string(s) + " seconds."; };
    p.round = [](int r, int n) {
        return "Round " + std::to_string(r) + " of " + std::to_string(n) + ".";
    };
    p.hold = "Hold.";
    p.switchSides = "Switch sides.";
    p.count = [](int n) { return std::to_string(n); };
    p.done = "Done.";
    return p;
}

// The cues of the phase the player is in, `t` after a start at 0.
std::vector<GuideCue> cuesAt(RoutinePlayer& player, Duration t) {
    player.advance(at(t));
    return phaseCues(player, player.position(at(t)), phrases());
}

Routine withSpokenKneel() {
    auto r = kneelThenBridge();
    r.steps[0].say = "Kneeling stretch";
    r.steps[0].leftLabel = "Left knee down";
    r.steps[0].rightLabel = "Right knee down";
    return r;
}

} // namespace

TEST_CASE("a get-ready names the stretch, the side and the hold, and the step's say line wins") {
    RoutinePlayer player(withSpokenKneel());
    player.start(at(0s));
    const auto cues = cuesAt(player, 0s);
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].say == "Kneeling stretch. Left knee down. Hold for 30 seconds.");
    CHECK(cues[0].sound == CueSound::None);
    CHECK(cues[0].remaining == 5s); // at once: the whole get-ready is left

    RoutinePlayer untitled(kneelThenBridge());
    untitled.start(at(0s));
    CHECK(cuesAt(untitled, 0s)[0].say.starts_with("Kneel. Left side."));
}

TEST_CASE("a hold starts with a sound and counts its last three seconds") {
    RoutinePlayer player(withSpokenKneel());
    player.start(at(0s));
    const auto cues = cuesAt(player, 5s);
    REQUIRE(cues.size() == 4);
    CHECK(cues[0] == GuideCue{30s, "Hold.", CueSound::HoldStart});
    CHECK(cues[1] == GuideCue{3s, "3", CueSound::None});
    CHECK(cues[2] == GuideCue{2s, "2", CueSound::None});
    CHECK(cues[3] == GuideCue{1s, "1", CueSound::None});
}

TEST_CASE("the second side of a stretch says to switch sides, with a sound") {
    RoutinePlayer player(withSpokenKneel());
    player.start(at(0s));
    const auto cues = cuesAt(player, 35s); // 5 s ready + 30 s hold: get ready for the right
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].say == "Switch sides. Right knee down.");
    CHECK(cues[0].sound == CueSound::SwitchSides);
}

TEST_CASE("rounds after the first only say which round") {
    RoutinePlayer player(kneelThenBridge());
    player.start(at(0s));
    // Both kneel sides (2 x 35 s), then bridge round 1 (20 s): get ready for round 2.
    CHECK(cuesAt(player, 70s)[0].say == "Bridge. Round 1 of 3. Hold for 15 seconds.");
    const auto cues = cuesAt(player, 90s);
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].say == "Round 2 of 3.");
    CHECK(cues[0].sound == CueSound::None);
}

TEST_CASE("the finish says done with its own sound, a stopped routine says nothing") {
    RoutinePlayer player(kneelThenBridge());
    player.start(at(0s));
    const auto cues = cuesAt(player, 10min);
    REQUIRE(cues.size() == 1);
    CHECK(cues[0] == GuideCue{0s, "Done.", CueSound::Finished});

    RoutinePlayer stopped(kneelThenBridge());
    stopped.start(at(0s));
    stopped.stop(at(3s));
    CHECK(cuesAt(stopped, 3s).empty());
}

TEST_CASE("holds too short to count are not counted") {
    auto routine = kneelThenBridge();
    routine.steps[0].hold = 4s;
    RoutinePlayer player(routine);
    player.start(at(0s));
    CHECK(cuesAt(player, 5s).size() == 1);
}
