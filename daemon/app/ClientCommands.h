// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace flexor::app {

// Exit codes of the client subcommands.
enum ClientExit { kOk = 0, kFailed = 1, kNotRunning = 2, kUsage = 64 };

// Runs one client subcommand against the running daemon over D-Bus.
// args[0] is the subcommand ("status", "snooze", ...). Needs a QCoreApplication.
// activate: the call may start the daemon through D-Bus activation (the desktop file's
// actions ask for it with --activate); otherwise a stopped daemon stays stopped (exit 2).
int runClientCommand(const QStringList& args, bool activate = false);

bool isClientCommand(const QString& name);

} // namespace flexor::app
