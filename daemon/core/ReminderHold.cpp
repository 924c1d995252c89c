// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReminderHold.h"

#include <algorithm>
#include <array>

namespace flexor::core {

namespace {

constexpr std::array kAllReasons{HoldReason::DoNotDisturb, HoldReason::Meeting};

} // namespace

const char* holdReasonsName(HoldReasons reasons) {
    const bool meeting = reasons.has(HoldReason::Meeting);
    const bool dnd = reasons.has(HoldReason::DoNotDisturb);
    if (meeting && dnd) {
        return "meeting and do-not-disturb";
    }
    return meeting ? "meeting" : dnd ? "do-not-disturb" : "nothing";
}

std::string holdReleaseName(HoldReasons waitedFor, bool waitedLongest) {
    if (waitedLongest) {
        return waitedFor.has(HoldReason::Meeting) ? "waited meeting_max_delay"
                                                  : "waited dnd_max_delay";
    }
    return std::string(holdReasonsName(waitedFor)) + " ended";
}

Duration ReminderHold::limit(HoldReason reason) const {
    switch (reason) {
    case HoldReason::DoNotDisturb:
        return limits_.doNotDisturb;
    case HoldReason::Meeting:
        return limits_.meeting;
    }
    return {};
}

bool ReminderHold::mustWait(MonoTime at) const {
    if (exhausted_) {
        return false;
    }
    const MonoTime since = dueSince_.value_or(at);
    return std::any_of(kAllReasons.begin(), kAllReasons.end(),
                       [&](HoldReason r) { return active_.has(r) && at < since + limit(r); });
}

bool ReminderHold::holdBack(MonoTime at) {
    if (!mustWait(at)) {
        return false;
    }
    if (!dueSince_) {
        dueSince_ = at;
    }
    for (const HoldReason r : kAllReasons) {
        if (active_.has(r) && at < *dueSince_ + limit(r)) {
            heldBy_.set(r, true);
        }
    }
    waiting_ = true;
    return true;
}

std::optional<MonoTime> ReminderHold::releaseAt() const {
    if (!waiting_ || !dueSince_) {
        return std::nullopt;
    }
    std::optional<MonoTime> latest;
    for (const HoldReason r : kAllReasons) {
        if (active_.has(r)) {
            const MonoTime end = *dueSince_ + limit(r);
            latest = latest ? std::max(*latest, end) : end;
        }
    }
    return latest;
}

HoldReasons ReminderHold::release(bool waitedLongest) {
    const HoldReasons heldBy = heldBy_;
    waiting_ = false;
    heldBy_ = {};
    if (waitedLongest) {
        exhausted_ = true;
    } else {
        dueSince_.reset(); // a repeat that meets a new hold waits afresh
    }
    return heldBy;
}

void ReminderHold::forget() {
    waiting_ = false;
    exhausted_ = false;
    heldBy_ = {};
    dueSince_.reset();
}

} // namespace flexor::core
