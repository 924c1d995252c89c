// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace flexor::cli {

// Entry point: no subcommand starts the daemon; a subcommand runs a client and exits.
int runCommandLine(int argc, char** argv);

} // namespace flexor::cli
