// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/RoutineRotation.h"

#include <algorithm>
#include <doctest/doctest.h>

using namespace flexor::core;
using namespace std::chrono;

namespace {

LocalTime on(sys_days date, hours hour = 12h) {
    return LocalTime{duration_cast<seconds>(date.time_since_epoch() + hour)};
}

const std::vector<std::string> kTwo{"psoas", "quick"};
const std::vector<std::string> kThree{"psoas", "quick", "desk"};

} // namespace

TEST_CASE("one routine a day, taking turns in the order given") {
    const sys_days monday = 2026y / December / 7;
    CHECK(routineOfTheDay(kThree, on(monday)) != routineOfTheDay(kThree, on(monday + days{1})));
    std::vector<std::string> week;
    for (int i = 0; i < 6; ++i) {
        week.push_back(routineOfTheDay(kThree, on(monday + days{i})));
    }
    // Whatever the first day's routine, the next ones follow the list and start it over.
    const auto first = std::find(kThree.begin(), kThree.end(), week[0]) - kThree.begin();
    for (int i = 0; i < 6; ++i) {
        CHECK(week[i] == kThree[(first + i) % 3]);
    }
}

TEST_CASE("the same routine all day, from just after midnight to just before the next") {
    const sys_days day = 2026y / March / 29; // daylight saving begins in much of Europe
    const auto& morning = routineOfTheDay(kTwo, on(day, 0h) + seconds{1});
    CHECK(routineOfTheDay(kTwo, on(day, 23h) + 59min + 59s) == morning);
    CHECK(routineOfTheDay(kTwo, on(day, 24h)) != morning);
}

TEST_CASE("the day count is fixed, so a restart picks the same routine") {
    // 1970-01-01 is day 0: the first of the list; 1970-01-02 the second.
    CHECK(routineOfTheDay(kTwo, on(1970y / January / 1)) == "psoas");
    CHECK(routineOfTheDay(kTwo, on(1970y / January / 2)) == "quick");
    CHECK(routineOfTheDay(kTwo, on(1969y / December / 31)) == "quick");
}

TEST_CASE("a list of one is that routine every day") {
    const std::vector<std::string> one{"desk"};
    CHECK(routineOfTheDay(one, on(2026y / December / 2)) == "desk");
    CHECK(routineOfTheDay(one, on(2026y / December / 3)) == "desk");
}
