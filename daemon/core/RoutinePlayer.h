// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Routine.h"
#include "Time.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace flexor::core {

// One hold of the routine: which step, which side, which round (1-based).
struct RoutineHold {
    std::size_t step = 0;
    Side side = Side::None;
    int round = 1;

    bool operator==(const RoutineHold&) const = default;
};

enum class PlayerPhase {
    NotStarted,
    GetReady, // the short pause before a hold, to get into position
    Hold,
    Finished, // the last hold ended, or the user moved past it
    Stopped,  // the user gave up before the end
};

const char* phaseName(PlayerPhase phase);

// Where the player is at one moment: what the routine window shows.
struct PlayerPosition {
    PlayerPhase phase = PlayerPhase::NotStarted;
    bool paused = false;
    std::size_t holdIndex = 0; // index into holds(); meaningful in GetReady and Hold
    Duration phaseLength{};    // length of the current get-ready or hold
    Duration remaining{};      // what is left of it

    bool running() const { return phase == PlayerPhase::GetReady || phase == PlayerPhase::Hold; }
};

// Plays a routine as a timeline: a get-ready pause, then a hold, for every side and round of
// every step. Pure: it is told the time with each call and answers with its position and the
// next moment it must be woken (nextDue); it never sleeps and never reads a clock. Moments that
// became due between two calls are applied from the moment they were due, so a late wake-up
// does not stretch the routine.
class RoutinePlayer {
public:
    explicit RoutinePlayer(Routine routine);

    void start(MonoTime now);
    void advance(MonoTime now); // applies every phase change due up to now

    void pause(MonoTime now);
    void resume(MonoTime now);
    void togglePause(MonoTime now);
    void next(MonoTime now); // to the get-ready of the following hold; past the last: finished
    void back(MonoTime now); // to the get-ready of the previous hold (or restart the first)
    void stop(MonoTime now);

    PlayerPosition position(MonoTime now) const;
    std::optional<MonoTime> nextDue() const; // nothing while paused, before start and at the end

    // Time since start, pauses included; frozen once finished or stopped.
    Duration elapsed(MonoTime now) const;
    Duration totalLength() const; // the whole routine played without pauses or skips

    // Steps whose last hold ended (by the clock, or by Next during that hold).
    int stepsCompleted() const;

    const Routine& routine() const { return routine_; }
    const std::vector<RoutineHold>& holds() const { return holds_; }
    // The hold after the current one, for "next up"; nothing on the last hold or at the end.
    std::optional<RoutineHold> upcoming() const;
    // The hold being prepared for or held; nothing before start and at the end.
    std::optional<RoutineHold> current() const;

private:
    void enterGetReady(std::size_t holdIndex, MonoTime at);
    void enterHold(MonoTime at);
    void leaveHold(MonoTime at);
    void end(PlayerPhase phase, MonoTime at);
    bool isRunning() const;
    Duration currentPhaseLength() const;
    MonoTime phaseEnd() const;

    Routine routine_;
    std::vector<RoutineHold> holds_;
    std::vector<bool> stepDone_;
    PlayerPhase phase_ = PlayerPhase::NotStarted;
    std::size_t holdIndex_ = 0;
    MonoTime startedAt_{};
    MonoTime endedAt_{};
    MonoTime phaseStartedAt_{}; // shifted forward by pauses, so phaseEnd stays start + length
    std::optional<MonoTime> pausedAt_;
};

} // namespace flexor::core
