// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Time.h"

#include <QObject>
#include <QTimer>

namespace flexor::platform {
class Notification;
class NotificationClient;
} // namespace flexor::platform

namespace flexor::service {

// The small notices beside the sitting reminder, each in a notification of its own so none
// replaces the reminder: the eye break, the daily sitting budget and the end of a stand.
class BreakNotices : public QObject {
    Q_OBJECT
public:
    explicit BreakNotices(platform::NotificationClient& client, QObject* parent = nullptr);

    // A small, low-urgency notification that closes itself after lookFor: its own timeout,
    // and Flexor closes it then too, for servers that ignore timeouts (GNOME Shell).
    void showEyeBreak(core::Duration lookFor);
    // Today's sitting passed daily_sitting_limit: once a day, a suggestion to stand or walk.
    void showDailyLimitReached(core::Duration sittingToday, core::Duration limit);
    // "Stand for a while" is up: back to sitting, or keep standing? move: a rhythm's moving
    // time, suggested before sitting down (0: none).
    void showStandingTimeUp(core::Duration move);
    void closeStandingTimeUp();

signals:
    void backToSitting();
    void keepStanding();

private:
    platform::Notification* eyes_ = nullptr;
    QTimer eyesDone_;
    platform::Notification* budget_ = nullptr;
    platform::Notification* standing_ = nullptr;
};

} // namespace flexor::service
