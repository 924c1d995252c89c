// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FullscreenWatcher.h"

#include <QSocketNotifier>
#include <X11/Xlib.h>
#include <spdlog/spdlog.h>
#include <vector>

// Xlib's macros clash with Qt's moc output and names.
#undef Bool
#undef None
#undef Status

namespace flexor::platform {

struct FullscreenWatcher::X11 {
    Display* display = nullptr;
    Window root = 0;
    Window active = 0;
    Atom activeWindow = 0;
    Atom wmState = 0;
    Atom wmStateFullscreen = 0;

    // Reads a window property of 32-bit items; empty when absent.
    std::vector<unsigned long> property(Window window, Atom name, Atom type) const {
        Atom actualType = 0;
        int format = 0;
        unsigned long count = 0;
        unsigned long remaining = 0;
        unsigned char* data = nullptr;
        std::vector<unsigned long> values;
        if (XGetWindowProperty(display, window, name, 0, 64, False, type, &actualType, &format,
                               &count, &remaining, &data) == Success &&
            data && format == 32) {
            const auto* items = reinterpret_cast<unsigned long*>(data);
            values.assign(items, items + count);
        }
        if (data) {
            XFree(data);
        }
        return values;
    }
};

namespace {

int ignoreXErrors(Display*, XErrorEvent*) {
    return 0; // the active window may vanish between two calls: not worth a crash
}

} // namespace

FullscreenWatcher::FullscreenWatcher(QObject* parent)
    : QObject(parent) {}

FullscreenWatcher::~FullscreenWatcher() {
    if (x_) {
        XCloseDisplay(x_->display);
        delete x_;
    }
}

bool FullscreenWatcher::start() {
    if (qEnvironmentVariableIsSet("WAYLAND_DISPLAY") || !qEnvironmentVariableIsSet("DISPLAY")) {
        spdlog::info("do-not-disturb: fullscreen windows can only be seen on X11");
        return false;
    }
    Display* display = XOpenDisplay(nullptr);
    if (!display) {
        return false;
    }
    XSetErrorHandler(ignoreXErrors);
    x_ = new X11;
    x_->display = display;
    x_->root = DefaultRootWindow(display);
    x_->activeWindow = XInternAtom(display, "_NET_ACTIVE_WINDOW", False);
    x_->wmState = XInternAtom(display, "_NET_WM_STATE", False);
    x_->wmStateFullscreen = XInternAtom(display, "_NET_WM_STATE_FULLSCREEN", False);
    XSelectInput(display, x_->root, PropertyChangeMask);
    followActiveWindow();
    notifier_ = new QSocketNotifier(ConnectionNumber(display), QSocketNotifier::Read, this);
    connect(notifier_, &QSocketNotifier::activated, this, &FullscreenWatcher::onReadable);
    onReadable();
    return true;
}

void FullscreenWatcher::onReadable() {
    // Reading properties is a round trip that can pull new events into Xlib's queue without
    // the socket becoming readable again: keep going until the queue is really empty.
    while (XPending(x_->display) > 0) {
        const PendingChanges changes = takePendingChanges();
        if (changes.activeWindow) {
            followActiveWindow();
        } else if (changes.activeWindowState) {
            refresh();
        }
    }
}

FullscreenWatcher::PendingChanges FullscreenWatcher::takePendingChanges() {
    PendingChanges changes;
    while (XPending(x_->display) > 0) {
        XEvent event;
        XNextEvent(x_->display, &event);
        if (event.type != PropertyNotify) {
            continue;
        }
        if (event.xproperty.window == x_->root && event.xproperty.atom == x_->activeWindow) {
            changes.activeWindow = true;
        } else if (event.xproperty.window == x_->active && event.xproperty.atom == x_->wmState) {
            changes.activeWindowState = true;
        }
    }
    return changes;
}

void FullscreenWatcher::followActiveWindow() {
    const auto active = x_->property(x_->root, x_->activeWindow, AnyPropertyType);
    const Window window = active.empty() ? 0 : active.front();
    if (window != x_->active) {
        if (x_->active) {
            XSelectInput(x_->display, x_->active, NoEventMask);
        }
        x_->active = window;
        if (window) {
            XSelectInput(x_->display, window, PropertyChangeMask);
        }
        XFlush(x_->display);
    }
    refresh();
}

void FullscreenWatcher::refresh() {
    bool fullscreen = false;
    if (x_->active) {
        for (const auto atom : x_->property(x_->active, x_->wmState, AnyPropertyType)) {
            fullscreen = fullscreen || atom == x_->wmStateFullscreen;
        }
    }
    if (fullscreen != fullscreen_) {
        fullscreen_ = fullscreen;
        spdlog::info("do-not-disturb: active window {}fullscreen", fullscreen ? "" : "no longer ");
        emit fullscreenChanged(fullscreen);
    }
}

} // namespace flexor::platform
