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
    : m_routine(std::move(routine))
    , m_holds(layOutHolds(m_routine))
    , m_stepDone(m_routine.steps.size(), false) {}

void RoutinePlayer::start(MonoTime now) {
    if (m_phase != PlayerPhase::NotStarted) {
        return;
    }
    m_startedAt = now;
    if (m_holds.empty()) {
        end(PlayerPhase::Finished, now);
        return;
    }
    enterGetReady(0, now);
}

void RoutinePlayer::advance(MonoTime now) {
    while (!m_pausedAt && isRunning() && phaseEnd() <= now) {
        const MonoTime due = phaseEnd();
        if (m_phase == PlayerPhase::GetReady) {
            enterHold(due);
        } else {
            leaveHold(due);
        }
    }
}

void RoutinePlayer::pause(MonoTime now) {
    advance(now);
    if (isRunning() && !m_pausedAt) {
        m_pausedAt = now;
    }
}

void RoutinePlayer::resume(MonoTime now) {
    if (!m_pausedAt) {
        return;
    }
    m_phaseStartedAt += now - *m_pausedAt;
    m_pausedAt.reset();
    advance(now);
}

void RoutinePlayer::togglePause(MonoTime now) {
    if (m_pausedAt) {
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
    if (m_phase == PlayerPhase::Hold) {
        leaveHold(now);
    } else if (m_holdIndex + 1 < m_holds.size()) {
        enterGetReady(m_holdIndex + 1, now);
    } else {
        end(PlayerPhase::Finished, now);
    }
}

void RoutinePlayer::back(MonoTime now) {
    advance(now);
    if (!isRunning()) {
        return;
    }
    enterGetReady(m_holdIndex > 0 ? m_holdIndex - 1 : 0, now);
}

void RoutinePlayer::stop(MonoTime now) {
    advance(now);
    if (isRunning()) {
        end(PlayerPhase::Stopped, now);
    }
}

PlayerPosition RoutinePlayer::position(MonoTime now) const {
    PlayerPosition p;
    p.phase = m_phase;
    p.paused = m_pausedAt.has_value();
    if (!isRunning()) {
        return p;
    }
    p.holdIndex = m_holdIndex;
    p.phaseLength = currentPhaseLength();
    const MonoTime reference = m_pausedAt.value_or(now);
    p.remaining = std::clamp(phaseEnd() - reference, Duration{}, p.phaseLength);
    return p;
}

std::optional<MonoTime> RoutinePlayer::nextDue() const {
    if (m_pausedAt || !isRunning()) {
        return std::nullopt;
    }
    return phaseEnd();
}

Duration RoutinePlayer::elapsed(MonoTime now) const {
    switch (m_phase) {
    case PlayerPhase::NotStarted:
        return {};
    case PlayerPhase::Finished:
    case PlayerPhase::Stopped:
        return m_endedAt - m_startedAt;
    case PlayerPhase::GetReady:
    case PlayerPhase::Hold:
        break;
    }
    return now - m_startedAt;
}

Duration RoutinePlayer::totalLength() const {
    return core::totalLength(m_routine);
}

int RoutinePlayer::stepsCompleted() const {
    return static_cast<int>(std::count(m_stepDone.begin(), m_stepDone.end(), true));
}

std::optional<RoutineHold> RoutinePlayer::upcoming() const {
    if (!current() || m_holdIndex + 1 >= m_holds.size()) {
        return std::nullopt;
    }
    return m_holds[m_holdIndex + 1];
}

std::optional<RoutineHold> RoutinePlayer::current() const {
    if (!isRunning()) {
        return std::nullopt;
    }
    return m_holds[m_holdIndex];
}

void RoutinePlayer::enterGetReady(std::size_t holdIndex, MonoTime at) {
    m_holdIndex = holdIndex;
    m_phase = PlayerPhase::GetReady;
    m_phaseStartedAt = m_pausedAt.value_or(at);
    if (m_routine.getReady <= Duration{} && !m_pausedAt) {
        enterHold(at);
    }
}

void RoutinePlayer::enterHold(MonoTime at) {
    m_phase = PlayerPhase::Hold;
    m_phaseStartedAt = m_pausedAt.value_or(at);
}

void RoutinePlayer::leaveHold(MonoTime at) {
    const auto& hold = m_holds[m_holdIndex];
    const bool lastHoldOfStep =
        m_holdIndex + 1 == m_holds.size() || m_holds[m_holdIndex + 1].step != hold.step;
    if (lastHoldOfStep) {
        m_stepDone[hold.step] = true;
    }
    if (m_holdIndex + 1 < m_holds.size()) {
        enterGetReady(m_holdIndex + 1, at);
    } else {
        end(PlayerPhase::Finished, at);
    }
}

void RoutinePlayer::end(PlayerPhase phase, MonoTime at) {
    m_phase = phase;
    m_endedAt = at;
    m_pausedAt.reset();
}

bool RoutinePlayer::isRunning() const {
    return m_phase == PlayerPhase::GetReady || m_phase == PlayerPhase::Hold;
}

Duration RoutinePlayer::currentPhaseLength() const {
    return m_phase == PlayerPhase::GetReady ? m_routine.getReady
                                            : m_routine.steps[m_holds[m_holdIndex].step].hold;
}

MonoTime RoutinePlayer::phaseEnd() const {
    return m_phaseStartedAt + currentPhaseLength();
}

} // namespace flexor::core
