// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StatusOutput.h"

#include "CliText.h"
#include "dbus/StatusKeys.h"
#include "dbus/StatusMap.h"
#include "service/ReminderText.h"
#include "ui/DurationText.h"
#include "ui/StateSentence.h"

#include <algorithm>

namespace flexor::cli {

using namespace std::chrono;
using namespace dbus::status_key;
using core::SittingState;
using dbus::countingStartsFrom;
using dbus::engineStatusFrom;
using service::meetingTimeText;
using ui::durationText;

namespace {

uint seconds(core::Duration d) {
    return static_cast<uint>(
        std::max<long long>(0, duration_cast<std::chrono::seconds>(d).count()));
}

QString countingStartsText(const QVariantMap& status, core::LocalTime now) {
    const auto starts = countingStartsFrom(status);
    return starts ? ui::momentText(*starts, now) : QString();
}

} // namespace

QString statusSummary(const core::EngineStatus& status, bool senses,
                      const QString& countingStarts) {
    QString text;
    const QString streak = durationText(status.streak);
    const QString endsIn = status.stateEndsIn ? durationText(*status.stateEndsIn) : QString();
    switch (status.state) {
    case SittingState::Sitting:
        text = status.reminderIn
                   ? tr("Sitting %1 · reminder in %2").arg(streak, durationText(*status.reminderIn))
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
        text = countingStarts.isEmpty()
                   ? tr("Outside active hours")
                   : tr("Outside active hours · counting starts %1").arg(countingStarts);
        break;
    }
    if (status.meeting || status.calendarMeeting) {
        text += QLatin1Char('\n') + tr("In a meeting: a due reminder waits until it ends.");
    } else if (status.reminderBeforeMeeting && status.state == SittingState::Sitting) {
        text += QLatin1Char('\n') + tr("Reminder before your %1 meeting")
                                        .arg(meetingTimeText(*status.reminderBeforeMeeting));
    }
    if (!senses) {
        text += QLatin1Char('\n') +
                tr("Activity can't be sensed on this desktop: counting time while the screen is "
                   "unlocked.");
    }
    return text;
}

QJsonObject statusJson(const QVariantMap& status) {
    QJsonObject json = QJsonObject::fromVariantMap(status);
    for (const auto& optional : {kReminderIn, kEndsIn, kCountingStarts, kMeetingSince}) {
        if (!json.contains(optional)) {
            json.insert(optional, QJsonValue::Null);
        }
    }
    return json;
}

QJsonObject waybarJson(const QVariantMap& status, core::LocalTime now) {
    const auto engine = dbus::engineStatusFrom(status);
    const auto remindAfter = std::max(1u, status.value(kRemindAfter).toUInt());
    const int percentage =
        static_cast<int>(std::min<uint>(100, seconds(engine.streak) * 100 / remindAfter));
    QJsonObject json;
    json.insert(QStringLiteral("text"), ui::durationText(engine.streak));
    json.insert(QStringLiteral("tooltip"), statusSummary(engine, status.value(kSenses).toBool(),
                                                         countingStartsText(status, now)));
    json.insert(QStringLiteral("class"), status.value(kState).toString());
    json.insert(QStringLiteral("percentage"), percentage);
    return json;
}

QString statusLine(const QVariantMap& status, core::LocalTime now) {
    return statusSummary(dbus::engineStatusFrom(status), status.value(kSenses, true).toBool(),
                         countingStartsText(status, now));
}

} // namespace flexor::cli
