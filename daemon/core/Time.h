// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <algorithm>
#include <chrono>
#include <climits>

namespace flexor::core {

using Duration = std::chrono::milliseconds;

// The engine's clock: monotonic, and it keeps counting through suspend
// (CLOCK_BOOTTIME on Linux). The core never reads it; the app layer does.
struct MonoClock {
    using duration = Duration;
    using rep = duration::rep;
    using period = duration::period;
    using time_point = std::chrono::time_point<MonoClock>;
    static constexpr bool is_steady = true;
};
using MonoTime = MonoClock::time_point;

// Wall time in the user's time zone, only for the calendar (schedule, "today").
using LocalTime = std::chrono::local_time<std::chrono::seconds>;

// One moment, seen on both clocks. Every event and query carries one.
struct Instant {
    MonoTime mono;
    LocalTime local;

    // The local time at another monotonic moment, assuming no wall-clock jump in between.
    LocalTime localAt(MonoTime other) const {
        return local + std::chrono::duration_cast<std::chrono::seconds>(other - mono);
    }
    Instant after(Duration d) const {
        return {mono + d, local + std::chrono::duration_cast<std::chrono::seconds>(d)};
    }
};

// Milliseconds from one moment to a later one, as a timer takes them: never negative, and
// capped at what an int holds (24 days; a timer that fires early is simply armed again).
inline int millisecondsUntil(MonoTime deadline, MonoTime from) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - from).count();
    return static_cast<int>(std::clamp<long long>(ms, 0, INT_MAX));
}

} // namespace flexor::core
