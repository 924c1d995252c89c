// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CheckConfigCommand.h"

#include "DataFiles.h"
#include "config/ConfigLoader.h"
#include "config/Paths.h"
#include "config/RoutineLibrary.h"

#include <iostream>

namespace flexor::app {

// Plain stdout rather than tr(): these lines follow the compiler convention that editors parse,
// and the messages come from the Qt-free config layer.
namespace {

// Routines are checked too: the shipped ones and the user's. Returns false on any error.
bool checkRoutines(const std::string& configuredRoutine) {
    const config::RoutineLibrary library(config::standardRoutineDirs(dataDir()));
    bool ok = true;
    for (const auto& diagnostic : library.diagnostics()) {
        std::cout << diagnostic.toString() << '\n';
        ok = ok && diagnostic.severity != config::Diagnostic::Severity::Error;
    }
    if (!library.find(configuredRoutine)) {
        std::cout << "error: routine = \"" << configuredRoutine
                  << "\": no routine of that name (shipped or in " << library.dirs().user.string()
                  << ")\n";
        ok = false;
    }
    return ok;
}

} // namespace

int runCheckConfig(const std::optional<std::filesystem::path>& file) {
    const auto path = file.value_or(config::configFile());
    const auto result = config::loadConfigFile(path);
    for (const auto& diagnostic : result.diagnostics) {
        std::cout << diagnostic.toString() << '\n';
    }
    if (!result.config || !checkRoutines(result.config->routine)) {
        std::cout.flush();
        return 1;
    }
    std::error_code ignored;
    if (std::filesystem::exists(path, ignored)) {
        std::cout << "OK: " << path.string() << '\n';
    } else {
        std::cout << "OK: " << path.string() << " does not exist, so the defaults apply\n";
    }
    std::cout.flush();
    return 0;
}

} // namespace flexor::app
