// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/presence/NoPresenceMonitor.h"

#include <spdlog/spdlog.h>

namespace flexor::platform {

bool NoPresenceMonitor::start() {
    spdlog::warn("presence: {}", warning().toStdString());
    return true;
}

QString NoPresenceMonitor::warning() {
    return tr("activity can't be sensed on this desktop: counting time while the screen is "
              "unlocked");
}

} // namespace flexor::platform
