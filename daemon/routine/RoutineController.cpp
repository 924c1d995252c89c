// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutineController.h"

#include <spdlog/spdlog.h>

namespace flexor::routine {

namespace {
using std::chrono::duration_cast;
using std::chrono::seconds;
} // namespace

RoutineController::RoutineController(core::Routine routine, MonoClock clock, QObject* parent)
    : QObject(parent)
    , clock_(std::move(clock))
    , player_(std::move(routine)) {
    dueTimer_.setSingleShot(true);
    dueTimer_.setTimerType(Qt::PreciseTimer);
    connect(&dueTimer_, &QTimer::timeout, this, &RoutineController::sync);
}

void RoutineController::start() {
    if (started()) {
        return;
    }
    player_.start(clock_());
    spdlog::info("routine {} started: {} holds, {} s in all", player_.routine().name,
                 player_.holds().size(), duration_cast<seconds>(player_.totalLength()).count());
    sync();
}

void RoutineController::togglePause() {
    player_.togglePause(clock_());
    const bool paused = position().paused;
    spdlog::info("routine {} {}", player_.routine().name, paused ? "paused" : "resumed");
    sync();
    emit pausedChanged(paused);
}

void RoutineController::next() {
    player_.next(clock_());
    sync();
}

void RoutineController::back() {
    player_.back(clock_());
    sync();
}

void RoutineController::stop(bool skipped) {
    skipped_ = skipped;
    player_.stop(clock_());
    sync();
}

void RoutineController::sync() {
    const auto now = clock_();
    player_.advance(now);
    const auto position = player_.position(now);
    if (const auto due = player_.nextDue()) {
        dueTimer_.start(core::millisecondsUntil(*due, now));
    } else {
        dueTimer_.stop();
    }
    const auto shown = std::pair(position.phase, position.holdIndex);
    if (shownPhase_ != shown) {
        shownPhase_ = shown;
        logPhase(position, now);
        emit phaseChanged();
    }
    emit updated();
    sendOutcome(position.phase, now);
}

void RoutineController::logPhase(const core::PlayerPosition& position, core::MonoTime now) const {
    if (position.running()) {
        spdlog::info("routine {}: {} (hold {} of {})", player_.routine().name,
                     core::phaseName(position.phase), position.holdIndex + 1,
                     player_.holds().size());
    } else {
        spdlog::info("routine {} {} after {} s, {} of {} steps completed", player_.routine().name,
                     core::phaseName(position.phase),
                     duration_cast<seconds>(player_.elapsed(now)).count(), player_.stepsCompleted(),
                     player_.routine().steps.size());
    }
}

void RoutineController::sendOutcome(core::PlayerPhase phase, core::MonoTime now) {
    if (outcomeSent_) {
        return;
    }
    if (phase == core::PlayerPhase::Finished) {
        outcomeSent_ = true;
        emit finished(player_.stepsCompleted());
    } else if (phase == core::PlayerPhase::Stopped) {
        outcomeSent_ = true;
        if (skipped_) {
            emit skipped(player_.elapsed(now).count(), player_.stepsCompleted());
        } else {
            emit abandoned(player_.elapsed(now).count(), player_.stepsCompleted());
        }
    }
}

} // namespace flexor::routine
