// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "config/Config.h"
#include "core/EngineObserver.h"
#include "core/SittingState.h"
#include "core/Statistics.h"

#include <QString>
#include <optional>

namespace flexor::service {

// The words of a reminder, in one place so notification, prompt and tests agree.
struct ReminderText {
    QString summary;
    QString body;
    QString noActionsHint; // for servers that cannot show buttons
    QString startLabel;
    QString standLabel; // "Stand for a while" on a standing desk, else empty (not offered)
    QString snoozeLabel;
    QString skipLabel;
};

// routineLength: how long the routine on offer takes, if known.
ReminderText reminderText(const core::Reminder& reminder, const config::Config& config,
                          std::optional<core::Duration> routineLength,
                          const core::TodaySummary& today);
// "A 5-minute psoas stretch?", "A 40-second psoas stretch?": rounded as people say it.
QString routineOffer(std::optional<core::Duration> routineLength);
QString snoozeLabel(core::Duration length);
} // namespace flexor::service
