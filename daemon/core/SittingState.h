// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Time.h"

#include <optional>
#include <string_view>

namespace flexor::core {

enum class SittingState {
    Sitting,     // present, streak growing, no reminder due yet
    ReminderDue, // streak reached remindAfter; a reminder is showing
    Snoozed,     // reminder postponed; streak still growing
    InRoutine,   // the guided routine is running; streak frozen
    Standing,    // standing desk mode; streak frozen
    Away,        // idle, locked or asleep
    Paused,      // the user paused Flexor
    OffSchedule, // outside active days/hours
};

// Stable lower-case name used in logs, D-Bus and the CLI ("reminder-due", ...).
std::string_view stateName(SittingState s);
std::optional<SittingState> stateFromName(std::string_view name);

// What the engine reports about itself at a moment.
struct EngineStatus {
    SittingState state = SittingState::Sitting;
    Duration streak{};                   // continuous sitting so far
    bool streakRunning = false;          // the streak grows with the clock
    std::optional<Duration> reminderIn;  // until the next reminder, when one is ahead
    std::optional<Duration> stateEndsIn; // snooze, pause or standing: until it ends by itself
    int snoozesUsed = 0;                 // since the last real break
    bool escalated = false;              // the current or next reminder is urgent
    bool locked = false;
    bool presentWithoutInput = false; // an application inhibits idle
    bool meeting = false;
    bool reminderHeld = false;    // a due reminder waits (do-not-disturb, meeting)
    bool elsewhere = false;       // away here, but sitting at another machine: the streak goes on
    int machinesElsewhere = 0;    // other machines of the person in use now (share_folder)
    bool calendarMeeting = false; // the calendar says the user is in a meeting now
    // A meeting (detected, by hand or in the calendar) goes on: it began at this local time
    // (a calendar meeting at its start in the calendar, one detected when it was noticed).
    std::optional<LocalTime> meetingSince;
    // The next reminder comes early, before the calendar meeting starting at this local time.
    std::optional<LocalTime> reminderBeforeMeeting;
};

} // namespace flexor::core
