// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/presence/PresenceMonitor.h"

#include <QTimer>

struct _XDisplay;

namespace flexor::platform {

// X11 servers without SYNC: asks MIT-SCREEN-SAVER for the idle time at the moment the threshold
// could next be reached. That extension sends no event on input, so while the user is away it
// asks again every kReturnCheckInterval: the one place Flexor checks rather than being told.
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
    void check();
    std::chrono::milliseconds idleTime() const;

    _XDisplay* display_ = nullptr;
    QTimer checkTimer_;
    std::chrono::milliseconds threshold_{std::chrono::minutes(1)};
    QString reason_;
};

} // namespace flexor::platform
