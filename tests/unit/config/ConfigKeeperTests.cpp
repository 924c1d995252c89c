// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConfigTestSupport.h"
#include "config/ConfigKeeper.h"

#include <doctest/doctest.h>

using namespace flexor::config;
using namespace flexor::config::test;
using namespace std::chrono_literals;

TEST_CASE("the keeper starts with the defaults") {
    ConfigKeeper keeper;
    CHECK(keeper.current() == Config{});
}

TEST_CASE("a valid file is adopted, a broken edit keeps the last good settings") {
    TempDir dir;
    ConfigKeeper keeper;

    const auto file = dir.write("config.toml", "remind_after = \"30m\"\n");
    CHECK(keeper.apply(loadConfigFile(file)) == ConfigKeeper::Outcome::Adopted);
    CHECK(keeper.current().engine.remindAfter == 30min);

    dir.write("config.toml", "remind_after = \"20m\"\nsnooze = \"soon\"\n");
    CHECK(keeper.apply(loadConfigFile(file)) == ConfigKeeper::Outcome::KeptLastGood);
    CHECK(keeper.current().engine.remindAfter == 30min);
    CHECK(keeper.current().engine.snooze == Config{}.engine.snooze);

    dir.write("config.toml", "remind_after = \"20m\"\nsnooze = \"2m\"\n");
    CHECK(keeper.apply(loadConfigFile(file)) == ConfigKeeper::Outcome::Adopted);
    CHECK(keeper.current().engine.remindAfter == 20min);
    CHECK(keeper.current().engine.snooze == 2min);
}

TEST_CASE("a broken file at start-up leaves the defaults in force") {
    ConfigKeeper keeper;
    CHECK(keeper.apply(loadConfigFile(testDataFile("broken.toml"))) ==
          ConfigKeeper::Outcome::KeptLastGood);
    CHECK(keeper.current() == Config{});
}

TEST_CASE("rereading a file that did not change reports it as unchanged") {
    ConfigKeeper keeper;
    const auto result = parseConfig("sound = false\n", "config.toml");
    CHECK(keeper.apply(result) == ConfigKeeper::Outcome::Adopted);
    CHECK(keeper.apply(result) == ConfigKeeper::Outcome::Unchanged);
    CHECK_FALSE(keeper.current().sound);
}

TEST_CASE("a file with only warnings is adopted") {
    ConfigKeeper keeper;
    CHECK(keeper.apply(loadConfigFile(testDataFile("misspelt-key.toml"))) ==
          ConfigKeeper::Outcome::Adopted);
    CHECK(keeper.current().engine.snooze == 5min);
}
