// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TrayActions.h"

#include "dbus/DaemonControl.h"
#include "start/Autostart.h"
#include "ui/TrayIcon.h"

#include <spdlog/spdlog.h>

namespace flexor::service {

void startRoutineFromClick(dbus::DaemonControl& control, const QString& name) {
    if (const auto why = control.startRoutine(name)) {
        spdlog::error("routine: {}", why->toStdString());
    }
}

void connectTrayActions(ui::TrayIcon& tray, dbus::DaemonControl& control, QObject* context) {
    using ui::TrayIcon;
    QObject::connect(&tray, &TrayIcon::startRoutineRequested, context,
                     [&control] { startRoutineFromClick(control); });
    QObject::connect(&tray, &TrayIcon::routineChosen, context,
                     [&control](const QString& name) { startRoutineFromClick(control, name); });
    QObject::connect(&tray, &TrayIcon::snoozeRequested, context,
                     [&control](std::chrono::minutes length) { control.snooze(length); });
    QObject::connect(&tray, &TrayIcon::standingToggled, context,
                     [&control](bool standing) { control.setStanding(standing); });
    QObject::connect(&tray, &TrayIcon::pauseRequested, context,
                     [&control](std::optional<std::chrono::minutes> length) {
                         control.pause(length ? std::optional<core::Duration>(*length)
                                              : std::nullopt);
                     });
    QObject::connect(&tray, &TrayIcon::resumeRequested, context, [&control] { control.resume(); });
    QObject::connect(&tray, &TrayIcon::quitRequested, context, [&control] { control.quit(); });
    QObject::connect(&tray, &TrayIcon::startAtLoginToggled, context, [](bool enabled) {
        QString error;
        if (!start::setAutostart(enabled, &error)) {
            spdlog::error("autostart: {}", error.toStdString());
        }
    });
}

} // namespace flexor::service
