// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TrayLook.h"

#include "DurationText.h"
#include "StateSentence.h"

#include <QCoreApplication>
#include <algorithm>

namespace flexor::ui {

using namespace std::chrono_literals;

namespace {

// lupdate files tr() calls in a namespace under the namespace's name: the same context here.
constexpr const char* kTrContext = "flexor::ui";

QString tr(const char* text) {
    return QCoreApplication::translate(kTrContext, text);
}

} // namespace

core::Duration ringStepLength(core::Duration remindAfter) {
    return std::max<core::Duration>(remindAfter / kRingSteps, 1s);
}

double ringFraction(core::Duration streak, core::Duration remindAfter) {
    const auto steps = static_cast<double>(streak / ringStepLength(remindAfter));
    return std::clamp(steps / kRingSteps, 0.0, 1.0);
}

core::Duration untilNextRingStep(core::Duration streak, core::Duration remindAfter) {
    const auto step = ringStepLength(remindAfter);
    return step - std::max(streak, core::Duration::zero()) % step;
}

QString statusText(const core::EngineStatus& status, bool senses, core::LocalTime now,
                   std::optional<core::LocalTime> countingStarts) {
    QString text =
        stateSentence(status, now, {countingStarts, status.meetingSince}, Wording::Tooltip);
    if (status.reminderBeforeMeeting && status.state == core::SittingState::Sitting &&
        !status.meeting && !status.calendarMeeting) {
        text += QLatin1Char('\n') +
                tr("Reminder before your %1 meeting").arg(clockText(*status.reminderBeforeMeeting));
    }
    if (!senses) {
        text += QLatin1Char('\n') + tr("Activity can't be sensed on this desktop: counting time "
                                       "while the screen is unlocked.");
    }
    return text;
}

QString dailyBudgetText(core::Duration sittingToday, core::Duration limit) {
    return tr("%1 of %2 sitting today").arg(durationText(sittingToday), durationText(limit));
}

TrayLook trayLookFor(const core::EngineStatus& status, core::Duration remindAfter, bool senses,
                     core::LocalTime now, std::optional<core::LocalTime> countingStarts) {
    TrayLook look;
    look.state = status.state;
    look.streakFraction = ringFraction(status.streak, remindAfter);
    look.escalated = status.escalated;
    look.senses = senses;
    look.tooltip = statusText(status, senses, now, countingStarts);
    return look;
}

} // namespace flexor::ui
