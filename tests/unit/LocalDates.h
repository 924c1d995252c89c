// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Statistics.h"

#include <chrono>

// Fixed local dates for tests that read the calendar: May 2024, at a given time of day.
namespace flexor::testing {

constexpr core::LocalDay may(unsigned d) {
    using namespace std::chrono;
    return local_days{2024y / May / day(d)};
}

inline core::LocalTime at(core::LocalDay d, int hour, int minute) {
    return core::LocalTime{d} + std::chrono::hours(hour) + std::chrono::minutes(minute);
}

} // namespace flexor::testing
