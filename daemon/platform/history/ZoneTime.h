// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Time.h"

#include <cstdint>

namespace flexor::platform::history {

// Between the wall clock and UTC, by the rules of the user's time zone as it is set now (the
// TZ environment or /etc/localtime): the history keeps UTC, so a daylight-saving change or a
// trip to another zone does not move what was recorded, and local days are derived on reading.

// The UTC moment (seconds since the epoch) at which the wall clock showed `local`. In the
// hour a clock set back repeats, the earlier reading; in the hour it skips, read with the
// offset from before the change.
std::int64_t utcSecondsAt(core::LocalTime local);
// The wall clock at a UTC moment.
core::LocalTime localTimeAt(std::int64_t utcSeconds);
// The zone's offset from UTC at a UTC moment, in seconds (east positive).
std::int64_t utcOffsetAt(std::int64_t utcSeconds);

} // namespace flexor::platform::history
