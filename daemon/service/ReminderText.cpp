// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReminderText.h"

#include "ui/DurationText.h"
#include "ui/StateSentence.h"

#include <QCoreApplication>

namespace flexor::service {

using ui::durationText;

using core::SittingState;
using namespace std::chrono;

namespace {

// lupdate files a tr() call in a namespace under that namespace's name; the same argument order
// as QObject::tr, whose third argument is the n of a plural.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("flexor::service", text, disambiguation, n);
}

} // namespace

QString snoozeLabel(core::Duration length) {
    return tr("Snooze %1").arg(durationText(length));
}

QString routineOffer(std::optional<core::Duration> routineLength) {
    if (!routineLength) {
        return tr("Time for a short psoas stretch?");
    }
    // Under a minute, "a 0-minute stretch" would read as nothing at all: say the seconds.
    if (*routineLength < 1min - 500ms) {
        const auto secs =
            std::max<long long>(1, duration_cast<seconds>(*routineLength + 500ms).count());
        return tr("A %n-second psoas stretch?", nullptr, static_cast<int>(secs));
    }
    const auto mins = duration_cast<minutes>(*routineLength + 30s).count();
    return tr("A %n-minute psoas stretch?", nullptr, static_cast<int>(mins));
}

ReminderText reminderText(const core::Reminder& reminder, const config::Config& config,
                          std::optional<core::Duration> routineLength,
                          const core::TodaySummary& today) {
    ReminderText text;
    const QString sitting = durationText(reminder.streak);
    const QString offer = routineOffer(routineLength);
    // Right after a meeting is the right moment: say why it comes now.
    const bool afterMeeting =
        reminder.waitedFor.has(core::HoldReason::Meeting) && !reminder.waitedLongest;
    if (reminder.beforeMeeting) {
        // A long meeting is about to start: the stretch is better now than in it.
        const QString at = ui::clockText(*reminder.beforeMeeting);
        text.summary = tr("Meeting at %1: stretch before it").arg(at);
        text.body =
            tr("Meeting at %1: stretch before it. You have sat for %2. %3").arg(at, sitting, offer);
    } else if (afterMeeting) {
        text.summary = tr("Meeting over");
        text.body = tr("Meeting over: you have been sitting %1. %2").arg(sitting, offer);
    } else if (reminder.escalated) {
        text.summary = tr("You have been sitting a long time");
        text.body = tr("Sitting for %1, snoozed %n time(s). %2", nullptr, reminder.snoozesUsed)
                        .arg(sitting, offer);
    } else {
        text.summary = tr("Time to get up");
        text.body = tr("Sitting for %1. %2").arg(sitting, offer);
    }
    if (today.reminders > 1) {
        text.body += QLatin1Char('\n') + tr("Reminder %1 today; %2 of sitting so far today.")
                                             .arg(today.reminders)
                                             .arg(durationText(today.sitting));
    }
    text.noActionsHint = tr("Answer from the tray icon, or run: flexor stretch");
    text.startLabel = tr("Start stretch");
    if (config.standingDesk) {
        text.standLabel = tr("Stand for a while");
    }
    text.snoozeLabel = snoozeLabel(config.engine.snooze);
    text.skipLabel = tr("Skip");
    return text;
}

} // namespace flexor::service
