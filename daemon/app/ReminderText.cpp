// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReminderText.h"

#include <QCoreApplication>

namespace flexor::app {

using core::SittingState;
using namespace std::chrono;

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("Reminder", text, nullptr, n);
}

} // namespace

QString humanDuration(core::Duration d) {
    const auto total = std::max<long long>(0, duration_cast<minutes>(d).count());
    if (d < 1min) {
        return tr("%n s", static_cast<int>(duration_cast<seconds>(d).count()));
    }
    if (total < 60) {
        return tr("%n min", static_cast<int>(total));
    }
    return tr("%1 h %2 min").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString snoozeLabel(core::Duration length) {
    return tr("Snooze %1").arg(humanDuration(length));
}

ReminderText reminderText(const core::Reminder& reminder, const config::Config& config,
                          std::optional<int> routineMinutes, const core::TodaySummary& today) {
    ReminderText text;
    const QString sitting = humanDuration(reminder.streak);
    const QString offer = routineMinutes ? tr("A %n-minute psoas stretch?", *routineMinutes)
                                         : tr("Time for a short psoas stretch?");
    // Right after a meeting is the right moment: say why it comes now.
    const bool afterMeeting =
        reminder.waitedFor.has(core::HoldReason::Meeting) && !reminder.waitedLongest;
    if (afterMeeting) {
        text.summary = tr("Meeting over");
        text.body = tr("Meeting over: you have been sitting %1. %2").arg(sitting, offer);
    } else if (reminder.escalated) {
        text.summary = tr("You have been sitting a long time");
        text.body = tr("Sitting for %1, snoozed %2 times. %3")
                        .arg(sitting)
                        .arg(reminder.snoozesUsed)
                        .arg(offer);
    } else {
        text.summary = tr("Time to get up");
        text.body = tr("Sitting for %1. %2").arg(sitting, offer);
    }
    if (today.reminders > 1) {
        text.body += QLatin1Char('\n') + tr("Reminder %1 today; %2 of sitting so far today.")
                                             .arg(today.reminders)
                                             .arg(humanDuration(today.sitting));
    }
    text.noActionsHint = tr("Answer from the tray icon, or run: flexor stretch");
    text.startLabel = tr("Start stretch");
    text.snoozeLabel = snoozeLabel(config.engine.snooze);
    text.skipLabel = tr("Skip");
    return text;
}

QString trayTooltip(const core::EngineStatus& status, bool senses) {
    QString text;
    const QString streak = humanDuration(status.streak);
    const QString endsIn = status.stateEndsIn ? humanDuration(*status.stateEndsIn) : QString();
    switch (status.state) {
    case SittingState::Sitting:
        text =
            status.reminderIn
                ? tr("Sitting %1 · reminder in %2").arg(streak, humanDuration(*status.reminderIn))
                : tr("Sitting %1").arg(streak);
        break;
    case SittingState::ReminderDue:
        text = tr("Time for a break: sitting %1").arg(streak);
        break;
    case SittingState::Snoozed:
        text = tr("Snoozed · sitting %1 · reminder in %2").arg(streak, endsIn);
        break;
    case SittingState::InRoutine:
        text = tr("Stretching");
        break;
    case SittingState::Standing:
        text = tr("Standing · ends in %1").arg(endsIn);
        break;
    case SittingState::Away:
        text = tr("Away");
        break;
    case SittingState::Paused:
        text = endsIn.isEmpty() ? tr("Paused") : tr("Paused · resumes in %1").arg(endsIn);
        break;
    case SittingState::OffSchedule:
        text = tr("Outside active hours");
        break;
    }
    if (status.meeting) {
        text += QLatin1Char('\n') + tr("In a meeting: a due reminder waits until it ends.");
    }
    if (!senses) {
        text += QLatin1Char('\n') +
                tr("Activity can't be sensed on this desktop: counting time while the screen is "
                   "unlocked.");
    }
    return text;
}

} // namespace flexor::app
