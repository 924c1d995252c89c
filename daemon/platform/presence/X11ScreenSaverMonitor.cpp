// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/presence/X11ScreenSaverMonitor.h"

#include <QSocketNotifier>
#include <X11/Xlib.h>
#include <X11/extensions/XInput2.h>
#include <X11/extensions/scrnsaver.h>
#include <spdlog/spdlog.h>
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
    connect(&checkTimer_, &QTimer::timeout, this, [this] {
        check();
        processEvents();
    });
}

X11ScreenSaverMonitor::~X11ScreenSaverMonitor() {
    delete notifier_;
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
    if (findRawInput()) {
        notifier_ = new QSocketNotifier(ConnectionNumber(display_), QSocketNotifier::Read);
        connect(notifier_, &QSocketNotifier::activated, this,
                &X11ScreenSaverMonitor::processEvents);
    } else {
        spdlog::info("presence: the X server has no XInput2: x11-screensaver asks for the idle "
                     "time every {} ms while the user is away",
                     kReturnCheckInterval.count());
    }
    check();
    processEvents();
    return true;
}

void X11ScreenSaverMonitor::setIdleThreshold(std::chrono::milliseconds threshold) {
    threshold_ = threshold;
    if (display_ != nullptr) {
        check();
        processEvents();
    }
}

// XInput 2.1 or later delivers raw events to the root window even while another client holds
// a grab (a menu, a drag); 2.0 only when nothing is grabbed, which is still enough to notice
// the return soon after.
bool X11ScreenSaverMonitor::findRawInput() {
    int event = 0;
    int error = 0;
    if (!XQueryExtension(display_, "XInputExtension", &xinputOpcode_, &event, &error)) {
        xinputOpcode_ = 0;
        return false;
    }
    int major = 2;
    int minor = 1;
    if (XIQueryVersion(display_, &major, &minor) != Success || major < 2) {
        xinputOpcode_ = 0;
        return false;
    }
    return true;
}

std::chrono::milliseconds X11ScreenSaverMonitor::idleTime() const {
    XScreenSaverInfo info{};
    XScreenSaverQueryInfo(display_, DefaultRootWindow(display_), &info);
    return std::chrono::milliseconds(info.idle);
}

void X11ScreenSaverMonitor::watchInput(bool on) {
    if (on == watchingInput_ || xinputOpcode_ == 0) {
        return;
    }
    unsigned char bits[XIMaskLen(XI_LASTEVENT)] = {};
    if (on) {
        XISetMask(bits, XI_RawKeyPress);
        XISetMask(bits, XI_RawButtonPress);
        XISetMask(bits, XI_RawMotion);
    }
    XIEventMask mask{XIAllMasterDevices, static_cast<int>(sizeof bits), bits};
    XISelectEvents(display_, DefaultRootWindow(display_), &mask, 1);
    watchingInput_ = on;
}

// The idle time decides, not the event that led here: a raw event that was already on its way
// when the selection was dropped can never report a return that did not happen.
void X11ScreenSaverMonitor::check() {
    std::chrono::milliseconds idle = idleTime();
    if (idle >= threshold_ && xinputOpcode_ != 0 && !watchingInput_) {
        watchInput(true);
        // Input between the question and the selection sent no event: ask again, now that the
        // server has the selection (the answer comes after the server handled it).
        idle = idleTime();
    }
    if (idle < threshold_) {
        watchInput(false);
        observedActive();
        checkTimer_.start(threshold_ - idle);
        return;
    }
    observedIdle(idle);
    if (xinputOpcode_ == 0) {
        checkTimer_.start(kReturnCheckInterval);
    } else {
        checkTimer_.stop();
    }
}

void X11ScreenSaverMonitor::processEvents() {
    if (notifier_ == nullptr) {
        return;
    }
    bool input = true;
    while (input) {
        input = false;
        // XPending flushes our requests too.
        while (XPending(display_) > 0) {
            XEvent event;
            XNextEvent(display_, &event);
            input = input || (watchingInput_ && event.xcookie.type == GenericEvent &&
                              event.xcookie.extension == xinputOpcode_);
        }
        if (input) {
            check(); // its own calls may have queued more events: drain again
        }
    }
}

} // namespace flexor::platform
