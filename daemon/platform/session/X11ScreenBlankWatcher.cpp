// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/session/X11ScreenBlankWatcher.h"

#include <QSocketNotifier>
#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>
// Xlib's macros collide with Qt and moc.
#undef Bool
#undef None
#undef Status
#undef Unsorted

namespace flexor::platform {

X11ScreenBlankWatcher::X11ScreenBlankWatcher(QObject* parent)
    : QObject(parent) {}

X11ScreenBlankWatcher::~X11ScreenBlankWatcher() {
    delete notifier_;
    if (display_ != nullptr) {
        XCloseDisplay(display_);
    }
}

bool X11ScreenBlankWatcher::start() {
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        return false;
    }
    display_ = XOpenDisplay(nullptr);
    if (display_ == nullptr) {
        return false;
    }
    int errorBase = 0;
    if (!XScreenSaverQueryExtension(display_, &eventBase_, &errorBase)) {
        return false;
    }
    XScreenSaverSelectInput(display_, DefaultRootWindow(display_), ScreenSaverNotifyMask);
    notifier_ = new QSocketNotifier(ConnectionNumber(display_), QSocketNotifier::Read);
    connect(notifier_, &QSocketNotifier::activated, this, &X11ScreenBlankWatcher::processEvents);
    processEvents();
    return true;
}

void X11ScreenBlankWatcher::processEvents() {
    while (XPending(display_) > 0) {
        XEvent event;
        XNextEvent(display_, &event);
        if (event.type == eventBase_ + ScreenSaverNotify) {
            const auto& notify = reinterpret_cast<const XScreenSaverNotifyEvent&>(event);
            if (notify.state == ScreenSaverOn || notify.state == ScreenSaverOff) {
                emit activeChanged(notify.state == ScreenSaverOn);
            }
        }
    }
}

} // namespace flexor::platform
