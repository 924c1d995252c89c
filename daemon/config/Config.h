// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/EngineSettings.h"
#include "core/RoutineRotation.h"
#include "core/Time.h"

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace flexor::config {

using namespace std::chrono_literals;

// What a reminder becomes after max_snoozes.
enum class Escalation { Notification, BreakScreen };

// The names the config file gives each escalation, in one table (the loader's choices, the
// settings page and `flexor config` all read it).
inline constexpr std::array<std::pair<Escalation, std::string_view>, 2> kEscalationNames{{
    {Escalation::Notification, "notification"},
    {Escalation::BreakScreen, "break-screen"},
}};

constexpr std::string_view escalationName(Escalation escalation) {
    for (const auto& [value, name] : kEscalationNames) {
        if (value == escalation) {
            return name;
        }
    }
    return {};
}

constexpr std::optional<Escalation> escalationNamed(std::string_view name) {
    for (const auto& [value, text] : kEscalationNames) {
        if (text == name) {
            return value;
        }
    }
    return std::nullopt;
}

// Everything config.toml can set. Defaults are the documented ones (config/default.toml).
struct Config {
    core::EngineSettings engine;
    // auto | gnome | ext-idle-notify | kde-idle | x11-sync | x11-screensaver | none
    std::string presence = "auto";
    std::string routine = "psoas"; // the routine a reminder starts (the first of a rotation)
    // routine = ["psoas", "quick"]: these take turns, one a calendar day; empty: `routine` alone
    std::vector<std::string> routineRotation;
    // After max_snoozes: an urgent notification that stays, or the routine, full screen on
    // every monitor
    Escalation escalation = Escalation::Notification;
    bool idleInhibitors = true;   // an application inhibiting idle keeps the user present
    bool meetingDetection = true; // camera, microphone or screen sharing make a meeting
    int historyDays = 365;        // history older than this is pruned
    // A folder the user syncs between their machines (Syncthing or any other): one streak
    // across them. Empty: off. A leading "~/" is the home folder.
    std::string shareFolder;
    // Standing desks: the reminder offers "Stand for a while", which asks "back to sitting?"
    // after standFor.
    bool standingDesk = false;
    core::Duration standFor = 15min;
    // rhythm = "20-8-2": minutes of sitting, standing and moving; empty: none. While set it
    // stands in for remind_after and stand_for and turns standingDesk on (applyRhythm).
    std::string rhythm;
    core::Duration rhythmMove{};
    // Today's sitting past this brings one notice a day; 0 (or "" in the file): no budget.
    core::Duration dailySittingLimit{};
    std::string logLevel = "info"; // trace | debug | info | warn | error
    bool sound = true;             // sound cues while a routine runs
    bool voice = true;             // spoken guidance while a routine runs
    // "auto" follows the session (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); else a code such as
    // "de" or "pt_BR" that overrides it.
    std::string language = "auto";
    // .ics files, folders of them and http(s) URLs whose meetings count; empty: no calendar.
    std::vector<std::string> calendars;
    std::vector<std::string> calendarIgnore; // events whose title holds one of these are left out
    bool calendarTitles = false;             // meeting titles in `flexor status`

    // The routine a reminder, or a stretch asked for without a name, starts on that day.
    const std::string& routineOn(core::LocalTime now) const {
        return routineRotation.empty() ? routine : core::routineOfTheDay(routineRotation, now);
    }

    bool operator==(const Config&) const = default;
};

} // namespace flexor::config
