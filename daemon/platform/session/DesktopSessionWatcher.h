// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/session/SessionWatcher.h"

#include <QDBusConnection>
#include <QDBusUnixFileDescriptor>
#include <QVariantMap>

namespace flexor::platform {

// Lock and sleep from every source the desktop offers: logind on the system bus (PrepareForSleep,
// the session's LockedHint and Lock/Unlock), org.freedesktop.ScreenSaver and
// org.gnome.ScreenSaver on the session bus, and the X11 screensaver. Several sources report the
// same lock: locked()/unlocked() are emitted only when the combined state really changes.
// While awake it holds a logind "delay" sleep inhibitor, released right after aboutToSleep() so
// the daemon can save its state before the system sleeps.
class DesktopSessionWatcher : public SessionWatcher {
    Q_OBJECT
public:
    explicit DesktopSessionWatcher(QObject* parent = nullptr);

    void start() override;

    bool isLocked() const { return locked_; }
    bool holdsSleepInhibitor() const { return inhibitor_.isValid(); }

private slots:
    void onPrepareForSleep(bool sleeping);
    void onSessionPropertiesChanged(const QString& interface, const QVariantMap& changed,
                                    const QStringList& invalidated);
    void onSessionLock();
    void onSessionUnlock();
    void onScreenSaverActiveChanged(bool active);

private:
    void watchLogind();
    void watchScreenSavers();
    void watchX11ScreenSaver();
    QString findLogindSession();
    void takeSleepInhibitor();
    void setLocked(bool nowLocked, const char* source);

    QDBusConnection systemBus_;
    QDBusConnection sessionBus_;
    QDBusUnixFileDescriptor inhibitor_;
    QString sessionPath_;
    bool locked_ = false;
    bool sleeping_ = false;
};

} // namespace flexor::platform
