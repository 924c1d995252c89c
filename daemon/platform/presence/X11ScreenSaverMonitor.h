// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/presence/PresenceMonitor.h"

#include <QTimer>

struct _XDisplay;
class QSocketNotifier;

namespace flexor::platform {

// X11 servers without SYNC: asks MIT-SCREEN-SAVER for the idle time at the moment the threshold
// could next be reached (one armed timer). That extension sends no event on input, so while the
// user is away the monitor selects XInput2's raw key, button and motion events on the root
// window, on a connection of its own: the first one says the user came back, and the selection
// is dropped again at once, so working at the desk sends it nothing. A server without XInput2
// is asked for the idle time every kReturnCheckInterval while the user is away, and the log says
// so once.
class X11ScreenSaverMonitor : public PresenceMonitor {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kReturnCheckInterval{1000};

    explicit X11ScreenSaverMonitor(QObject* parent = nullptr);
    ~X11ScreenSaverMonitor() override;

    QString name() const override { return QStringLiteral("x11-screensaver"); }
    bool start() override;
    QString reason() const override { return reason_; }
    void setIdleThreshold(std::chrono::milliseconds threshold) override;

private:
    bool findRawInput();
    void check();
    std::chrono::milliseconds idleTime() const;
    // Selects (or drops) the raw input events on the root window.
    void watchInput(bool on);
    // Drains every queued X event (Xlib may have read some during our own calls); raw input
    // while it is watched leads to a new check.
    void processEvents();

    _XDisplay* display_ = nullptr;
    QSocketNotifier* notifier_ = nullptr;
    int xinputOpcode_ = 0; // 0: the server has no XInput2
    bool watchingInput_ = false;
    QTimer checkTimer_;
    std::chrono::milliseconds threshold_{std::chrono::minutes(1)};
    QString reason_;
};

} // namespace flexor::platform
