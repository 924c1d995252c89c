// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/presence/ExtIdleNotifyMonitor.h"

#include "platform/presence/WaylandConnection.h"

#include <ext-idle-notify-v1-client-protocol.h>

namespace flexor::platform {

ExtIdleNotifyMonitor::~ExtIdleNotifyMonitor() {
    destroyNotification();
    if (notifier_ != nullptr) {
        ext_idle_notifier_v1_destroy(notifier_);
    }
}

const char* ExtIdleNotifyMonitor::globalName() const {
    return ext_idle_notifier_v1_interface.name;
}

bool ExtIdleNotifyMonitor::bindGlobal(WaylandConnection& connection) {
    notifier_ =
        static_cast<ext_idle_notifier_v1*>(connection.bind(&ext_idle_notifier_v1_interface, 1));
    return notifier_ != nullptr;
}

void ExtIdleNotifyMonitor::createNotification(WaylandConnection& connection,
                                              std::chrono::milliseconds threshold) {
    static const ext_idle_notification_v1_listener listener = {
        .idled = &ExtIdleNotifyMonitor::onIdled,
        .resumed = &ExtIdleNotifyMonitor::onResumed,
    };
    notification_ = ext_idle_notifier_v1_get_idle_notification(
        notifier_, static_cast<uint32_t>(threshold.count()), connection.seat());
    ext_idle_notification_v1_add_listener(notification_, &listener, this);
}

void ExtIdleNotifyMonitor::destroyNotification() {
    if (notification_ != nullptr) {
        ext_idle_notification_v1_destroy(notification_);
        notification_ = nullptr;
    }
}

void ExtIdleNotifyMonitor::onIdled(void* data, ext_idle_notification_v1*) {
    static_cast<ExtIdleNotifyMonitor*>(data)->reportIdled();
}

void ExtIdleNotifyMonitor::onResumed(void* data, ext_idle_notification_v1*) {
    static_cast<ExtIdleNotifyMonitor*>(data)->reportResumed();
}

} // namespace flexor::platform
