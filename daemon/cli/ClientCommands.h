// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

namespace flexor::cli {

// Exit codes of the client subcommands.
enum ClientExit { kOk = 0, kFailed = 1, kNotRunning = 2, kUsage = 64 };

class CommandArgs;

// Runs one client subcommand ("status", "snooze", ...) against the running daemon over D-Bus,
// its words parsed with clientCommandOptions(). Needs a QCoreApplication.
// activate: the call may start the daemon through D-Bus activation (the desktop file's
// actions ask for it with --activate); otherwise a stopped daemon stays stopped (exit 2).
int runClientCommand(const CommandArgs& args, bool activate = false);

bool isClientCommand(const QString& name);

// The options a client command takes besides the shared ones (CommandArgs).
QList<QCommandLineOption> clientCommandOptions(const QString& name);

// Asks the running daemon to open its window (ShowWindow), as runClientCommand calls.
int requestWindow(const QString& page, const QString& activationToken, bool activate);

} // namespace flexor::cli
