// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "config/Paths.h"

#include <cstdlib>
#include <doctest/doctest.h>
#include <optional>
#include <string>

using namespace flexor::config;

namespace {

// Sets (or unsets) one environment variable for the length of a test.
class EnvironmentOverride {
public:
    EnvironmentOverride(const char* name, const char* value)
        : name_(name) {
        if (const char* old = std::getenv(name)) {
            old_ = old;
        }
        if (value != nullptr) {
            setenv(name, value, 1);
        } else {
            unsetenv(name);
        }
    }
    ~EnvironmentOverride() {
        if (old_) {
            setenv(name_, old_->c_str(), 1);
        } else {
            unsetenv(name_);
        }
    }
    EnvironmentOverride(const EnvironmentOverride&) = delete;
    EnvironmentOverride& operator=(const EnvironmentOverride&) = delete;

private:
    const char* name_;
    std::optional<std::string> old_;
};

} // namespace

TEST_CASE("the XDG variables place the config and state directories") {
    EnvironmentOverride config("XDG_CONFIG_HOME", "/xdg/config");
    EnvironmentOverride state("XDG_STATE_HOME", "/xdg/state");
    CHECK(configDir() == "/xdg/config/flexor");
    CHECK(configFile() == "/xdg/config/flexor/config.toml");
    CHECK(userRoutinesDir() == "/xdg/config/flexor/routines");
    CHECK(stateDir() == "/xdg/state/flexor");
}

TEST_CASE("without the XDG variables the directories fall back to the home directory") {
    EnvironmentOverride home("HOME", "/home/tester");
    EnvironmentOverride config("XDG_CONFIG_HOME", nullptr);
    EnvironmentOverride state("XDG_STATE_HOME", "");
    CHECK(configFile() == "/home/tester/.config/flexor/config.toml");
    CHECK(stateDir() == "/home/tester/.local/state/flexor");
}

TEST_CASE("a relative XDG directory is ignored, as the specification asks") {
    EnvironmentOverride home("HOME", "/home/tester");
    EnvironmentOverride config("XDG_CONFIG_HOME", "relative/dir");
    CHECK(configDir() == "/home/tester/.config/flexor");
}
