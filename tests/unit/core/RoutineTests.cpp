// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutineTestSupport.h"
#include "core/Routine.h"

#include <doctest/doctest.h>

using namespace flexor::core;
using namespace flexor::core::test;

TEST_CASE("a step with sides is held once per side and round") {
    CHECK(step("Lunge", 30s, Sides::LeftRight).holdCount() == 2);
    CHECK(step("Lunge", 30s, Sides::LeftRight, 2).holdCount() == 4);
    CHECK(step("Bridge", 15s, Sides::None, 3).holdCount() == 3);
}

TEST_CASE("each side has its own label") {
    auto lunge = step("Lunge", 30s, Sides::LeftRight);
    lunge.leftLabel = "Left leg forward";
    lunge.rightLabel = "Right leg forward";
    CHECK(lunge.sideLabel(Side::Left) == "Left leg forward");
    CHECK(lunge.sideLabel(Side::Right) == "Right leg forward");
    CHECK(lunge.sideLabel(Side::None).empty());
}

TEST_CASE("the total length adds a get-ready pause before every hold") {
    CHECK(totalLength(kneelThenBridge()) == 130s);
    auto routine = kneelThenBridge();
    routine.getReady = 0s;
    CHECK(totalLength(routine) == 105s);
}

TEST_CASE("the voice reads the routine in the language its text is shown in") {
    auto routine = kneelThenBridge();
    SUBCASE("no wanted language translates it: English") {
        CHECK(spokenLanguage(routine, {}) == "en");
        CHECK(spokenLanguage(routine, {"de"}) == "en");
    }
    SUBCASE("the first wanted language the routine translates") {
        routine.translations["fr"]["title"] = "Routine d'essai";
        routine.steps[1].translations["de"]["title"] = "Brücke";
        CHECK(spokenLanguage(routine, {"de", "fr"}) == "de");
        CHECK(spokenLanguage(routine, {"it", "fr", "de"}) == "fr");
    }
    SUBCASE("a regional language as a speech service names it") {
        routine.translations["pt_BR"]["title"] = "Rotina de teste";
        CHECK(spokenLanguage(routine, {"pt_BR", "pt"}) == "pt-BR");
    }
}
