// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Time.h"

#include <optional>

namespace flexor::core {

// Continuous sitting time: a banked part (kept while frozen) plus the part counting now.
class Streak {
public:
    // The sitting counted so far; frozen periods (routine, short standing) are not in it.
    Duration length(MonoTime at) const;
    // Wall time from the start to the last moment of sitting before `end`, frozen periods
    // included: the journal's start..end reading of a streak.
    Duration span(MonoTime end) const;
    bool running() const { return runningSince_.has_value(); }
    std::optional<MonoTime> runningSince() const { return runningSince_; }
    Duration banked() const { return banked_; }
    // When the streak began, on the wall clock (for the journal).
    LocalTime startedAt() const { return startedAt_; }

    // Starts counting (a streak starting from zero begins here) or continues a frozen one.
    void run(Instant at);
    void freeze(MonoTime at);
    // Continue a streak that already lasted `soFar`, counting from `at`.
    void restore(Duration soFar, Instant at);
    void clear();

private:
    Duration banked_{};
    std::optional<MonoTime> runningSince_;
    LocalTime startedAt_{};
    MonoTime startedAtMono_{};
    MonoTime frozenAt_{};
};

} // namespace flexor::core
