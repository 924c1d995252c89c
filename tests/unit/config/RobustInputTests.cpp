// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Input that is hostile or simply wrong: it must give a clear error, quickly, and never crash.

#include "config/ConfigLoader.h"
#include "config/RoutineLibrary.h"
#include "config/RoutineLoader.h"
#include "config/TextFile.h"
#include "config/TomlNesting.h"

#include <chrono>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

using namespace flexor::config;

namespace {

const std::filesystem::path routineData = std::filesystem::path(FLEXOR_TEST_DATA_DIR) / "routines";

std::string deepKey(int levels) {
    std::string key = "k";
    for (int i = 1; i < levels; ++i) {
        key += ".k";
    }
    return key;
}

struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "flexor-robust-XXXXXX");
        path = ::mkdtemp(pattern.data());
    }
    ~TempDir() { std::filesystem::remove_all(path); }
};

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

TEST_CASE("a key 50,000 levels deep is refused before the parser, with its position") {
    const auto result = parseConfig("# deep\n" + deepKey(50'000) + " = 1\n", "deep.toml");
    REQUIRE(result.diagnostics.size() == 1);
    const auto& d = result.diagnostics.front();
    CHECK(d.severity == Diagnostic::Severity::Error);
    CHECK(d.line == 2);
    CHECK(d.column == 2 * kMaxTomlNesting + 2); // the dot that goes one level too deep
    CHECK(d.message.find("nested more than") != std::string::npos);
    CHECK_FALSE(result.config.has_value());
}

TEST_CASE("deep table headers, arrays and inline tables are refused too") {
    // Built by append: GCC 12's -Wrestrict misreads "literal" + std::string&& at -O2.
    CHECK(
        parseConfig(std::string("[").append(deepKey(20'000)).append("]\n"), "h.toml").hasErrors());
    CHECK(parseConfig(std::string("[[").append(deepKey(20'000)).append("]]\n"), "h.toml")
              .hasErrors());
    CHECK(parseConfig("a = " + std::string(20'000, '[') + std::string(20'000, ']') + "\n", "a")
              .hasErrors());
    std::string inlineTables = "a = ";
    for (int i = 0; i < 20'000; ++i) {
        inlineTables += "{b = ";
    }
    CHECK(parseConfig(inlineTables + "1" + std::string(20'000, '}') + "\n", "i").hasErrors());
    CHECK(parseRoutine("[[step]]\n" + deepKey(50'000) + " = 1\n", "r.toml", "r", {}).hasErrors());
}

TEST_CASE("nesting within the bound, and dots or brackets in strings and comments, pass") {
    // A key of N + 1 parts has N dots: N levels below the top.
    CHECK_FALSE(checkTomlNesting(deepKey(kMaxTomlNesting + 1) + " = 1\n", "ok").has_value());
    CHECK(checkTomlNesting(deepKey(kMaxTomlNesting + 2) + " = 1\n", "ok").has_value());
    const std::string dots(10'000, '.');
    const std::string brackets(10'000, '[');
    CHECK_FALSE(checkTomlNesting("a = \"" + dots + brackets + "\"\n", "s").has_value());
    CHECK_FALSE(checkTomlNesting("a = '" + dots + brackets + "'\n", "s").has_value());
    CHECK_FALSE(checkTomlNesting("a = \"\"\"\n" + dots + "\n\"\"\"\n", "s").has_value());
    CHECK_FALSE(checkTomlNesting("a = '''\n" + brackets + "\n'''\n", "s").has_value());
    CHECK_FALSE(checkTomlNesting("# " + dots + brackets + "\na = 1.5\n", "s").has_value());
    CHECK_FALSE(checkTomlNesting("a = \"\\\"" + dots + "\"\n", "s").has_value());
    // Many keys one after another are not nested.
    std::string flat;
    for (int i = 0; i < 1000; ++i) {
        flat += "a.b.c = [1.5, {x.y = 2}]\n";
    }
    CHECK_FALSE(checkTomlNesting(flat, "flat").has_value());
}

TEST_CASE("a file over the size limit is refused at once, whatever it holds") {
    TempDir dir;
    const auto file = dir.path / "huge.toml";
    std::ofstream(file) << "unknown_" << std::string(10 * 1024 * 1024, 'x') << " = 1\n";
    const auto start = std::chrono::steady_clock::now();
    const auto result = loadConfigFile(file);
    CHECK(secondsSince(start) < 1.0);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics.front().message.find("too large") != std::string::npos);
}

TEST_CASE("a huge unknown key just under the limit is checked fast and not echoed in full") {
    const std::string key(kMaxTextFileBytes - 100, 'q');
    const auto start = std::chrono::steady_clock::now();
    const auto result = parseConfig(key + " = 1\n", "big.toml");
    CHECK(secondsSince(start) < 1.0);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics.front().message.size() < 300);
}

TEST_CASE("devices and FIFOs are not read, and nothing waits on them") {
    const auto zero = readTextFile("/dev/zero", "config file");
    REQUIRE(std::holds_alternative<Diagnostic>(zero));
    CHECK(std::get<Diagnostic>(zero).message.find("not a regular file") != std::string::npos);

    TempDir dir;
    const auto fifo = dir.path / "config.toml";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto start = std::chrono::steady_clock::now();
    const auto result = loadConfigFile(fifo);
    CHECK(secondsSince(start) < 1.0);
    CHECK(result.hasErrors());
}

TEST_CASE("a file of exactly the limit is read, and one byte more is refused") {
    TempDir dir;
    const auto file = dir.path / "full.toml";
    std::ofstream(file) << "# " << std::string(kMaxTextFileBytes - 3, 'c') << "\n";
    const auto text = readTextFile(file, "config file");
    REQUIRE(std::holds_alternative<std::string>(text));
    CHECK(std::get<std::string>(text).size() == kMaxTextFileBytes);

    const auto over = dir.path / "over.toml";
    std::ofstream(over) << "# " << std::string(kMaxTextFileBytes - 2, 'c') << "\n";
    REQUIRE(std::filesystem::file_size(over) == kMaxTextFileBytes + 1);
    const auto refused = readTextFile(over, "config file");
    REQUIRE(std::holds_alternative<Diagnostic>(refused));
    CHECK(std::get<Diagnostic>(refused).message.find("too large") != std::string::npos);
}

TEST_CASE("a broken user copy of a routine falls back to the shipped one of that name") {
    TempDir dir;
    std::ofstream(dir.path / "stand.toml") << "title = \"Mine\"\n[[step]]\ntitle = \"S\"\n"
                                              "do = \"Stand.\"\nhold = 45\n";
    const RoutineLibrary library({routineData / "shipped", dir.path, {routineData / "pictures"}});
    const auto choice = library.choose("stand");
    REQUIRE(choice.entry != nullptr);
    CHECK_FALSE(choice.entry->fromUser);
    CHECK(choice.entry->routine->title == "Stand up");
    REQUIRE(choice.unusable != nullptr);
    CHECK(choice.unusable->fromUser);
    CHECK(choice.unusable->diagnostics.front().line == 5);
    CHECK(choice.fellBack());
}

TEST_CASE("a broken routine with no shipped twin falls back to the next usable one") {
    const RoutineLibrary library(
        {routineData / "shipped", routineData / "user", {routineData / "pictures"}});
    const auto choice = library.choose("broken");
    REQUIRE(choice.entry != nullptr);
    CHECK(choice.entry->name == "reach");
    CHECK(choice.fellBack());
    const auto missing = library.choose("handstand");
    CHECK(missing.missing);
    CHECK(missing.entry != nullptr);
    const auto fine = library.choose("stand");
    CHECK_FALSE(fine.fellBack());
    CHECK(fine.entry->name == "stand");
}
