// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "config/EditDistance.h"

#include <array>
#include <doctest/doctest.h>

using namespace flexor::config;

TEST_CASE("edit distance counts single-letter edits") {
    CHECK(editDistance("snooze", "snooze") == 0);
    CHECK(editDistance("snoze", "snooze") == 1);   // one letter missing
    CHECK(editDistance("snoooze", "snooze") == 1); // one letter too many
    CHECK(editDistance("snoaze", "snooze") == 1);  // one letter wrong
    CHECK(editDistance("sonoze", "snooze") == 1);  // two neighbours swapped
    CHECK(editDistance("", "sound") == 5);
    CHECK(editDistance("sound", "") == 5);
}

TEST_CASE("edit distance ignores case and treats a dash as an underscore") {
    CHECK(editDistance("Remind-After", "remind_after") == 0);
}

TEST_CASE("the closest candidate is suggested only when it is close") {
    constexpr std::array<std::string_view, 3> keys{"remind_after", "away_after", "snooze"};
    CHECK(closestMatch("remind_afte", keys) == "remind_after");
    CHECK(closestMatch("away-after", keys) == "away_after");
    CHECK(closestMatch("snoze", keys) == "snooze");
    CHECK_FALSE(closestMatch("colour", keys));
    CHECK_FALSE(closestMatch("anything", std::span<const std::string_view>{}));
}
