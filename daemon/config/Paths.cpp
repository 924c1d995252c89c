// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Paths.h"

#include <cstdlib>
#include <pwd.h>
#include <unistd.h>

namespace flexor::config {

namespace {

// $HOME, or the password database when a service manager started us without it.
std::filesystem::path homeDir() {
    const char* home = std::getenv("HOME");
    if (home != nullptr && *home != '\0') {
        return home;
    }
    const passwd* entry = getpwuid(getuid());
    return entry != nullptr && entry->pw_dir != nullptr ? entry->pw_dir : "/";
}

// The XDG spec says a base directory variable that is unset, empty or relative is ignored.
std::filesystem::path xdgBaseDir(const char* variable, const std::filesystem::path& fallback) {
    const char* value = std::getenv(variable);
    if (value != nullptr && *value != '\0') {
        std::filesystem::path dir(value);
        if (dir.is_absolute()) {
            return dir;
        }
    }
    return homeDir() / fallback;
}

} // namespace

std::filesystem::path configDir() {
    return xdgBaseDir("XDG_CONFIG_HOME", ".config") / "flexor";
}

std::filesystem::path stateDir() {
    return xdgBaseDir("XDG_STATE_HOME", ".local/state") / "flexor";
}

std::filesystem::path historyFile() {
    return stateDir() / "history.sqlite";
}

std::filesystem::path configFile() {
    return configDir() / "config.toml";
}

std::filesystem::path userRoutinesDir() {
    return configDir() / "routines";
}

bool ensurePrivateDir(const std::filesystem::path& dir, bool tightenFiles) {
    namespace fs = std::filesystem;
    std::error_code error;
    fs::create_directories(dir, error);
    if (error || !fs::is_directory(dir, error)) {
        return false;
    }
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, error);
    if (!tightenFiles) {
        return !error;
    }
    for (const auto& entry : fs::directory_iterator(dir, error)) {
        std::error_code ignored;
        // symlink_status: a link is left alone, its target may be anyone's.
        if (fs::is_regular_file(entry.symlink_status(ignored))) {
            fs::permissions(entry.path(), fs::perms::owner_read | fs::perms::owner_write,
                            fs::perm_options::replace, ignored);
        }
    }
    return true;
}

} // namespace flexor::config
