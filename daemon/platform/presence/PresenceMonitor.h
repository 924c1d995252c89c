// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <chrono>

namespace flexor::platform {

// One backend that senses keyboard/mouse activity. Event-driven: it reports a
// transition once, and never wakes up while nothing changes.
class PresenceMonitor : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~PresenceMonitor() override = default;

    // A short name for logs and the config's `presence` key ("x11-sync", "gnome", ...).
    virtual QString name() const = 0;

    // Connects to the desktop. False (with reason() set) when this backend cannot work here.
    virtual bool start() = 0;
    virtual QString reason() const { return {}; }

    // False for the fallback that cannot sense activity at all (see NoPresenceMonitor).
    virtual bool senses() const { return true; }

    // Report wentIdle() once the user has been idle this long. May be called at any time.
    virtual void setIdleThreshold(std::chrono::milliseconds threshold) = 0;

signals:
    // The user has been idle for idleFor (>= the threshold) right now.
    void wentIdle(std::chrono::milliseconds idleFor);
    // Input again after wentIdle().
    void cameBack();
    // A backend that started found out later, from an answer that came back, that it cannot
    // work here after all (reason() says why): choose another.
    void failed();
};

} // namespace flexor::platform
