// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace flexor::cli {

// The desktop's token for raising a window, from this program's environment: Wayland's
// XDG_ACTIVATION_TOKEN, else X11's DESKTOP_STARTUP_ID (startup notification); empty when the
// program was not started by a launcher that gives one.
QString desktopActivationToken();

// Asks the running daemon to open its window on `page` (empty: as it is) and hands on the
// token, so the window comes to the front. Returns an exit code of ClientExit; a daemon that
// is not running is started only when `activate` allows it.
int showWindowOfRunningDaemon(const QString& page, const QString& activationToken,
                              bool activate = false);

} // namespace flexor::cli
