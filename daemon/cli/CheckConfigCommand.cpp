// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CheckConfigCommand.h"

#include "config/ConfigLoader.h"
#include "config/Paths.h"
#include "config/RoutineLibrary.h"
#include "config/RoutineLoader.h"
#include "config/TextFile.h"
#include "start/DataFiles.h"

#include <iostream>
#include <variant>

namespace flexor::cli {

// Plain stdout rather than tr(): these lines follow the compiler convention that editors parse,
// and the messages come from the Qt-free config layer.
namespace {

config::RoutineDirs routineDirs() {
    return config::standardRoutineDirs(start::dataDir());
}

// Prints the diagnostics; true when none is an error.
bool print(const std::vector<config::Diagnostic>& diagnostics) {
    bool ok = true;
    for (const auto& diagnostic : diagnostics) {
        std::cout << diagnostic.toString() << '\n';
        ok = ok && diagnostic.severity != config::Diagnostic::Severity::Error;
    }
    return ok;
}

// A routine file lives in a "routines" folder or is made of [[step]] tables; a config file
// has no tables at all, so a line that opens one decides.
bool looksLikeRoutine(const std::filesystem::path& file) {
    if (file.parent_path().filename() == "routines") {
        return true;
    }
    const auto text = config::readTextFile(file, "file");
    const auto* content = std::get_if<std::string>(&text);
    if (content == nullptr) {
        return false;
    }
    std::size_t start = 0;
    while (start < content->size()) {
        auto end = content->find('\n', start);
        if (end == std::string::npos) {
            end = content->size();
        }
        auto line = std::string_view(*content).substr(start, end - start);
        line.remove_prefix(std::min(line.find_first_not_of(" \t"), line.size()));
        if (line.starts_with("[[step]]") || line.starts_with("[[ step ]]")) {
            return true;
        }
        start = end + 1;
    }
    return false;
}

// Routines are checked too: the shipped ones and the user's. Returns false on any error.
bool checkRoutines(const std::filesystem::path& configFile, const config::Config& config) {
    const config::RoutineLibrary library(routineDirs());
    bool ok = print(library.diagnostics());
    // A rotation names several routines: each must exist, or its day would fall back.
    const auto names = config.routineRotation.empty() ? std::vector<std::string>{config.routine}
                                                      : config.routineRotation;
    for (const auto& name : names) {
        if (library.find(name)) {
            continue;
        }
        const auto where = config::keyPosition(configFile, "routine");
        config::Diagnostic missing{
            config::Diagnostic::Severity::Error, configFile.string(), where.first, where.second,
            (config.routineRotation.empty() ? "routine = \"" + name + "\""
                                            : "routine: \"" + name + "\" in the list") +
                ": no routine of that name (shipped or in " + library.dirs().user.string() + ")"};
        std::cout << missing.toString() << '\n';
        ok = false;
    }
    return ok;
}

int checkRoutineFile(const std::filesystem::path& file) {
    const auto result = config::loadRoutineFile(file, routineDirs().pictures);
    const bool ok = print(result.diagnostics) && result.routine.has_value();
    if (ok) {
        std::cout << "OK: " << file.string() << " (a routine)\n";
    }
    std::cout.flush();
    return ok ? 0 : 1;
}

} // namespace

int runCheckConfig(const std::optional<std::filesystem::path>& file) {
    const auto path = file.value_or(config::configFile());
    std::error_code status;
    const bool exists = std::filesystem::exists(path, status);
    if (file && !exists && !status) {
        // A typo must not pass for "all defaults": the user named this file.
        std::cout << config::wholeFileDiagnostic(path.string(), "does not exist").toString()
                  << '\n';
        return 1;
    }
    if (file && exists && looksLikeRoutine(path)) {
        return checkRoutineFile(path);
    }
    const auto result = config::loadConfigFile(path);
    const bool configOk = print(result.diagnostics);
    if (!configOk || !result.config || !checkRoutines(path, *result.config)) {
        std::cout.flush();
        return 1;
    }
    if (exists) {
        std::cout << "OK: " << path.string() << '\n';
    } else {
        std::cout << "OK: " << path.string() << " does not exist, so the defaults apply\n";
    }
    std::cout.flush();
    return 0;
}

} // namespace flexor::cli
