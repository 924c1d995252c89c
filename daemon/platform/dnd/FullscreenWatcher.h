// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QSocketNotifier;

namespace flexor::platform {

// Tells whether the active X11 window is fullscreen (a presentation, a game, a call), so a
// reminder can wait. Event-driven: it listens to property changes of the root window
// (_NET_ACTIVE_WINDOW) and of the active window (_NET_WM_STATE). Does nothing outside X11.
class FullscreenWatcher : public QObject {
    Q_OBJECT
public:
    explicit FullscreenWatcher(QObject* parent = nullptr);
    ~FullscreenWatcher() override;

    bool start();
    bool isFullscreen() const { return fullscreen_; }

signals:
    void fullscreenChanged(bool fullscreen);

private:
    struct PendingChanges {
        bool activeWindow = false;
        bool activeWindowState = false;
    };

    void onReadable();
    PendingChanges takePendingChanges();
    void followActiveWindow();
    void refresh();

    struct X11;
    X11* x_ = nullptr;
    QSocketNotifier* notifier_ = nullptr;
    bool fullscreen_ = false;
};

} // namespace flexor::platform
