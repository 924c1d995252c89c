// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Time.h"

#include <cstdint>

namespace flexor::platform {

// The real clocks: CLOCK_BOOTTIME (counts through suspend) for the engine's monotonic
// time, and the local wall clock for the calendar.
core::Instant now();

// The wall clock in UTC milliseconds since the epoch: for a gap across a restart, which neither
// the monotonic clock (it may restart with the machine) nor whole local seconds measure exactly.
std::int64_t wallMilliseconds();

} // namespace flexor::platform
