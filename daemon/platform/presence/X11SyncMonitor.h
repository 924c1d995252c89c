// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/presence/PresenceMonitor.h"

struct _XDisplay;
class QSocketNotifier;

namespace flexor::platform {

// X11: the SYNC extension's IDLETIME counter with two alarms, one for "idle reached the
// threshold" and one for "idle dropped below it again". The X server wakes us only on those
// transitions.
class X11SyncMonitor : public PresenceMonitor {
    Q_OBJECT
public:
    explicit X11SyncMonitor(QObject* parent = nullptr);
    ~X11SyncMonitor() override;

    QString name() const override { return QStringLiteral("x11-sync"); }
    bool start() override;
    QString reason() const override { return reason_; }
    void setIdleThreshold(std::chrono::milliseconds threshold) override;

private:
    bool findIdleCounter();
    void armIdleAlarm();
    void armBackAlarm();
    // Drains every queued X event; Xlib may have read some while we made our own calls.
    void processEvents();

    _XDisplay* display_ = nullptr;
    QSocketNotifier* notifier_ = nullptr;
    int syncEventBase_ = 0;
    unsigned long idleCounter_ = 0;
    unsigned long idleAlarm_ = 0;
    unsigned long backAlarm_ = 0;
    std::chrono::milliseconds threshold_{std::chrono::minutes(1)};
    QString reason_;
};

} // namespace flexor::platform
