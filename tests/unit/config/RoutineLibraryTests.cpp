// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "config/RoutineLibrary.h"
#include "config/RoutineLoader.h"

#include <doctest/doctest.h>
#include <filesystem>
#include <vector>

using namespace flexor;
using namespace flexor::config;
using namespace std::chrono_literals;

namespace {

const std::filesystem::path routineData = std::filesystem::path(FLEXOR_TEST_DATA_DIR) / "routines";
const std::filesystem::path sourceDir = FLEXOR_SOURCE_DIR;

RoutineLibrary testLibrary() {
    return RoutineLibrary(
        {routineData / "shipped", routineData / "user", {routineData / "pictures"}});
}

std::vector<std::string> names(const RoutineLibrary& library) {
    std::vector<std::string> out;
    for (const auto& entry : library.entries()) {
        out.push_back(entry.name);
    }
    return out;
}

RoutineLibrary shippedLibrary() {
    return RoutineLibrary({sourceDir / "config" / "routines",
                           routineData / "none",
                           {sourceDir / "assets" / "poses"}});
}

} // namespace

TEST_CASE("the library lists shipped and user routines by name, each once") {
    const auto library = testLibrary();
    CHECK(names(library) == std::vector<std::string>{"broken", "reach", "stand"});
}

TEST_CASE("a user routine hides the shipped one of the same name") {
    const auto library = testLibrary();
    const auto* reach = library.find("reach");
    REQUIRE(reach);
    CHECK(reach->fromUser);
    REQUIRE(reach->routine);
    CHECK(reach->routine->title == "Reach (mine)");
    CHECK_FALSE(library.find("stand")->fromUser);
}

TEST_CASE("a broken routine is listed as broken, with its problems") {
    const auto library = testLibrary();
    const auto* broken = library.find("broken");
    REQUIRE(broken);
    CHECK(broken->broken());
    REQUIRE(broken->diagnostics.size() == 2);
    CHECK(broken->diagnostics[0].line == 2); // the step has no 'do'
    CHECK(broken->diagnostics[1].line == 4); // "forever" is not a duration
    CHECK(library.diagnostics().size() == 2);
}

TEST_CASE("a routine that is not there is not found") {
    CHECK(testLibrary().find("handstand") == nullptr);
}

TEST_CASE("missing folders make an empty library") {
    const RoutineLibrary library({routineData / "none", routineData / "nothing", {}});
    CHECK(library.entries().empty());
}

TEST_CASE("rescan sees routine files added since") {
    const auto dir = std::filesystem::temp_directory_path() / "flexor-routine-rescan-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    RoutineLibrary library({routineData / "shipped", dir, {}});
    CHECK(library.find("reach")->routine->title == "Reach (shipped)");
    std::filesystem::copy_file(routineData / "user" / "reach.toml", dir / "reach.toml");
    library.rescan();
    CHECK(library.find("reach")->routine->title == "Reach (mine)");
    std::filesystem::remove_all(dir);
}

TEST_CASE("the shipped routines load without a single problem, pictures included") {
    const auto library = shippedLibrary();
    CHECK(names(library) == std::vector<std::string>{"desk", "psoas", "quick"});
    for (const auto& entry : library.entries()) {
        INFO(entry.name);
        CHECK(entry.diagnostics.empty());
        REQUIRE(entry.routine);
        CHECK_FALSE(entry.routine->safety.empty());
        for (const auto& step : entry.routine->steps) {
            INFO(step.title);
            CHECK_FALSE(step.picturePath.empty());
            CHECK_FALSE(step.instructions.feeling.empty());
            CHECK_FALSE(step.instructions.avoid.empty());
        }
    }
}

TEST_CASE("the psoas routine takes five minutes: four steps, sides, three bridges") {
    const auto psoas = shippedLibrary().find("psoas")->routine.value();
    REQUIRE(psoas.steps.size() == 4);
    CHECK(psoas.steps[0].hold == 30s);
    CHECK(psoas.steps[1].hold == 45s);
    CHECK(psoas.steps[2].rounds == 3);
    CHECK(psoas.steps[3].hold == 30s);
    CHECK(psoas.getReady == 5s);
    CHECK(core::totalLength(psoas) == 5min);
}

TEST_CASE("the quick routine takes two minutes") {
    const auto quick = shippedLibrary().find("quick")->routine.value();
    CHECK(quick.steps.size() == 2);
    CHECK(core::totalLength(quick) == 2min);
}

TEST_CASE("standard dirs are the routines and poses of a data folder laid out as share/flexor") {
    const auto dirs = standardRoutineDirs("/usr/share/flexor");
    CHECK(dirs.shipped == "/usr/share/flexor/routines");
    CHECK(dirs.pictures == std::vector<std::filesystem::path>{"/usr/share/flexor/poses"});
}

TEST_CASE("the desk-side routine takes two minutes, standing only") {
    const auto desk = shippedLibrary().find("desk")->routine.value();
    CHECK(desk.steps.size() == 3);
    CHECK(core::totalLength(desk) == 2min);
    for (const auto& step : desk.steps) {
        INFO(step.title);
        CHECK_FALSE(step.say.empty()); // short lines to hear, beside titles to read
    }
}
