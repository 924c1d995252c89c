// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StatusProjection.h"

#include <optional>

namespace flexor::core {

namespace {

std::optional<Duration> countDown(std::optional<Duration> left, Duration elapsed) {
    if (!left) {
        return std::nullopt;
    }
    return std::max(*left - elapsed, Duration::zero());
}

bool near(Duration a, Duration b, Duration tolerance) {
    return (a > b ? a - b : b - a) <= tolerance;
}

bool near(std::optional<Duration> a, std::optional<Duration> b, Duration tolerance) {
    return a.has_value() == b.has_value() && (!a || near(*a, *b, tolerance));
}

} // namespace

EngineStatus projectStatus(const EngineStatus& status, Duration elapsed) {
    EngineStatus later = status;
    if (status.streakRunning) {
        later.streak += elapsed;
    }
    later.reminderIn = countDown(status.reminderIn, elapsed);
    later.stateEndsIn = countDown(status.stateEndsIn, elapsed);
    return later;
}

bool changedBeyondTheClock(const EngineStatus& expected, const EngineStatus& actual,
                           Duration tolerance) {
    return expected.state != actual.state || expected.streakRunning != actual.streakRunning ||
           expected.snoozesUsed != actual.snoozesUsed || expected.escalated != actual.escalated ||
           expected.locked != actual.locked ||
           expected.presentWithoutInput != actual.presentWithoutInput ||
           expected.meeting != actual.meeting || expected.reminderHeld != actual.reminderHeld ||
           expected.elsewhere != actual.elsewhere ||
           expected.machinesElsewhere != actual.machinesElsewhere ||
           !near(expected.streak, actual.streak, tolerance) ||
           !near(expected.reminderIn, actual.reminderIn, tolerance) ||
           !near(expected.stateEndsIn, actual.stateEndsIn, tolerance);
}

} // namespace flexor::core
