// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/SittingState.h"
#include "core/Time.h"

#include <QString>
#include <optional>

namespace flexor::ui {

// What the tray shows: the state, how full the ring is, and the tooltip.
struct TrayLook {
    core::SittingState state = core::SittingState::Sitting;
    double streakFraction = 0.0; // 0..1 of remind_after, in whole ring steps
    bool escalated = false;
    bool senses = true;         // presence can be sensed on this desktop
    bool meetingByHand = false; // "I'm in a meeting" is checked
    QString tooltip;

    bool operator==(const TrayLook&) const = default;
};

// The ring fills in this many steps up to remind_after: often enough to read at a glance,
// rare enough that the daemon sleeps for minutes between updates.
inline constexpr int kRingSteps = 12;

// How long one ring step lasts (at least a second).
core::Duration ringStepLength(core::Duration remindAfter);
// The ring's fill for a streak: whole steps only, so it changes exactly at a step.
double ringFraction(core::Duration streak, core::Duration remindAfter);
// Time from now until the ring moves to its next step.
core::Duration untilNextRingStep(core::Duration streak, core::Duration remindAfter);

// The state in words where nobody refreshes them: the tray's tooltip, and what `flexor status`
// prints (its line, waybar's tooltip). It is the window's state sentence in the tooltip's
// wording (ui::Wording): wall-clock moments ("Sitting since 14:05 · reminder at 14:50"), which
// stay true without a refresh, so no timer is needed to keep it current. Outside active hours
// it says when counting starts ("counting starts Monday 08:00"); in a meeting, since when. A
// line follows for an early reminder before a calendar meeting, and one where activity cannot
// be sensed.
QString statusText(const core::EngineStatus& status, bool senses, core::LocalTime now,
                   std::optional<core::LocalTime> countingStarts = std::nullopt);

// The daily sitting budget: "5 h 12 min of 6 h sitting today".
QString dailyBudgetText(core::Duration sittingToday, core::Duration limit);

TrayLook trayLookFor(const core::EngineStatus& status, core::Duration remindAfter, bool senses,
                     core::LocalTime now,
                     std::optional<core::LocalTime> countingStarts = std::nullopt);

} // namespace flexor::ui
