// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

struct _XDisplay;
class QSocketNotifier;

namespace flexor::platform {

// The X server's own screensaver (MIT-SCREEN-SAVER notify events): on when it blanks or a
// locker activates it, off when it goes away.
class X11ScreenSaverEvents : public QObject {
    Q_OBJECT
public:
    explicit X11ScreenSaverEvents(QObject* parent = nullptr);
    ~X11ScreenSaverEvents() override;

    // False when there is no X display or it lacks the extension.
    bool start();

signals:
    void activeChanged(bool active);

private:
    void processEvents();

    _XDisplay* display_ = nullptr;
    QSocketNotifier* notifier_ = nullptr;
    int eventBase_ = 0;
};

} // namespace flexor::platform
