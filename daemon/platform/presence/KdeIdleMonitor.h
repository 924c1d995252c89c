// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/presence/WaylandIdleMonitor.h"

struct org_kde_kwin_idle;
struct org_kde_kwin_idle_timeout;

namespace flexor::platform {

// Older Wayland compositors with KDE's org_kde_kwin_idle only (sway 1.7).
class KdeIdleMonitor : public WaylandIdleMonitor {
    Q_OBJECT
public:
    using WaylandIdleMonitor::WaylandIdleMonitor;
    ~KdeIdleMonitor() override;

    QString name() const override { return QStringLiteral("kde-idle"); }

protected:
    const char* globalName() const override;
    bool bindGlobal(WaylandConnection& connection) override;
    void createNotification(WaylandConnection& connection,
                            std::chrono::milliseconds threshold) override;
    void destroyNotification() override;

private:
    static void onIdle(void* data, org_kde_kwin_idle_timeout* timeout);
    static void onResumed(void* data, org_kde_kwin_idle_timeout* timeout);

    org_kde_kwin_idle* idle_ = nullptr;
    org_kde_kwin_idle_timeout* timeout_ = nullptr;
};

} // namespace flexor::platform
