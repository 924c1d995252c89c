// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Schedule.h"

#include <algorithm>
#include <vector>

namespace flexor::core {

namespace {

using std::chrono::days;
using std::chrono::local_days;

struct Window {
    LocalTime begin;
    LocalTime end; // exclusive
};

bool isActiveDay(const WeeklySchedule& schedule, local_days day) {
    const unsigned isoWeekday = std::chrono::weekday{day}.iso_encoding();
    return schedule.days[isoWeekday - 1];
}

// The window that opens on `day`, if that day is active. end <= start runs past midnight.
std::optional<Window> windowOpeningOn(const WeeklySchedule& schedule, local_days day) {
    if (!isActiveDay(schedule, day)) {
        return std::nullopt;
    }
    const LocalTime begin = day + schedule.start;
    const LocalTime end = schedule.end > schedule.start ? LocalTime{day + schedule.end}
                                                        : day + days{1} + schedule.end;
    return Window{begin, end};
}

// Windows opening from the day before `at` (it may run past midnight) to `daysAhead` days after.
std::vector<Window> windowsAround(const WeeklySchedule& schedule, LocalTime at, int daysAhead) {
    std::vector<Window> windows;
    const local_days today = std::chrono::floor<days>(at);
    for (int offset = -1; offset <= daysAhead; ++offset) {
        if (auto window = windowOpeningOn(schedule, today + days{offset})) {
            windows.push_back(*window);
        }
    }
    return windows;
}

} // namespace

bool isWithinSchedule(const WeeklySchedule& schedule, LocalTime at) {
    if (!schedule.enabled) {
        return true;
    }
    const auto windows = windowsAround(schedule, at, 0);
    return std::any_of(windows.begin(), windows.end(),
                       [&](const Window& w) { return w.begin <= at && at < w.end; });
}

std::optional<LocalTime> nextScheduleChange(const WeeklySchedule& schedule, LocalTime from,
                                            bool within) {
    if (!schedule.enabled) {
        return within ? std::nullopt : std::optional{from};
    }
    if (isWithinSchedule(schedule, from) != within) {
        return from;
    }
    // Within a week and a day every pattern of active days has shown a boundary, if it has any.
    constexpr int kDaysToLookAhead = 8;
    std::vector<LocalTime> boundaries;
    for (const Window& w : windowsAround(schedule, from, kDaysToLookAhead)) {
        boundaries.push_back(w.begin);
        boundaries.push_back(w.end);
    }
    std::sort(boundaries.begin(), boundaries.end());
    for (const LocalTime boundary : boundaries) {
        if (boundary > from && isWithinSchedule(schedule, boundary) != within) {
            return boundary;
        }
    }
    return std::nullopt;
}

std::optional<LocalTime> countingStarts(const WeeklySchedule& schedule, LocalTime at) {
    if (isWithinSchedule(schedule, at)) {
        return std::nullopt;
    }
    return nextScheduleChange(schedule, at, false);
}

LocalTime nextLocalMidnight(LocalTime at) {
    return std::chrono::floor<days>(at) + days{1};
}

} // namespace flexor::core
