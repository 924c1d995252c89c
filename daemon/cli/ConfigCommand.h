// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace flexor::cli {

class CommandArgs;

// The exit status of a config command refused because the file has errors already (EX_DATAERR):
// distinct from a bad value (64), so a script can tell "fix the file" from "fix the command".
inline constexpr int kBrokenConfigFile = 65;

// `flexor config get KEY | set KEY VALUE | reset KEY | path`; args[0] is "config".
// get prints the value as set takes it (30m, true, mon,tue); the running daemon's file watcher
// applies what set and reset write. Exit codes: 0 done, 1 the file could not be written,
// 64 wrong usage, an unknown key or a value the loader refuses, 65 the file has errors already
// (nothing is written then).
int runConfigCommand(const CommandArgs& args);

} // namespace flexor::cli
