// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeskTimeline.h"
#include "core/DurationSyntax.h"

#include <string>

using namespace flexor::core;
using namespace std::chrono_literals;

TEST_CASE("durations are parsed from hours, minutes and seconds") {
    CHECK(parseDuration("45m") == Duration{45min});
    CHECK(parseDuration("90s") == Duration{90s});
    CHECK(parseDuration("1h30m") == Duration{90min});
    CHECK(parseDuration("2h 5m 10s") == Duration{2h + 5min + 10s});
    CHECK(parseDuration(" 10m ") == Duration{10min});
    CHECK(parseDuration("0s") == Duration{0s});
}

TEST_CASE("text that is not a duration is refused") {
    CHECK_FALSE(parseDuration("").has_value());
    CHECK_FALSE(parseDuration("   ").has_value());
    CHECK_FALSE(parseDuration("10").has_value());  // no unit
    CHECK_FALSE(parseDuration("5x").has_value());  // unknown unit
    CHECK_FALSE(parseDuration("m").has_value());   // no number
    CHECK_FALSE(parseDuration("-5m").has_value()); // no sign
    CHECK_FALSE(parseDuration("1.5h").has_value());
    CHECK_FALSE(parseDuration("99999999999999999999h").has_value());
}

TEST_CASE("many parts that add up past the limit are refused rather than wrapping") {
    std::string huge;
    for (int i = 0; i < 5000; ++i) {
        huge += "2000000000h";
    }
    CHECK_FALSE(parseDuration(huge).has_value());
}

TEST_CASE("durations are written back in the shortest form") {
    CHECK(formatDuration(90min) == "1h30m");
    CHECK(formatDuration(45min) == "45m");
    CHECK(formatDuration(90s) == "1m30s");
    CHECK(formatDuration(2h + 10s) == "2h10s");
    CHECK(formatDuration(0s) == "0s");
    CHECK(formatDuration(500ms) == "0s");
    CHECK(formatDuration(-5min) == "0s");
    for (const Duration d : {Duration{1s}, Duration{59min}, Duration{3h + 1min + 1s}}) {
        CHECK(parseDuration(formatDuration(d)) == d);
    }
}

TEST_CASE("clock times are read and written as HH:MM") {
    CHECK(parseClockTime("08:00") == std::chrono::minutes{480});
    CHECK(parseClockTime("00:00") == std::chrono::minutes{0});
    CHECK(parseClockTime("23:59") == std::chrono::minutes{23 * 60 + 59});
    CHECK(parseClockTime("24:00") == std::chrono::minutes{1440});
    CHECK_FALSE(parseClockTime("24:01").has_value());
    CHECK_FALSE(parseClockTime("12:60").has_value());
    CHECK_FALSE(parseClockTime("7:00").has_value());
    CHECK_FALSE(parseClockTime("07-00").has_value());
    CHECK_FALSE(parseClockTime("ab:cd").has_value());
    CHECK(formatClockTime(std::chrono::minutes{480}) == "08:00");
    CHECK(formatClockTime(std::chrono::minutes{19 * 60 + 5}) == "19:05");
    CHECK(formatClockTime(std::chrono::minutes{1440}) == "24:00");
}
