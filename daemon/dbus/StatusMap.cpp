// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StatusMap.h"

#include "StatusKeys.h"
#include "core/StatusProjection.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

namespace flexor::dbus {

using namespace std::chrono;
using namespace status_key;

namespace {

uint seconds(core::Duration d) {
    return static_cast<uint>(
        std::max<long long>(0, duration_cast<std::chrono::seconds>(d).count()));
}

// "2026-12-07T08:00:00": local, without a zone, as the schedule is written.
QString isoLocal(core::LocalTime t) {
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss time{t - day};
    return QStringLiteral("%1-%2-%3T%4:%5:%6")
        .arg(int(ymd.year()), 4, 10, QLatin1Char('0'))
        .arg(unsigned(ymd.month()), 2, 10, QLatin1Char('0'))
        .arg(unsigned(ymd.day()), 2, 10, QLatin1Char('0'))
        .arg(time.hours().count(), 2, 10, QLatin1Char('0'))
        .arg(time.minutes().count(), 2, 10, QLatin1Char('0'))
        .arg(time.seconds().count(), 2, 10, QLatin1Char('0'));
}

} // namespace

namespace {

std::optional<core::LocalTime> localTimeFrom(const QString& text) {
    int y = 0;
    unsigned mo = 0, d = 0;
    int h = 0, mi = 0, se = 0;
    if (text.isEmpty() || std::sscanf(text.toLatin1().constData(), "%d-%u-%uT%d:%d:%d", &y, &mo, &d,
                                      &h, &mi, &se) != 6) {
        return std::nullopt;
    }
    const year_month_day ymd{year{y}, month{mo}, day{d}};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return core::LocalTime{local_days{ymd}} + hours(h) + minutes(mi) + std::chrono::seconds(se);
}

} // namespace

std::optional<core::LocalTime> countingStartsFrom(const QVariantMap& status) {
    return localTimeFrom(status.value(kCountingStarts).toString());
}

std::optional<core::LocalTime> meetingSinceFrom(const QVariantMap& status) {
    return localTimeFrom(status.value(kMeetingSince).toString());
}

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
    status.elsewhere = map.value(kElsewhere).toBool();
    status.calendarMeeting = map.value(kCalendarMeeting).toBool();
    status.meetingSince = meetingSinceFrom(map);
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
    if (status.meetingSince) {
        map.insert(kMeetingSince, isoLocal(*status.meetingSince));
    }
    map.insert(kPresence, extras.presence);
    map.insert(kSenses, extras.senses);
    map.insert(kRoutine, extras.routine);
    if (extras.countingStarts && status.state == core::SittingState::OffSchedule) {
        map.insert(kCountingStarts, isoLocal(*extras.countingStarts));
    }
    map.insert(kElsewhere, status.elsewhere);
    map.insert(kMachines, extras.machines);
    map.insert(kDailyLimit, seconds(extras.dailyLimit));
    if (extras.sittingToday) {
        map.insert(kSittingToday, seconds(*extras.sittingToday));
    }
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
    if (status.contains(kSittingToday) && later.streakRunning) {
        map.insert(kSittingToday, status.value(kSittingToday).toUInt() + seconds(elapsed));
    }
    return map;
}

bool changedBeyondTheClock(const QVariantMap& told, core::Duration elapsed,
                           const QVariantMap& now) {
    QVariantMap toldRest = told;
    QVariantMap nowRest = now;
    for (const auto& moving : {kStreak, kReminderIn, kEndsIn, kSittingToday}) {
        toldRest.remove(moving);
        nowRest.remove(moving);
    }
    // Whole seconds on both sides: each may be up to a second short.
    constexpr core::Duration kTolerance = 2s;
    return toldRest != nowRest ||
           core::changedBeyondTheClock(core::projectStatus(engineStatusFrom(told), elapsed),
                                       engineStatusFrom(now), kTolerance);
}

} // namespace flexor::dbus
