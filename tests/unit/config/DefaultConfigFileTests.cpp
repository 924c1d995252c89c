// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConfigTestSupport.h"
#include "config/ConfigKeys.h"
#include "config/ConfigLoader.h"

#include <doctest/doctest.h>
#include <fstream>
#include <sstream>

using namespace flexor::config;

namespace {

std::filesystem::path defaultConfigFile() {
    return std::filesystem::path(FLEXOR_SOURCE_DIR) / "config" / "default.toml";
}

} // namespace

TEST_CASE("config/default.toml holds exactly the defaults of the code") {
    const auto result = loadConfigFile(defaultConfigFile());
    CHECK(result.diagnostics.empty());
    REQUIRE(result.config);
    CHECK(*result.config == Config{});
}

TEST_CASE("config/default.toml documents every key") {
    std::ifstream stream(defaultConfigFile());
    std::stringstream text;
    text << stream.rdbuf();
    for (const auto key : configKeyNames()) {
        CAPTURE(key);
        // Built by append: GCC 12's -Wrestrict misreads "literal" + std::string&& at -O2.
        std::string line = "\n";
        line.append(key).append(" = ");
        CHECK(text.str().find(line) != std::string::npos);
    }
}
