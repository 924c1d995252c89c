// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QObject;

namespace flexor::ui {
class TrayIcon;
}

namespace flexor::dbus {
class DaemonControl;
}

namespace flexor::service {

// The tray menu's entries that do what a D-Bus client can do (start a routine, snooze, pause,
// resume, standing, quit), plus "Start at login", wired to the daemon's control. `context` ends
// the connections when it goes.
void connectTrayActions(ui::TrayIcon& tray, dbus::DaemonControl& control, QObject* context);

// Starts a routine (empty: the configured one) for a click: nobody waits for an answer, so a
// problem goes to the log.
void startRoutineFromClick(dbus::DaemonControl& control, const QString& name = {});

} // namespace flexor::service
