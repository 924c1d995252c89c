// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeskTimeline.h"
#include "core/DailySittingLimit.h"

using namespace flexor::core;
using namespace flexor::core::test;

TEST_CASE("the daily sitting limit is off by default") {
    DailySittingLimit limit;
    CHECK_FALSE(limit.enabled());
    CHECK_FALSE(limit.noticeDue(10h, wallClock(18h)));
    CHECK_FALSE(limit.untilReached(10h, true, wallClock(18h)));
}

TEST_CASE("one notice the day sitting reaches the limit") {
    DailySittingLimit limit;
    limit.setLimit(6h);
    CHECK(limit.untilReached(5h + 12min, true, wallClock(15h)) == 48min);
    CHECK_FALSE(limit.noticeDue(5h + 12min, wallClock(15h)));
    CHECK(limit.noticeDue(6h, wallClock(15h + 48min)));
    // Told: no second notice that day, and nothing more to wake up for.
    CHECK_FALSE(limit.noticeDue(6h + 30min, wallClock(16h + 30min)));
    CHECK_FALSE(limit.untilReached(6h + 30min, true, wallClock(16h + 30min)));
}

TEST_CASE("nothing to wake up for while sitting does not count") {
    DailySittingLimit limit;
    limit.setLimit(6h);
    CHECK_FALSE(limit.untilReached(2h, false, wallClock(11h)));
    CHECK(limit.untilReached(2h, true, wallClock(11h)) == 4h);
}

TEST_CASE("a limit already passed is told at once") {
    DailySittingLimit limit;
    limit.setLimit(4h);
    CHECK(limit.untilReached(5h, true, wallClock(15h)) == 0ms);
    CHECK(limit.noticeDue(5h, wallClock(15h)));
}

TEST_CASE("the budget starts over at local midnight") {
    DailySittingLimit limit;
    limit.setLimit(6h);
    CHECK(limit.noticeDue(6h, wallClock(17h)));
    CHECK_FALSE(limit.noticeDue(7h, wallClock(23h + 59min)));
    // Tuesday: today's sitting is counted from midnight again, and the notice is owed again.
    CHECK(limit.untilReached(1h, true, wallClock(kTuesday + 10h)) == 5h);
    CHECK_FALSE(limit.noticeDue(1h, wallClock(kTuesday + 10h)));
    CHECK(limit.noticeDue(6h, wallClock(kTuesday + 16h)));
}
