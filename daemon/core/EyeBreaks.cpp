// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EyeBreaks.h"

namespace flexor::core {

void EyeBreaks::configure(bool enabled, Duration every, Duration lookFor, MonoTime at) {
    const bool changed = enabled != enabled_ || every != every_;
    enabled_ = enabled;
    every_ = every;
    lookFor_ = lookFor;
    if (changed) {
        countSince_ = at;
    }
}

void EyeBreaks::setWatching(bool watching, MonoTime at) {
    if (watching && !watching_) {
        countSince_ = at;
    }
    watching_ = watching;
}

void EyeBreaks::setLookingAway(bool away, MonoTime at) {
    if (!away && lookingAway_) {
        countSince_ = at;
    }
    lookingAway_ = away;
}

void EyeBreaks::setQuiet(HoldReason reason, bool on, MonoTime at) {
    if (reason == HoldReason::Meeting && !on && quiet_.has(HoldReason::Meeting)) {
        countSince_ = at;
    }
    quiet_.set(reason, on);
}

std::optional<MonoTime> EyeBreaks::nextDue() const {
    if (!counting() || every_ <= Duration{}) {
        return std::nullopt;
    }
    return countSince_ + every_;
}

// A sitting reminder due before this eye break would be over wins: two notifications at
// once help nobody, and the reminder is a longer break for the eyes too.
EyeBreak EyeBreaks::fallDue(MonoTime at, std::optional<MonoTime> reminderDueAt) {
    countSince_ = at;
    EyeBreak e;
    e.lookFor = lookFor_;
    e.skippedFor = quiet_;
    e.yielded = reminderDueAt && *reminderDueAt <= at + lookFor_;
    return e;
}

} // namespace flexor::core
