// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Time.h"

namespace flexor::platform {

// The real clocks: CLOCK_BOOTTIME (counts through suspend) for the engine's monotonic
// time, and the local wall clock for the calendar.
core::Instant now();

} // namespace flexor::platform
