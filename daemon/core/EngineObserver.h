// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "EyeBreaks.h"
#include "ReminderHold.h"
#include "SittingState.h"
#include "Time.h"

#include <optional>
#include <string>

namespace flexor::core {

// What is worth keeping in the history, one entry per fact.
enum class JournalKind {
    Streak,         // a sitting streak ended: start..end
    NaturalBreak,   // away (idle/locked/asleep) for at least awayAfter
    RoutineBreak,   // routine finished (detail: routine name)
    AbandonedBreak, // routine abandoned after at least minRoutine
    SkippedBreak,   // the user skipped the reminder
    Reminder,       // a reminder was shown (detail: "escalated" when urgent)
    Snooze,         // the user snoozed (length: snooze length)
    Pause,          // a pause ended: start..end
    Standing,       // a standing period ended: start..end
};

struct JournalEntry {
    JournalKind kind;
    LocalTime start;   // wall time the fact began
    Duration length{}; // how long it lasted (0 for instants)
    std::string detail;
};

struct Reminder {
    Duration streak{};   // how long the user has sat
    int snoozesUsed = 0; // snoozes since the last real break
    bool escalated = false;
    bool repeat = false;        // the same reminder shown again (update in place)
    HoldReasons waitedFor;      // it waited for these to end (a meeting: "Meeting over: ...")
    bool waitedLongest = false; // it waited the longest allowed and shows although they hold
    // It comes early, before the calendar meeting starting at this local time.
    std::optional<LocalTime> beforeMeeting;
};

struct Transition {
    SittingState from;
    SittingState to;
    std::string reason; // a short name of what caused it: "reached remind_after", "user-idle", ...
};

// The single interface through which the engine talks to the rest of the program.
class EngineObserver {
public:
    virtual ~EngineObserver() = default;
    virtual void onTransition(const Transition& t) = 0;
    virtual void onReminder(const Reminder& r) = 0;
    virtual void onReminderWithdrawn() = 0;
    virtual void onJournal(const JournalEntry& e) = 0;
    // A due reminder waits for these reasons to end; onReminder follows when it may show.
    virtual void onReminderHeld(HoldReasons /*reasons*/) {}
    // A due reminder is shown on another machine, where the person is now (share_folder).
    virtual void onReminderElsewhere() {}
    // An eye break fell due: shown, or skipped (see EyeBreak::shown()).
    virtual void onEyeBreak(const EyeBreak& /*e*/) {}
    // Standing that began with "Stand for a while" reached its time: ask "back to sitting?".
    // Standing goes on until the answer (or standingLimit).
    virtual void onStandingTimeUp(Duration /*stood*/) {}
};

} // namespace flexor::core
