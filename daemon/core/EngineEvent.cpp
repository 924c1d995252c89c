// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EngineEvent.h"

namespace flexor::core {

namespace {

const char* nameOf(const event::UserIdle&) {
    return "user-idle";
}
const char* nameOf(const event::UserActive&) {
    return "user-active";
}
const char* nameOf(const event::ScreenLocked&) {
    return "screen-locked";
}
const char* nameOf(const event::ScreenUnlocked&) {
    return "screen-unlocked";
}
const char* nameOf(const event::SleepStarted&) {
    return "sleep-started";
}
const char* nameOf(const event::Resumed&) {
    return "resumed";
}
const char* nameOf(const event::PresentWithoutInput& e) {
    return e.on ? "idle-inhibited" : "idle-uninhibited";
}
const char* nameOf(const event::Meeting& e) {
    return e.on ? "meeting-started" : "meeting-ended";
}
const char* nameOf(const event::DoNotDisturb& e) {
    return e.on ? "do-not-disturb-on" : "do-not-disturb-off";
}
const char* nameOf(const event::ExternalBreak&) {
    return "external-break";
}
const char* nameOf(const event::RoutineStarted&) {
    return "routine-started";
}
const char* nameOf(const event::RoutineFinished&) {
    return "routine-finished";
}
const char* nameOf(const event::RoutineAbandoned&) {
    return "routine-abandoned";
}
const char* nameOf(const event::Snooze&) {
    return "snooze";
}
const char* nameOf(const event::Skip&) {
    return "skip";
}
const char* nameOf(const event::Pause&) {
    return "pause";
}
const char* nameOf(const event::Resume&) {
    return "resume";
}
const char* nameOf(const event::Standing& e) {
    return e.on ? "standing-on" : "standing-off";
}
const char* nameOf(const event::SettingsChanged&) {
    return "settings-changed";
}
const char* nameOf(const event::PresentElsewhere&) {
    return "present-elsewhere";
}
const char* nameOf(const event::AwayElsewhere&) {
    return "away-elsewhere";
}
const char* nameOf(const event::BreakElsewhere&) {
    return "break-elsewhere";
}
const char* nameOf(const event::AnsweredElsewhere& e) {
    switch (e.answer) {
    case event::AnsweredElsewhere::Answer::Snooze:
        return "snoozed-elsewhere";
    case event::AnsweredElsewhere::Answer::Skip:
        return "skipped-elsewhere";
    case event::AnsweredElsewhere::Answer::RoutineStarted:
        return "routine-started-elsewhere";
    case event::AnsweredElsewhere::Answer::RoutineEnded:
        break;
    }
    return "routine-ended-elsewhere";
}

const char* nameOf(const event::EyesResting& e) {
    return e.on ? "eyes-resting" : "eyes-back";
}

const char* nameOf(const event::CalendarBusy&) {
    return "calendar-changed";
}

} // namespace

const char* eventName(const EngineEvent& e) {
    return std::visit([](const auto& ev) { return nameOf(ev); }, e);
}

} // namespace flexor::core
