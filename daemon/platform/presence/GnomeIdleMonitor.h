// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/presence/PresenceMonitor.h"

#include <QDBusConnection>

class QDBusPendingCallWatcher;
class QDBusServiceWatcher;

namespace flexor::platform {

// GNOME (Wayland and X11): Mutter's IdleMonitor on the session bus. An idle watch fires each
// time the user crosses the threshold; an active watch fires once, so one is added after each
// idle report. Watches are registered again when the name changes owner (gnome-shell restart).
class GnomeIdleMonitor : public PresenceMonitor {
    Q_OBJECT
public:
    explicit GnomeIdleMonitor(QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("gnome"); }
    bool start() override;
    QString reason() const override { return reason_; }
    void setIdleThreshold(std::chrono::milliseconds threshold) override;

private slots:
    void onWatchFired(uint id);

private:
    void onOwnerChanged(const QString& newOwner);
    void addIdleWatch();
    void addUserActiveWatch();
    void removeWatch(uint id);
    QDBusPendingCallWatcher* callAsync(const QString& method, const QVariantList& args);

    QDBusConnection bus_;
    QDBusServiceWatcher* ownerWatcher_ = nullptr;
    std::chrono::milliseconds threshold_{std::chrono::minutes(1)};
    uint idleWatch_ = 0;
    uint activeWatch_ = 0;
    QString reason_;
};

} // namespace flexor::platform
