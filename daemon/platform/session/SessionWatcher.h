// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

namespace flexor::platform {

// Screen lock and system sleep, from every source the desktop offers (logind,
// org.freedesktop.ScreenSaver, org.gnome.ScreenSaver, X11 screensaver).
class SessionWatcher : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~SessionWatcher() override = default;

    virtual void start() = 0;

signals:
    void locked();
    void unlocked();
    void aboutToSleep();
    void resumed();
};

} // namespace flexor::platform
