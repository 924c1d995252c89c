// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutineRotation.h"

#include <cstdint>

namespace flexor::core {

const std::string& routineOfTheDay(const std::vector<std::string>& rotation, LocalTime now) {
    const std::int64_t day = std::chrono::floor<std::chrono::days>(now).time_since_epoch().count();
    const auto count = static_cast<std::int64_t>(rotation.size());
    // Days before the epoch count backwards; the index stays in range all the same.
    return rotation[static_cast<std::size_t>(((day % count) + count) % count)];
}

} // namespace flexor::core
