// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/presence/WaylandIdleMonitor.h"

struct ext_idle_notifier_v1;
struct ext_idle_notification_v1;

namespace flexor::platform {

// Wayland compositors with ext-idle-notify-v1 (sway >= 1.8, KWin 5.27+, Hyprland, niri, labwc,
// COSMIC).
class ExtIdleNotifyMonitor : public WaylandIdleMonitor {
    Q_OBJECT
public:
    using WaylandIdleMonitor::WaylandIdleMonitor;
    ~ExtIdleNotifyMonitor() override;

    QString name() const override { return QStringLiteral("ext-idle-notify"); }

protected:
    const char* globalName() const override;
    bool bindGlobal(WaylandConnection& connection) override;
    void createNotification(WaylandConnection& connection,
                            std::chrono::milliseconds threshold) override;
    void destroyNotification() override;

private:
    static void onIdled(void* data, ext_idle_notification_v1* notification);
    static void onResumed(void* data, ext_idle_notification_v1* notification);

    ext_idle_notifier_v1* notifier_ = nullptr;
    ext_idle_notification_v1* notification_ = nullptr;
};

} // namespace flexor::platform
