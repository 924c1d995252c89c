// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Routine.h"
#include "core/Time.h"

namespace flexor::core::test {

// Seconds after the start of a test timeline.
inline MonoTime at(Duration sinceStart) {
    return MonoTime{} + 1h + sinceStart;
}

inline RoutineStep step(std::string title, Duration hold, Sides sides = Sides::None,
                        int rounds = 1) {
    RoutineStep s;
    s.title = std::move(title);
    s.instructions.doing = "Do it.";
    s.hold = hold;
    s.sides = sides;
    s.rounds = rounds;
    return s;
}

// Kneel 30 s each side, then bridge 15 s three times; 5 s to get ready before every hold.
inline Routine kneelThenBridge() {
    Routine r;
    r.name = "test";
    r.title = "Test routine";
    r.getReady = 5s;
    r.steps = {step("Kneel", 30s, Sides::LeftRight), step("Bridge", 15s, Sides::None, 3)};
    return r;
}

} // namespace flexor::core::test
