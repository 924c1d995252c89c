// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// The keys of the status dictionary that Status and StateChanged carry (described with their
// types in io.github.flexor.Flexor1.xml): written by the daemon (StatusMap) and read by its
// clients (the command line, the window) from this one table.
namespace flexor::dbus::status_key {

inline const QString kState = QStringLiteral("state");
inline const QString kStreak = QStringLiteral("streak_seconds");
inline const QString kStreakRunning = QStringLiteral("streak_running");
inline const QString kRemindAfter = QStringLiteral("remind_after_seconds");
inline const QString kReminderIn = QStringLiteral("reminder_in_seconds");
inline const QString kEndsIn = QStringLiteral("state_ends_in_seconds");
inline const QString kSnoozes = QStringLiteral("snoozes");
inline const QString kEscalated = QStringLiteral("escalated");
inline const QString kLocked = QStringLiteral("locked");
inline const QString kPresentWithoutInput = QStringLiteral("present_without_input");
inline const QString kMeeting = QStringLiteral("meeting");
inline const QString kMeetingWhy = QStringLiteral("meeting_why");
inline const QString kReminderHeld = QStringLiteral("reminder_held");
inline const QString kCalendarMeeting = QStringLiteral("calendar_meeting");
inline const QString kPresence = QStringLiteral("presence");
inline const QString kSenses = QStringLiteral("senses");
inline const QString kRoutine = QStringLiteral("routine");
inline const QString kCountingStarts = QStringLiteral("counting_starts");
inline const QString kMeetingSince = QStringLiteral("meeting_since");
inline const QString kElsewhere = QStringLiteral("sitting_elsewhere");
inline const QString kMachines = QStringLiteral("machines");
inline const QString kDailyLimit = QStringLiteral("daily_limit_seconds");
inline const QString kSittingToday = QStringLiteral("sitting_today_seconds");
inline const QString kNextMeetingStart = QStringLiteral("next_meeting_start");
inline const QString kNextMeetingEnd = QStringLiteral("next_meeting_end");
inline const QString kNextMeetingTitle = QStringLiteral("next_meeting_title");

} // namespace flexor::dbus::status_key
