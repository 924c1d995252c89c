// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/presence/PresenceMonitor.h"

namespace flexor::platform {

// The fallback when no desktop interface reports activity: never reports anything, so the
// engine counts time while the screen is unlocked.
class NoPresenceMonitor : public PresenceMonitor {
    Q_OBJECT
public:
    using PresenceMonitor::PresenceMonitor;

    QString name() const override { return QStringLiteral("none"); }
    bool start() override;
    bool senses() const override { return false; }
    void setIdleThreshold(std::chrono::milliseconds) override {}

    // The warning for the log and the tray tooltip.
    static QString warning();
};

} // namespace flexor::platform
