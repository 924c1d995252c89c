// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "JournalKindNames.h"

#include <array>
#include <utility>

namespace flexor::platform::history {

namespace {

using core::JournalKind;

constexpr std::array<std::pair<JournalKind, std::string_view>, 9> names{{
    {JournalKind::Streak, "streak"},
    {JournalKind::NaturalBreak, "natural-break"},
    {JournalKind::RoutineBreak, "routine-break"},
    {JournalKind::AbandonedBreak, "abandoned-break"},
    {JournalKind::SkippedBreak, "skipped-break"},
    {JournalKind::Reminder, "reminder"},
    {JournalKind::Snooze, "snooze"},
    {JournalKind::Pause, "pause"},
    {JournalKind::Standing, "standing"},
}};

} // namespace

std::string_view journalKindName(JournalKind kind) {
    for (const auto& [k, name] : names) {
        if (k == kind) {
            return name;
        }
    }
    return "unknown";
}

std::optional<JournalKind> journalKindFromName(std::string_view name) {
    for (const auto& [k, n] : names) {
        if (n == name) {
            return k;
        }
    }
    return std::nullopt;
}

} // namespace flexor::platform::history
