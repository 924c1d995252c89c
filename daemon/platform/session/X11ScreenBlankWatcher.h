// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

struct _XDisplay;
class QSocketNotifier;

namespace flexor::platform {

// Whether the X server's screen is blanked (MIT-SCREEN-SAVER notify events): on when it blanks
// or a locker activates the screensaver, off when it goes away. A session state, not presence:
// the idle time from the same extension is presence/X11ScreenSaverMonitor's.
class X11ScreenBlankWatcher : public QObject {
    Q_OBJECT
public:
    explicit X11ScreenBlankWatcher(QObject* parent = nullptr);
    ~X11ScreenBlankWatcher() override;

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
