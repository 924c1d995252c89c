// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/presence/WaylandIdleMonitor.h"

struct ext_idle_notifier_v1;
struct ext_idle_notification_v1;

namespace flexor::platform {

// Wayland compositors with ext-idle-notify-v1 (sway >= 1.8, KWin 5.27+, Hyprland, niri, labwc,
// COSMIC). The protocol's idle notification honours idle inhibitors (a video player's
// zwp_idle_inhibitor_v1): no idle is sent while one is active, so a video keeps the user present
// without any inhibitor handling here (e2e: test_idle_inhibit_wayland on KWin 5.27).
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
