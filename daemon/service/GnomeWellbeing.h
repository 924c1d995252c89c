// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <memory>

namespace flexor::platform {
class BreakSettings;
class GnomeScreenTimeWatcher;
class Notification;
class NotificationClient;
} // namespace flexor::platform

namespace flexor::service {

// Living with GNOME's own break reminders (GNOME 48 and later): a break taken in GNOME's
// overlay is reported as breakTaken(); where GNOME's movement breaks are on, one notification
// offers to take them over, and only its action turns GNOME's off; "Keep both" is remembered
// and the offer is not made again.
class GnomeWellbeing : public QObject {
    Q_OBJECT
public:
    explicit GnomeWellbeing(platform::NotificationClient& client, QObject* parent = nullptr);
    ~GnomeWellbeing() override;

    void start();

signals:
    void breakTaken();

private:
    void offerTakeOver();

    platform::GnomeScreenTimeWatcher* screenTime_ = nullptr;
    std::unique_ptr<platform::BreakSettings> settings_; // where GNOME has them
    platform::Notification* notice_ = nullptr;
};

} // namespace flexor::service
