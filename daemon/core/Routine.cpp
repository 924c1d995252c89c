// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Routine.h"

namespace flexor::core {

int RoutineStep::holdCount() const {
    return rounds * (sides == Sides::LeftRight ? 2 : 1);
}

const std::string& RoutineStep::sideLabel(Side side) const {
    static const std::string none;
    switch (side) {
    case Side::Left:
        return leftLabel;
    case Side::Right:
        return rightLabel;
    case Side::None:
        break;
    }
    return none;
}

Duration totalLength(const Routine& routine) {
    Duration total{};
    for (const auto& step : routine.steps) {
        total += step.holdCount() * (routine.getReady + step.hold);
    }
    return total;
}

const char* sidesName(Sides sides) {
    return sides == Sides::LeftRight ? "left-right" : "none";
}

} // namespace flexor::core
