// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WindowRequest.h"

#include "ClientCommands.h"

#include <QtGlobal>

namespace flexor::cli {

QString desktopActivationToken() {
    const QString wayland = qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
    return wayland.isEmpty() ? qEnvironmentVariable("DESKTOP_STARTUP_ID") : wayland;
}

int showWindowOfRunningDaemon(const QString& page, const QString& activationToken, bool activate) {
    return requestWindow(page, activationToken, activate);
}

} // namespace flexor::cli
