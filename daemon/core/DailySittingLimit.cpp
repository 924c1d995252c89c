// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DailySittingLimit.h"

#include <algorithm>

namespace flexor::core {

namespace {
std::chrono::local_days dayOf(LocalTime t) {
    return std::chrono::floor<std::chrono::days>(t);
}
} // namespace

bool DailySittingLimit::toldOn(LocalTime now) const {
    return toldOn_ && *toldOn_ == dayOf(now);
}

bool DailySittingLimit::noticeDue(Duration sittingToday, LocalTime now) {
    if (!enabled() || toldOn(now) || sittingToday < limit_) {
        return false;
    }
    toldOn_ = dayOf(now);
    return true;
}

std::optional<Duration> DailySittingLimit::untilReached(Duration sittingToday, bool counting,
                                                        LocalTime now) const {
    if (!enabled() || !counting || toldOn(now)) {
        return std::nullopt;
    }
    return std::max(limit_ - sittingToday, Duration{});
}

} // namespace flexor::core
