// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/presence/KdeIdleMonitor.h"

#include "platform/presence/WaylandConnection.h"

#include <idle-client-protocol.h>

namespace flexor::platform {

KdeIdleMonitor::~KdeIdleMonitor() {
    destroyNotification();
    if (idle_ != nullptr) {
        org_kde_kwin_idle_destroy(idle_);
    }
}

const char* KdeIdleMonitor::globalName() const {
    return org_kde_kwin_idle_interface.name;
}

bool KdeIdleMonitor::bindGlobal(WaylandConnection& connection) {
    idle_ = static_cast<org_kde_kwin_idle*>(connection.bind(&org_kde_kwin_idle_interface, 1));
    return idle_ != nullptr;
}

void KdeIdleMonitor::createNotification(WaylandConnection& connection,
                                        std::chrono::milliseconds threshold) {
    static const org_kde_kwin_idle_timeout_listener listener = {
        .idle = &KdeIdleMonitor::onIdle,
        .resumed = &KdeIdleMonitor::onResumed,
    };
    timeout_ = org_kde_kwin_idle_get_idle_timeout(idle_, connection.seat(),
                                                  static_cast<uint32_t>(threshold.count()));
    org_kde_kwin_idle_timeout_add_listener(timeout_, &listener, this);
}

void KdeIdleMonitor::destroyNotification() {
    if (timeout_ != nullptr) {
        org_kde_kwin_idle_timeout_release(timeout_);
        timeout_ = nullptr;
    }
}

void KdeIdleMonitor::onIdle(void* data, org_kde_kwin_idle_timeout*) {
    static_cast<KdeIdleMonitor*>(data)->reportIdled();
}

void KdeIdleMonitor::onResumed(void* data, org_kde_kwin_idle_timeout*) {
    static_cast<KdeIdleMonitor*>(data)->reportResumed();
}

} // namespace flexor::platform
