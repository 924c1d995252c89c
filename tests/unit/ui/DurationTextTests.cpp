// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/DurationText.h"

#include <doctest/doctest.h>

using flexor::ui::durationText;
using namespace std::chrono_literals;

TEST_CASE("durations are told to people in seconds, minutes or hours and minutes") {
    CHECK(durationText(40s) == "40 s");
    CHECK(durationText(59s + 999ms) == "59 s");
    CHECK(durationText(47min + 30s) == "47 min");
    CHECK(durationText(65min) == "1 h 05 min");
    CHECK(durationText(2h) == "2 h 00 min");
    CHECK(durationText(-3s) == "0 s");
}
