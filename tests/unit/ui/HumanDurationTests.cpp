// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/HumanDuration.h"

#include <doctest/doctest.h>

using flexor::ui::humanDuration;
using namespace std::chrono_literals;

TEST_CASE("durations are told to people in seconds, minutes or hours and minutes") {
    CHECK(humanDuration(40s) == "40 s");
    CHECK(humanDuration(59s + 999ms) == "59 s");
    CHECK(humanDuration(47min + 30s) == "47 min");
    CHECK(humanDuration(65min) == "1 h 05 min");
    CHECK(humanDuration(2h) == "2 h 00 min");
    CHECK(humanDuration(-3s) == "0 s");
}
