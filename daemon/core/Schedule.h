// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "EngineSettings.h"
#include "Time.h"

#include <optional>

namespace flexor::core {

// Whether sitting counts at this local time. A disabled schedule always counts.
bool isWithinSchedule(const WeeklySchedule& schedule, LocalTime at);

// The first local moment at or after `from` at which isWithinSchedule() differs from `within`;
// nothing when it never changes (schedule disabled, or no day enabled).
std::optional<LocalTime> nextScheduleChange(const WeeklySchedule& schedule, LocalTime from,
                                            bool within);

// When sitting starts to count, seen at `at`: nothing when it counts already (within the
// schedule, or no schedule), nor when it never will (no day enabled); else the next moment
// within the schedule ("Monday 08:00" on a Saturday).
std::optional<LocalTime> countingStarts(const WeeklySchedule& schedule, LocalTime at);

// The midnight that starts the local day after `at`.
LocalTime nextLocalMidnight(LocalTime at);

} // namespace flexor::core
