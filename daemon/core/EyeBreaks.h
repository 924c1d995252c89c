// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ReminderHold.h"
#include "Time.h"

#include <optional>

namespace flexor::core {

// What became of an eye break that fell due.
struct EyeBreak {
    Duration lookFor{};     // how long to look away (the notification's own timeout)
    HoldReasons skippedFor; // do-not-disturb or a meeting: skipped, not queued
    bool yielded = false;   // the sitting reminder falls due with it and counts as the eye break
    bool shown() const { return skippedFor.empty() && !yielded; }
};

// The 20-20-20 rule: after `every` of looking at the screen, look at something far away for
// `lookFor`. Pure: the sitting engine tells it when the person watches the screen and when
// they looked away, and asks when the next eye break is due.
//
// The count restarts whenever the eyes rested: after looking away (idle) for at least
// `lookFor`, after a lock, sleep, pause, routine or any other time away from the screen, after
// a meeting, and after a sitting reminder (which counts as an eye break). An eye break due
// during do-not-disturb or a meeting is skipped, and the count starts over from there.
class EyeBreaks {
public:
    void configure(bool enabled, Duration every, Duration lookFor, MonoTime at);
    // The engine's state lets the person look at the screen (sitting or standing at the desk,
    // no reminder showing). False to true restarts the count.
    void setWatching(bool watching, MonoTime at);
    // Idle for lookFor or more (the eyes rest); input again restarts the count.
    void setLookingAway(bool away, MonoTime at);
    // Do-not-disturb or a meeting: an eye break due meanwhile is skipped. A meeting's end
    // restarts the count.
    void setQuiet(HoldReason reason, bool on, MonoTime at);

    bool enabled() const { return enabled_; }
    Duration lookFor() const { return lookFor_; }
    std::optional<MonoTime> nextDue() const;

    // The due moment came: what to do with it. reminderDueAt is when the sitting reminder
    // falls due next, if it is ahead. The count starts over in every case.
    EyeBreak fallDue(MonoTime at, std::optional<MonoTime> reminderDueAt);

private:
    bool counting() const { return enabled_ && watching_ && !lookingAway_; }

    bool enabled_ = false;
    Duration every_ = std::chrono::minutes{20};
    Duration lookFor_ = std::chrono::seconds{20};
    bool watching_ = false;
    bool lookingAway_ = false;
    HoldReasons quiet_;
    MonoTime countSince_{};
};

} // namespace flexor::core
