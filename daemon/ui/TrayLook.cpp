// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TrayLook.h"

#include "DurationText.h"
#include "StateSentence.h"

#include <QCoreApplication>
#include <algorithm>

namespace flexor::ui {

using core::SittingState;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

// lupdate files tr() calls in a namespace under the namespace's name: the same context here.
constexpr const char* kTrContext = "flexor::ui";

QString tr(const char* text) {
    return QCoreApplication::translate(kTrContext, text);
}

QString after(core::LocalTime now, core::Duration d) {
    return clockText(now + ceil<seconds>(d));
}

QString before(core::LocalTime now, core::Duration d) {
    return clockText(now - floor<seconds>(d));
}

QString stateText(const core::EngineStatus& s, core::LocalTime now,
                  std::optional<core::LocalTime> countingStarts) {
    switch (s.state) {
    case SittingState::Sitting:
        return s.reminderIn ? tr("Sitting since %1 · reminder at %2")
                                  .arg(before(now, s.streak), after(now, *s.reminderIn))
                            : tr("Sitting since %1").arg(before(now, s.streak));
    case SittingState::ReminderDue:
        return tr("Time for a break: sitting since %1").arg(before(now, s.streak));
    case SittingState::Snoozed:
        return s.stateEndsIn ? tr("Snoozed until %1 · sitting since %2")
                                   .arg(after(now, *s.stateEndsIn), before(now, s.streak))
                             : tr("Snoozed · sitting since %1").arg(before(now, s.streak));
    case SittingState::InRoutine:
        return tr("Stretching");
    case SittingState::Standing:
        return s.stateEndsIn ? tr("Standing until %1").arg(after(now, *s.stateEndsIn))
                             : tr("Standing");
    case SittingState::Away:
        return tr("Away");
    case SittingState::Paused:
        return s.stateEndsIn ? tr("Paused until %1").arg(after(now, *s.stateEndsIn)) : tr("Paused");
    case SittingState::OffSchedule:
        return countingStarts ? tr("Outside active hours · counting starts %1")
                                    .arg(momentText(*countingStarts, now))
                              : tr("Outside active hours");
    }
    return {};
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

QString trayTooltip(const core::EngineStatus& status, bool senses, core::LocalTime now,
                    std::optional<core::LocalTime> countingStarts) {
    QString text = stateText(status, now, countingStarts);
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
    look.tooltip = trayTooltip(status, senses, now, countingStarts);
    return look;
}

} // namespace flexor::ui
