// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Routine.h"
#include "core/RoutinePlayer.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>
#include <utility>

namespace flexor::routine {

// The routine's controller, apart from its window: it advances the RoutinePlayer, keeps the one
// timer armed for the player's next due moment, and decides how the routine ended (exactly one
// of finished(), abandoned() or skipped()). The window only draws what it is told and passes the
// user's commands on; nothing here draws.
class RoutineController : public QObject {
    Q_OBJECT
public:
    using MonoClock = std::function<core::MonoTime()>;

    RoutineController(core::Routine routine, MonoClock clock, QObject* parent = nullptr);

    const core::RoutinePlayer& player() const { return player_; }
    core::PlayerPosition position() const { return player_.position(clock_()); }
    core::MonoTime now() const { return clock_(); }
    bool started() const { return position().phase != core::PlayerPhase::NotStarted; }

    void start();
    void togglePause();
    void next();
    void back();
    // Ends the routine early: abandoned, or skipped when the break screen's skip was confirmed.
    void stop(bool skipped);

signals:
    // The player entered another phase or hold: the window draws it, guidance speaks it.
    void phaseChanged();
    // After any change (a new phase, pause, resume): the window updates its countdown.
    void updated();
    void pausedChanged(bool paused);
    void finished(int stepsCompleted);
    void abandoned(qint64 ranForMs, int stepsCompleted);
    void skipped(qint64 ranForMs, int stepsCompleted);

private:
    void sync(); // after any change: advance, report what changed, arm the timer
    void logPhase(const core::PlayerPosition& position, core::MonoTime now) const;
    void sendOutcome(core::PlayerPhase phase, core::MonoTime now);

    MonoClock clock_;
    core::RoutinePlayer player_;
    QTimer dueTimer_;
    bool skipped_ = false;
    bool outcomeSent_ = false;
    std::optional<std::pair<core::PlayerPhase, std::size_t>> shownPhase_;
};

} // namespace flexor::routine
