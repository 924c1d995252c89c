// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StatusMap.h"

#include "ReminderText.h"
#include "core/StatusProjection.h"
#include "ui/DurationText.h"

#include <QCoreApplication>
#include <algorithm>

namespace flexor::app {

using namespace std::chrono;

namespace {

uint seconds(core::Duration d) {
    return static_cast<uint>(
        std::max<long long>(0, duration_cast<std::chrono::seconds>(d).count()));
}

const QString kState = QStringLiteral("state");
const QString kStreak = QStringLiteral("streak_seconds");
const QString kStreakRunning = QStringLiteral("streak_running");
const QString kRemindAfter = QStringLiteral("remind_after_seconds");
const QString kReminderIn = QStringLiteral("reminder_in_seconds");
const QString kEndsIn = QStringLiteral("state_ends_in_seconds");
const QString kSnoozes = QStringLiteral("snoozes");
const QString kEscalated = QStringLiteral("escalated");
const QString kLocked = QStringLiteral("locked");
const QString kPresentWithoutInput = QStringLiteral("present_without_input");
const QString kMeeting = QStringLiteral("meeting");
const QString kReminderHeld = QStringLiteral("reminder_held");
const QString kCalendarMeeting = QStringLiteral("calendar_meeting");
const QString kMeetingWhy = QStringLiteral("meeting_why");
const QString kPresence = QStringLiteral("presence");
const QString kSenses = QStringLiteral("senses");
const QString kRoutine = QStringLiteral("routine");

} // namespace

core::EngineStatus engineStatusFrom(const QVariantMap& map) {
    core::EngineStatus status;
    status.state = core::stateFromName(map.value(kState).toString().toStdString())
                       .value_or(core::SittingState::Sitting);
    status.streak = std::chrono::seconds(map.value(kStreak).toUInt());
    status.streakRunning = map.value(kStreakRunning).toBool();
    if (map.contains(kReminderIn)) {
        status.reminderIn = std::chrono::seconds(map.value(kReminderIn).toUInt());
    }
    if (map.contains(kEndsIn)) {
        status.stateEndsIn = std::chrono::seconds(map.value(kEndsIn).toUInt());
    }
    status.snoozesUsed = map.value(kSnoozes).toInt();
    status.escalated = map.value(kEscalated).toBool();
    status.locked = map.value(kLocked).toBool();
    status.presentWithoutInput = map.value(kPresentWithoutInput).toBool();
    status.meeting = map.value(kMeeting).toBool();
    status.reminderHeld = map.value(kReminderHeld).toBool();
    status.calendarMeeting = map.value(kCalendarMeeting).toBool();
    return status;
}

QVariantMap toStatusMap(const core::EngineStatus& status, const StatusExtras& extras) {
    QVariantMap map;
    map.insert(kState, QString::fromUtf8(core::stateName(status.state).data()));
    map.insert(kStreak, seconds(status.streak));
    map.insert(kStreakRunning, status.streakRunning);
    map.insert(kRemindAfter, seconds(extras.remindAfter));
    if (status.reminderIn) {
        map.insert(kReminderIn, seconds(*status.reminderIn));
    }
    if (status.stateEndsIn) {
        map.insert(kEndsIn, seconds(*status.stateEndsIn));
    }
    map.insert(kSnoozes, static_cast<uint>(status.snoozesUsed));
    map.insert(kEscalated, status.escalated);
    map.insert(kLocked, status.locked);
    map.insert(kPresentWithoutInput, status.presentWithoutInput);
    map.insert(kMeeting, status.meeting);
    map.insert(kReminderHeld, status.reminderHeld);
    map.insert(kCalendarMeeting, status.calendarMeeting);
    map.insert(kMeetingWhy, extras.meetingWhy);
    map.insert(kPresence, extras.presence);
    map.insert(kSenses, extras.senses);
    map.insert(kRoutine, extras.routine);
    return map;
}

QVariantMap projectedStatusMap(const QVariantMap& status, core::Duration elapsed) {
    const auto later = core::projectStatus(engineStatusFrom(status), elapsed);
    QVariantMap map = status;
    map.insert(kStreak, seconds(later.streak));
    if (later.reminderIn) {
        map.insert(kReminderIn, seconds(*later.reminderIn));
    }
    if (later.stateEndsIn) {
        map.insert(kEndsIn, seconds(*later.stateEndsIn));
    }
    return map;
}

bool changedBeyondTheClock(const QVariantMap& told, core::Duration elapsed,
                           const QVariantMap& now) {
    QVariantMap toldRest = told;
    QVariantMap nowRest = now;
    for (const auto& moving : {kStreak, kReminderIn, kEndsIn}) {
        toldRest.remove(moving);
        nowRest.remove(moving);
    }
    // Whole seconds on both sides: each may be up to a second short.
    constexpr core::Duration kTolerance = 2s;
    return toldRest != nowRest ||
           core::changedBeyondTheClock(core::projectStatus(engineStatusFrom(told), elapsed),
                                       engineStatusFrom(now), kTolerance);
}

QJsonObject statusJson(const QVariantMap& status) {
    QJsonObject json = QJsonObject::fromVariantMap(status);
    for (const auto& optional : {kReminderIn, kEndsIn}) {
        if (!json.contains(optional)) {
            json.insert(optional, QJsonValue::Null);
        }
    }
    return json;
}

QJsonObject waybarJson(const QVariantMap& status) {
    const auto engine = engineStatusFrom(status);
    const auto remindAfter = std::max(1u, status.value(kRemindAfter).toUInt());
    const int percentage =
        static_cast<int>(std::min<uint>(100, seconds(engine.streak) * 100 / remindAfter));
    QJsonObject json;
    json.insert(QStringLiteral("text"), ui::durationText(engine.streak));
    json.insert(QStringLiteral("tooltip"), statusSummary(engine, status.value(kSenses).toBool()));
    json.insert(QStringLiteral("class"), status.value(kState).toString());
    json.insert(QStringLiteral("percentage"), percentage);
    return json;
}

QString statusLine(const QVariantMap& status) {
    return statusSummary(engineStatusFrom(status), status.value(kSenses, true).toBool());
}

} // namespace flexor::app
