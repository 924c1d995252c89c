// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/SystemClock.h"

#include <doctest/doctest.h>

using namespace std::chrono;
using flexor::core::LocalTime;
using flexor::platform::testClockShift;

namespace {

LocalTime localAt(int y, unsigned m, unsigned d, int h, int min, int s) {
    return local_days{year{y} / month{m} / day{d}} + hours(h) + minutes(min) + seconds(s);
}

} // namespace

TEST_CASE("a test clock moves the local calendar to the moment it names") {
    const LocalTime real = localAt(2026, 12, 3, 15, 20, 0);
    const auto result = testClockShift("2026-06-13T23:59:50", real);
    CHECK(result.error.empty());
    CHECK(real + result.shift == localAt(2026, 6, 13, 23, 59, 50));
}

TEST_CASE("a test clock at the real moment moves nothing") {
    const LocalTime real = localAt(2026, 12, 3, 15, 20, 0);
    CHECK(testClockShift("2026-12-03T15:20:00", real).shift == seconds(0));
}

TEST_CASE("a test clock that is not a local date and time is refused") {
    const LocalTime real = localAt(2026, 12, 3, 15, 20, 0);
    for (const char* bad :
         {"tomorrow", "2026-13-01T10:00:00", "2026-06-13T10:00:00Z", "2026-06-13T10:00:00+02:00"}) {
        CAPTURE(bad);
        const auto result = testClockShift(bad, real);
        CHECK_FALSE(result.error.empty());
        CHECK(result.shift == seconds(0));
    }
}
