// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "EngineSettings.h"
#include "Time.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace flexor::core::event {

// Presence: the platform reports idle only once it reached awayAfter, with the moment it began.
struct UserIdle {
    MonoTime idleSince;
};
struct UserActive {};
struct ScreenLocked {};
struct ScreenUnlocked {};
struct SleepStarted {};
struct Resumed {};
// An application inhibits idle (a video, a call): idle alone does not mean the user got up.
// A locked screen still does.
struct PresentWithoutInput {
    bool on = true;
};
// A meeting (camera, microphone or screen sharing in use, or said by hand): the user sits
// without input, and a reminder that falls due waits until it ends.
struct Meeting {
    bool on = true;
};
// Do-not-disturb or a fullscreen window: a reminder that falls due waits until it ends.
struct DoNotDisturb {
    bool on = true;
};
// Idle for eye_break_for or more (on), then input again (off): the eyes rested. Reported only
// while eye breaks are on; idle of awayAfter still comes as UserIdle.
struct EyesResting {
    bool on = true;
};
// A break the user took through another program (GNOME's own movement break), just ended.
struct ExternalBreak {
    Duration lasted{};
};

// A busy stretch of the user's calendar, on both clocks: the app layer turns the calendar's
// wall time into the engine's monotonic time, and keeps the local start for the wording.
struct CalendarMeeting {
    MonoTime start;
    MonoTime end;
    LocalTime startLocal;

    bool operator==(const CalendarMeeting&) const = default;
};
// The calendar's busy stretches ahead (all of them, replacing the ones told before). During
// one, being away from the computer is sitting in a meeting, and a due reminder waits for it.
struct CalendarBusy {
    std::vector<CalendarMeeting> meetings;
};

// The user's answers and commands.
struct RoutineStarted {
    std::string routine;
};
struct RoutineFinished {
    int stepsCompleted = 0;
};
struct RoutineAbandoned {
    Duration ranFor{};
    int stepsCompleted = 0;
};
struct Snooze {
    std::optional<Duration> length; // empty: the configured snooze
};
struct Skip {};
struct Pause {
    std::optional<Duration> length; // empty: until tomorrow (next local midnight)
};
struct Resume {};
struct Standing {
    bool on = true; // on while already standing renews the limit
    // "Stand for a while" (standing desks): ask whether to sit again after this long.
    std::optional<Duration> askAfter = std::nullopt;
};
struct SettingsChanged {
    EngineSettings settings;
};

// Another machine of the same person, as its shared folder tells (times already on this
// machine's monotonic clock). `peer` names the machine.
// It is in use (input, or a meeting) since `since`; `seen` is the latest word from it.
struct PresentElsewhere {
    std::string peer;
    MonoTime since;
    MonoTime seen;
};
// It is idle, locked, asleep or quit since `since`.
struct AwayElsewhere {
    std::string peer;
    MonoTime since;
};
// A real break was taken there (a finished routine, one long enough, another program's break).
struct BreakElsewhere {
    std::string peer;
    MonoTime at;
};
// The reminder was answered there: it holds here too.
struct AnsweredElsewhere {
    enum class Answer { Snooze, Skip, RoutineStarted, RoutineEnded };
    std::string peer;
    Answer answer = Answer::Snooze;
    MonoTime at;
    MonoTime until; // Snooze: when it ends
};

} // namespace flexor::core::event

namespace flexor::core {

using EngineEvent =
    std::variant<event::UserIdle, event::UserActive, event::ScreenLocked, event::ScreenUnlocked,
                 event::SleepStarted, event::Resumed, event::PresentWithoutInput, event::Meeting,
                 event::DoNotDisturb, event::ExternalBreak, event::RoutineStarted,
                 event::RoutineFinished, event::RoutineAbandoned, event::Snooze, event::Skip,
                 event::Pause, event::Resume, event::Standing, event::SettingsChanged,
                 event::PresentElsewhere, event::AwayElsewhere, event::BreakElsewhere,
                 event::AnsweredElsewhere, event::EyesResting, event::CalendarBusy>;

// A short stable name for logs ("user-idle", "snooze", ...).
const char* eventName(const EngineEvent& e);

} // namespace flexor::core
