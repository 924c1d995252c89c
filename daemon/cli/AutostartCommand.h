// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace flexor::cli {

class CommandArgs;

// `flexor autostart [enable | disable | status]`: the start-at-login entry (start/Autostart)
// from a terminal. Prints what it did and returns an exit code of ClientExit (0 done, 1 failed,
// 64 wrong usage).
int runAutostartCommand(const CommandArgs& args);

} // namespace flexor::cli
