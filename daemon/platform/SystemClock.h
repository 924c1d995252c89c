// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Time.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace flexor::platform {

// The real clocks: CLOCK_BOOTTIME (counts through suspend) for the engine's monotonic
// time, and the local wall clock for the calendar.
//
// For tests only, the wall clocks (local and UTC) can be moved to a known date: with
// FLEXOR_TEST_LOCAL_TIME="2026-12-05T09:00:00" the local clock reads that moment at
// FLEXOR_TEST_CLOCK_EPOCH (real UTC seconds since the epoch; the process's start when unset)
// and runs on from there. Every process of one test (daemon, command line, windows) is given
// the same pair, so they agree on the time. The monotonic clock is never moved.
core::Instant now();

// The wall clock in UTC milliseconds since the epoch: for a gap across a restart, which neither
// the monotonic clock (it may restart with the machine) nor whole local seconds measure exactly.
std::int64_t wallMilliseconds();

// How far the test clock moves the wall clocks from the real ones, from the two variables'
// values: nothing when `localTime` is empty; an error message when either cannot be read.
// `realLocalAtEpoch` is the real local calendar time (seconds) at `epoch`.
struct TestClockShift {
    std::chrono::seconds shift{0};
    std::string_view error;
};
TestClockShift testClockShift(std::string_view localTime, core::LocalTime realLocalAtEpoch);

} // namespace flexor::platform
