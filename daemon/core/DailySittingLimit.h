// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Time.h"

#include <chrono>
#include <optional>

namespace flexor::core {

// The daily sitting budget (daily_sitting_limit): once today's sitting (the statistics'
// "sitting today") reaches the limit, one notice that day. A new local day starts from zero,
// with the notice owed again. Pure: it is told today's figure and the local time.
class DailySittingLimit {
public:
    void setLimit(Duration limit) { limit_ = limit; }
    Duration limit() const { return limit_; }
    bool enabled() const { return limit_ > Duration{}; }

    // True once a day: the first time it is asked with today's sitting at or past the limit.
    bool noticeDue(Duration sittingToday, LocalTime now);
    // While sitting counts, how long until today's sitting reaches the limit: the moment to
    // look again. Nothing when off, not counting, or already told today.
    std::optional<Duration> untilReached(Duration sittingToday, bool counting, LocalTime now) const;

private:
    bool toldOn(LocalTime now) const;

    Duration limit_{};
    std::optional<std::chrono::local_days> toldOn_;
};

} // namespace flexor::core
