// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <chrono>

namespace flexor::platform {

// One backend that senses keyboard/mouse activity. Event-driven: it never wakes up while
// nothing changes. A backend only reports what it observed (observedIdle, observedActive), as
// often as its desktop tells it; this class turns those observations into the two edges,
// wentIdle() and cameBack(), each sent once per transition.
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

    // The last edge sent was wentIdle().
    bool isIdle() const { return idle_; }

signals:
    // The user has been idle for idleFor (>= the threshold) right now.
    void wentIdle(std::chrono::milliseconds idleFor);
    // Input again after wentIdle().
    void cameBack();
    // A backend that started found out later, from an answer that came back, that it cannot
    // work here after all (reason() says why): choose another.
    void failed();

protected:
    // The desktop says the user has been idle for idleFor (at least the threshold). Returns
    // true when this is the edge (wentIdle() was sent), false when the user was idle already.
    bool observedIdle(std::chrono::milliseconds idleFor) {
        if (idle_) {
            return false;
        }
        idle_ = true;
        emit wentIdle(idleFor);
        return true;
    }
    // The desktop says there was input. True when this is the edge (cameBack() was sent).
    bool observedActive() {
        if (!idle_) {
            return false;
        }
        idle_ = false;
        emit cameBack();
        return true;
    }

private:
    bool idle_ = false;
};

} // namespace flexor::platform
