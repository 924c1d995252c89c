// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Time.h"

#include <QString>
#include <QVariantMap>
#include <optional>

namespace flexor::dbus {

// The answer to a request the daemon may refuse: nothing when it was done, otherwise why not,
// in words for the person who asked. `if (const auto why = control.reload())` reads "refused".
using Refusal = std::optional<QString>;

// What the daemon lets its clients do (D-Bus, tray, notifications all end up here).
class DaemonControl {
public:
    virtual ~DaemonControl() = default;
    virtual QVariantMap statusMap() const = 0;
    virtual void snooze(std::optional<core::Duration> length) = 0;
    // Refused when the routine does not exist or is broken.
    virtual Refusal startRoutine(const QString& name) = 0;
    virtual void skip() = 0;
    virtual void pause(std::optional<core::Duration> length) = 0;
    virtual void resume() = 0;
    virtual void setStanding(bool standing) = 0;
    virtual void setMeeting(bool inMeeting) = 0; // "I'm in a meeting", by hand
    // Refused with the first problem when the config file is broken.
    virtual Refusal reload() = 0;
    virtual void quit() = 0;
    // Opens the Flexor window on `page` (now, statistics, settings; empty: as it is), raised
    // with the desktop's activation token.
    virtual Refusal showWindow(const QString& page, const QString& activationToken) = 0;
};

} // namespace flexor::dbus
