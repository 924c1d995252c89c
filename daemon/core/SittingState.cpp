// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SittingState.h"

#include <array>
#include <utility>

namespace flexor::core {

namespace {

constexpr std::array<std::pair<SittingState, std::string_view>, 8> names{{
    {SittingState::Sitting, "sitting"},
    {SittingState::ReminderDue, "reminder-due"},
    {SittingState::Snoozed, "snoozed"},
    {SittingState::InRoutine, "in-routine"},
    {SittingState::Standing, "standing"},
    {SittingState::Away, "away"},
    {SittingState::Paused, "paused"},
    {SittingState::OffSchedule, "off-schedule"},
}};

} // namespace

std::string_view stateName(SittingState s) {
    for (const auto& [state, name] : names) {
        if (state == s) {
            return name;
        }
    }
    return "unknown";
}

std::optional<SittingState> stateFromName(std::string_view text) {
    for (const auto& [state, name] : names) {
        if (name == text) {
            return state;
        }
    }
    return std::nullopt;
}

} // namespace flexor::core
