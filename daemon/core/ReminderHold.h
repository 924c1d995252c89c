// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Time.h"

#include <optional>
#include <string>

namespace flexor::core {

// Why a due reminder may have to wait. Each reason has a longest wait of its own.
enum class HoldReason : unsigned {
    DoNotDisturb = 1U << 0U, // the desktop's do-not-disturb, or a fullscreen window
    Meeting = 1U << 1U,      // camera, microphone or screen sharing in use, or said by hand
};

// A set of reasons, as bits of HoldReason.
class HoldReasons {
public:
    HoldReasons() = default;
    HoldReasons(HoldReason r) // NOLINT(google-explicit-constructor): a reason is a set of one
        : bits_(static_cast<unsigned>(r)) {}

    bool has(HoldReason r) const { return (bits_ & static_cast<unsigned>(r)) != 0; }
    bool empty() const { return bits_ == 0; }
    void set(HoldReason r, bool on) {
        bits_ = on ? bits_ | static_cast<unsigned>(r) : bits_ & ~static_cast<unsigned>(r);
    }
    HoldReasons& operator|=(HoldReasons other) {
        bits_ |= other.bits_;
        return *this;
    }
    bool operator==(const HoldReasons&) const = default;

private:
    unsigned bits_ = 0;
};

// For logs: "meeting", "do-not-disturb", "meeting and do-not-disturb".
const char* holdReasonsName(HoldReasons reasons);
// Why a held reminder shows now, for the log: "meeting ended", or "waited dnd_max_delay" when
// it waited the longest allowed.
std::string holdReleaseName(HoldReasons waitedFor, bool waitedLongest);

// One rule for every reason: a due reminder waits while any reason holds, each reason at most
// its own longest wait counted from the moment the reminder fell due. Once a reminder has
// waited its longest, it (and its repeats) show until it is withdrawn: an endless meeting
// must not silence Flexor for good. Pure: it is told the time.
class ReminderHold {
public:
    struct Limits {
        Duration doNotDisturb{};
        Duration meeting{};
    };

    void setLimits(Limits limits) { limits_ = limits; }
    void setReason(HoldReason reason, bool on) { active_.set(reason, on); }
    HoldReasons active() const { return active_; }

    // A reminder falls due (or repeats) at `at`: true when it has to wait instead.
    bool holdBack(MonoTime at);
    bool waiting() const { return waiting_; }
    // Whether the waiting reminder may now be shown, the reasons having changed.
    bool mayRelease(MonoTime at) const { return waiting_ && !mustWait(at); }
    // The moment the longest wait of the reasons still holding runs out.
    std::optional<MonoTime> releaseAt() const;
    // The waiting reminder is shown: the reasons it waited for, for its wording.
    HoldReasons release(bool waitedLongest);
    // The reminder is gone (answered, withdrawn): the next one starts afresh.
    void forget();

private:
    bool mustWait(MonoTime at) const;
    Duration limit(HoldReason reason) const;

    Limits limits_;
    HoldReasons active_;
    HoldReasons heldBy_;
    std::optional<MonoTime> dueSince_; // the reminder first waited at this moment
    bool waiting_ = false;
    bool exhausted_ = false; // it waited its longest: no more waiting until it is gone
};

} // namespace flexor::core
