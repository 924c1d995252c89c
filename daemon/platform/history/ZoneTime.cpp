// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ZoneTime.h"

#include <ctime>

namespace flexor::platform::history {

std::int64_t utcOffsetAt(std::int64_t utcSeconds) {
    const auto moment = static_cast<std::time_t>(utcSeconds);
    std::tm local{};
    localtime_r(&moment, &local);
    return local.tm_gmtoff;
}

core::LocalTime localTimeAt(std::int64_t utcSeconds) {
    return core::LocalTime{std::chrono::seconds(utcSeconds + utcOffsetAt(utcSeconds))};
}

std::int64_t utcSecondsAt(core::LocalTime local) {
    const std::int64_t wall = local.time_since_epoch().count();
    // The offsets in force a day either side cover every change (they are hours apart): the
    // wall time read with one of them must give itself back.
    const std::int64_t before = utcOffsetAt(wall - 86400);
    const std::int64_t after = utcOffsetAt(wall + 86400);
    for (const std::int64_t offset : {before, after}) {
        if (utcOffsetAt(wall - offset) == offset) {
            return wall - offset; // the earlier reading first, when both fit
        }
    }
    // A wall time the clock skipped (counted on from before the change, as adding a length to
    // an earlier reading does): read with the offset before the change.
    return wall - before;
}

} // namespace flexor::platform::history
