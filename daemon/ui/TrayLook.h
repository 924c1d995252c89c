// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/SittingState.h"

#include <QString>

namespace flexor::ui {

// What the tray shows: the state, how full the ring is, and the tooltip.
struct TrayLook {
    core::SittingState state = core::SittingState::Sitting;
    double streakFraction = 0.0; // 0..1 of remind_after; drawn in steps, see TrayIconEngine
    bool escalated = false;
    bool senses = true;         // presence can be sensed on this desktop
    bool meetingByHand = false; // "I'm in a meeting" is checked
    QString tooltip;

    bool operator==(const TrayLook&) const = default;
};

} // namespace flexor::ui
