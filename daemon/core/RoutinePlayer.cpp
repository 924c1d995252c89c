// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutinePlayer.h"

#include <algorithm>
#include <utility>

namespace flexor::core {

namespace {

std::vector<RoutineHold> layOutHolds(const Routine& routine) {
    std::vector<RoutineHold> holds;
    for (std::size_t step = 0; step < routine.steps.size(); ++step) {
        const auto& s = routine.steps[step];
        for (int round = 1; round <= s.rounds; ++round) {
            if (s.sides == Sides::LeftRight) {
                holds.push_back({step, Side::Left, round});
                holds.push_back({step, Side::Right, round});
            } else {
                holds.push_back({step, Side::None, round});
            }
        }
    }
    return holds;
}

} // namespace

const char* phaseName(PlayerPhase phase) {
    switch (phase) {
    case PlayerPhase::NotStarted:
        return "not-started";
    case PlayerPhase::GetReady:
        return "get-ready";
    case PlayerPhase::Hold:
        return "hold";
    case PlayerPhase::Finished:
        return "finished";
    case PlayerPhase::Stopped:
        return "stopped";
    }
    return "unknown";
}

RoutinePlayer::RoutinePlayer(Routine routine)
    : routine_(std::move(routine))
    , holds_(layOutHolds(routine_))
    , stepDone_(routine_.steps.size(), false) {}

void RoutinePlayer::start(MonoTime now) {
    if (phase_ != PlayerPhase::NotStarted) {
        return;
    }
    startedAt_ = now;
    if (holds_.empty()) {
        end(PlayerPhase::Finished, now);
        return;
    }
    enterGetReady(0, now);
}

void RoutinePlayer::advance(MonoTime now) {
    while (!pausedAt_ && isRunning() && phaseEnd() <= now) {
        const MonoTime due = phaseEnd();
        if (phase_ == PlayerPhase::GetReady) {
            enterHold(due);
        } else {
            leaveHold(due);
        }
    }
}

void RoutinePlayer::pause(MonoTime now) {
    advance(now);
    if (isRunning() && !pausedAt_) {
        pausedAt_ = now;
    }
}

void RoutinePlayer::resume(MonoTime now) {
    if (!pausedAt_) {
        return;
    }
    phaseStartedAt_ += now - *pausedAt_;
    pausedAt_.reset();
    advance(now);
}

void RoutinePlayer::togglePause(MonoTime now) {
    if (pausedAt_) {
        resume(now);
    } else {
        pause(now);
    }
}

void RoutinePlayer::next(MonoTime now) {
    advance(now);
    if (!isRunning()) {
        return;
    }
    if (phase_ == PlayerPhase::Hold) {
        leaveHold(now);
    } else if (holdIndex_ + 1 < holds_.size()) {
        enterGetReady(holdIndex_ + 1, now);
    } else {
        end(PlayerPhase::Finished, now);
    }
}

void RoutinePlayer::back(MonoTime now) {
    advance(now);
    if (!isRunning()) {
        return;
    }
    enterGetReady(holdIndex_ > 0 ? holdIndex_ - 1 : 0, now);
}

void RoutinePlayer::stop(MonoTime now) {
    advance(now);
    if (isRunning()) {
        end(PlayerPhase::Stopped, now);
    }
}

PlayerPosition RoutinePlayer::position(MonoTime now) const {
    PlayerPosition p;
    p.phase = phase_;
    p.paused = pausedAt_.has_value();
    if (!isRunning()) {
        return p;
    }
    p.holdIndex = holdIndex_;
    p.phaseLength = currentPhaseLength();
    const MonoTime reference = pausedAt_.value_or(now);
    p.remaining = std::clamp(phaseEnd() - reference, Duration{}, p.phaseLength);
    return p;
}

std::optional<MonoTime> RoutinePlayer::nextDue() const {
    if (pausedAt_ || !isRunning()) {
        return std::nullopt;
    }
    return phaseEnd();
}

Duration RoutinePlayer::elapsed(MonoTime now) const {
    switch (phase_) {
    case PlayerPhase::NotStarted:
        return {};
    case PlayerPhase::Finished:
    case PlayerPhase::Stopped:
        return endedAt_ - startedAt_;
    case PlayerPhase::GetReady:
    case PlayerPhase::Hold:
        break;
    }
    return now - startedAt_;
}

Duration RoutinePlayer::totalLength() const {
    return core::totalLength(routine_);
}

int RoutinePlayer::stepsCompleted() const {
    return static_cast<int>(std::count(stepDone_.begin(), stepDone_.end(), true));
}

std::optional<RoutineHold> RoutinePlayer::upcoming() const {
    if (!current() || holdIndex_ + 1 >= holds_.size()) {
        return std::nullopt;
    }
    return holds_[holdIndex_ + 1];
}

std::optional<RoutineHold> RoutinePlayer::current() const {
    if (!isRunning()) {
        return std::nullopt;
    }
    return holds_[holdIndex_];
}

void RoutinePlayer::enterGetReady(std::size_t holdIndex, MonoTime at) {
    holdIndex_ = holdIndex;
    phase_ = PlayerPhase::GetReady;
    phaseStartedAt_ = pausedAt_.value_or(at);
    if (routine_.getReady <= Duration{} && !pausedAt_) {
        enterHold(at);
    }
}

void RoutinePlayer::enterHold(MonoTime at) {
    phase_ = PlayerPhase::Hold;
    phaseStartedAt_ = pausedAt_.value_or(at);
}

void RoutinePlayer::leaveHold(MonoTime at) {
    const auto& hold = holds_[holdIndex_];
    const bool lastHoldOfStep =
        holdIndex_ + 1 == holds_.size() || holds_[holdIndex_ + 1].step != hold.step;
    if (lastHoldOfStep) {
        stepDone_[hold.step] = true;
    }
    if (holdIndex_ + 1 < holds_.size()) {
        enterGetReady(holdIndex_ + 1, at);
    } else {
        end(PlayerPhase::Finished, at);
    }
}

void RoutinePlayer::end(PlayerPhase phase, MonoTime at) {
    phase_ = phase;
    endedAt_ = at;
    pausedAt_.reset();
}

bool RoutinePlayer::isRunning() const {
    return phase_ == PlayerPhase::GetReady || phase_ == PlayerPhase::Hold;
}

Duration RoutinePlayer::currentPhaseLength() const {
    return phase_ == PlayerPhase::GetReady ? routine_.getReady
                                           : routine_.steps[holds_[holdIndex_].step].hold;
}

MonoTime RoutinePlayer::phaseEnd() const {
    return phaseStartedAt_ + currentPhaseLength();
}

} // namespace flexor::core
