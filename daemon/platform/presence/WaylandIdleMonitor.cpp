// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/presence/WaylandIdleMonitor.h"

#include "platform/presence/WaylandConnection.h"

#include <spdlog/spdlog.h>

namespace flexor::platform {

WaylandIdleMonitor::WaylandIdleMonitor(QObject* parent)
    : PresenceMonitor(parent) {}

// Subclasses destroy their protocol objects before the connection goes (it is a child).
WaylandIdleMonitor::~WaylandIdleMonitor() = default;

bool WaylandIdleMonitor::start() {
    auto connection = std::make_unique<WaylandConnection>();
    if (!connection->open()) {
        reason_ = connection->error();
        return false;
    }
    if (!connection->hasGlobal(globalName())) {
        reason_ = QStringLiteral("the compositor does not offer %1").arg(globalName());
        return false;
    }
    if (connection->seat() == nullptr) {
        reason_ = QStringLiteral("the compositor has no wl_seat");
        return false;
    }
    if (!bindGlobal(*connection)) {
        reason_ = QStringLiteral("cannot bind %1").arg(globalName());
        return false;
    }
    connection_ = connection.release();
    connection_->setParent(this);
    connect(connection_, &WaylandConnection::lost, this,
            [this] { reason_ = QStringLiteral("the compositor closed the connection"); });
    createNotification(*connection_, threshold_);
    connection_->flush();
    return true;
}

void WaylandIdleMonitor::setIdleThreshold(std::chrono::milliseconds threshold) {
    threshold_ = threshold;
    if (connection_ == nullptr) {
        return;
    }
    // A notification's timeout is fixed at creation. While idle, the new one reports
    // `resumed` only after it has itself reported idle again.
    destroyNotification();
    createNotification(*connection_, threshold_);
    connection_->flush();
}

void WaylandIdleMonitor::reportIdled() {
    observedIdle(threshold_);
}

void WaylandIdleMonitor::reportResumed() {
    observedActive();
}

} // namespace flexor::platform
