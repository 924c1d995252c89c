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
int runClientCommand(const QStringList& args);

bool isClientCommand(const QString& name);

} // namespace flexor::app
