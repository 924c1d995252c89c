// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Streak.h"

#include <algorithm>

namespace flexor::core {

Duration Streak::length(MonoTime at) const {
    if (!runningSince_) {
        return banked_;
    }
    // A moment before the counting started (e.g. idle that began earlier) adds nothing.
    return banked_ + std::max(Duration{}, at - *runningSince_);
}

Duration Streak::span(MonoTime end) const {
    const MonoTime lastSat = runningSince_ ? std::max(end, *runningSince_) : frozenAt_;
    return std::max(Duration{}, lastSat - startedAtMono_);
}

void Streak::run(Instant at) {
    if (runningSince_) {
        return;
    }
    if (banked_ == Duration{}) {
        startedAt_ = at.local;
        startedAtMono_ = at.mono;
    }
    runningSince_ = at.mono;
}

void Streak::freeze(MonoTime at) {
    banked_ = length(at);
    runningSince_.reset();
    frozenAt_ = at;
}

void Streak::restore(Duration soFar, Instant at) {
    banked_ = soFar;
    runningSince_ = at.mono;
    startedAt_ = at.local - std::chrono::duration_cast<std::chrono::seconds>(soFar);
    startedAtMono_ = at.mono - soFar;
}

void Streak::clear() {
    banked_ = Duration{};
    runningSince_.reset();
}

} // namespace flexor::core
