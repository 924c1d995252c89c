// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

namespace flexor::platform {
class Notification;
class NotificationClient;
} // namespace flexor::platform

namespace flexor::service {

// Notices about Flexor's own setup, in a notification of their own so they never replace a
// reminder: a config file that became broken.
class SetupNotices : public QObject {
    Q_OBJECT
public:
    explicit SetupNotices(platform::NotificationClient& client, QObject* parent = nullptr);

    // The first problem of a config file that changed on disk (file:line:col).
    void configBroken(const QString& problem);
    // "Open config file" failed (the file could not be made, or no program opens it).
    void configNotOpened(const QString& problem);

private:
    platform::Notification* notice_ = nullptr;
};

} // namespace flexor::service
