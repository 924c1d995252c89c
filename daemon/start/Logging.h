// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <filesystem>
#include <string>

namespace flexor::start {

// Logs go to stderr and to a rotating file in the state folder (flexor.log, 3 x 1 MiB).
void setUpLogging(const std::filesystem::path& stateDir, bool verbose);
// Applies the config's log_level, unless --verbose asked for more.
void setLogLevel(const std::string& level, bool verbose);
// Qt's own messages (D-Bus, the platform plugin, ...) go to spdlog's logger: the daemon's at
// their own level (so its warnings reach flexor.log); with allAtDebug, all at debug, for the
// command line, which shows them only with --verbose. setUpLogging does this for the daemon.
void logQtMessages(bool allAtDebug);

} // namespace flexor::start
