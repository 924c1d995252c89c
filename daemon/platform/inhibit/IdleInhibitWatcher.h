// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QVariantMap>

namespace flexor::platform {

// Whether an application inhibits idle (a video player, a browser playing video, a call), from
// wherever the desktop publishes it, each followed by its change signal, never polled:
// - logind's Manager property BlockInhibited containing "idle" (systemd-inhibit --what=idle,
//   and desktops that forward inhibitors to logind), on the system bus;
// - GNOME's org.gnome.SessionManager: InhibitorAdded/InhibitorRemoved, then IsInhibited with
//   the idle flag (8);
// - KDE's PowerManagement PolicyAgent: InhibitionsChanged, then HasInhibition with
//   ChangeScreenSettings (4), which is what org.freedesktop.ScreenSaver.Inhibit becomes there.
// Not needed elsewhere: on Wayland, ext-idle-notify-v1 (and org_kde_kwin_idle) send no idle
// notification while a surface holds an idle inhibitor, so the presence monitor never reports
// idle then. On bare X11, players call XResetScreenSaver, which sets the SYNC IDLETIME counter
// back to zero exactly like input does (measured under Xvfb): the presence monitor sees
// activity; `xdg-screensaver suspend` there only runs `xset s off`, which leaves IDLETIME
// counting and sends no event, so it cannot be seen without polling.
class IdleInhibitWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleInhibitWatcher(QObject* parent = nullptr);

    void start();
    bool inhibited() const { return logind_ || gnome_ || kde_; }

signals:
    void inhibitedChanged(bool inhibited);

private slots:
    void onLogindPropertiesChanged(const QString& interface, const QVariantMap& changed,
                                   const QStringList& invalidated);
    void onGnomeInhibitorsChanged();
    void onKdeInhibitionsChanged();

private:
    void watchLogind();
    void watchGnome();
    void watchKde();
    void readLogind();
    void set(bool& source, bool value, const char* name);

    QDBusConnection systemBus_;
    QDBusConnection sessionBus_;
    bool logind_ = false;
    bool gnome_ = false;
    bool kde_ = false;
};

} // namespace flexor::platform
