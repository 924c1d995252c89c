// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/presence/X11ScreenSaverMonitor.h"

#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>
// Xlib's macros collide with Qt and moc.
#undef Bool
#undef None
#undef Status
#undef Unsorted

namespace flexor::platform {

X11ScreenSaverMonitor::X11ScreenSaverMonitor(QObject* parent)
    : PresenceMonitor(parent) {
    checkTimer_.setSingleShot(true);
    checkTimer_.setTimerType(Qt::PreciseTimer);
    connect(&checkTimer_, &QTimer::timeout, this, &X11ScreenSaverMonitor::check);
}

X11ScreenSaverMonitor::~X11ScreenSaverMonitor() {
    if (display_ != nullptr) {
        XCloseDisplay(display_);
    }
}

bool X11ScreenSaverMonitor::start() {
    display_ = XOpenDisplay(nullptr);
    if (display_ == nullptr) {
        reason_ = QStringLiteral("cannot open the X display");
        return false;
    }
    int eventBase = 0;
    int errorBase = 0;
    if (!XScreenSaverQueryExtension(display_, &eventBase, &errorBase)) {
        reason_ = QStringLiteral("the X server has no MIT-SCREEN-SAVER extension");
        return false;
    }
    check();
    return true;
}

void X11ScreenSaverMonitor::setIdleThreshold(std::chrono::milliseconds threshold) {
    threshold_ = threshold;
    if (display_ != nullptr) {
        check();
    }
}

std::chrono::milliseconds X11ScreenSaverMonitor::idleTime() const {
    XScreenSaverInfo info{};
    XScreenSaverQueryInfo(display_, DefaultRootWindow(display_), &info);
    return std::chrono::milliseconds(info.idle);
}

void X11ScreenSaverMonitor::check() {
    const std::chrono::milliseconds idle = idleTime();
    if (idle >= threshold_) {
        observedIdle(idle);
        checkTimer_.start(kReturnCheckInterval);
        return;
    }
    observedActive();
    checkTimer_.start(threshold_ - idle);
}

} // namespace flexor::platform
