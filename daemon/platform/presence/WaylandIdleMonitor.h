// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/presence/PresenceMonitor.h"

namespace flexor::platform {

class WaylandConnection;

// What the two Wayland idle protocols share: their own compositor connection, a seat, and one
// idle notification object per threshold (re-created when the threshold changes).
class WaylandIdleMonitor : public PresenceMonitor {
    Q_OBJECT
public:
    explicit WaylandIdleMonitor(QObject* parent = nullptr);
    ~WaylandIdleMonitor() override;

    bool start() override;
    QString reason() const override { return reason_; }
    void setIdleThreshold(std::chrono::milliseconds threshold) override;

protected:
    // The protocol's global interface name, e.g. "ext_idle_notifier_v1".
    virtual const char* globalName() const = 0;
    virtual bool bindGlobal(WaylandConnection& connection) = 0;
    virtual void createNotification(WaylandConnection& connection,
                                    std::chrono::milliseconds threshold) = 0;
    virtual void destroyNotification() = 0;

    // Called by the protocol listeners.
    void reportIdled();
    void reportResumed();

private:
    WaylandConnection* connection_ = nullptr;
    std::chrono::milliseconds threshold_{std::chrono::minutes(1)};
    QString reason_;
};

} // namespace flexor::platform
