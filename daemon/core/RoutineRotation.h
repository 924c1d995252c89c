// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Time.h"

#include <string>
#include <vector>

namespace flexor::core {

// Today's routine when several take turns, one per calendar day in the order given. The day is
// counted from a fixed epoch (1970-01-01, local time), so the choice is the same all day,
// survives restarts, and moves on at midnight. `rotation` must not be empty.
const std::string& routineOfTheDay(const std::vector<std::string>& rotation, LocalTime now);

} // namespace flexor::core
