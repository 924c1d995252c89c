// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Time.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace flexor::core {

// The written syntax of durations and clock times, as config files and the command line take
// them ("1h30m", "08:00"). Words for people ("1 h 30 min") are ui/DurationText's.
// Parses durations written like "45m", "90s", "1h30m", "2h 5m 10s". Units: h, m, s.
// Returns nothing for empty text, unknown units, missing numbers or overflow.
std::optional<Duration> parseDuration(std::string_view text);

// The inverse, for config files and messages: "1h30m", "45m", "90s" -> "1m30s", "0s".
std::string formatDuration(Duration d);

// "08:00" -> 480 minutes; "24:00" is allowed as the end of a day.
std::optional<std::chrono::minutes> parseClockTime(std::string_view text);
std::string formatClockTime(std::chrono::minutes m);

} // namespace flexor::core
