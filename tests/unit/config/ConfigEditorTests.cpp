// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConfigTestSupport.h"
#include "config/ConfigEditor.h"
#include "config/ConfigKeys.h"
#include "config/ConfigLoader.h"

#include <doctest/doctest.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

using namespace flexor::config;
using namespace std::chrono_literals;
using flexor::config::test::TempDir;

namespace {

std::string readWhole(const std::filesystem::path& file) {
    std::ifstream stream(file, std::ios::binary);
    std::stringstream text;
    text << stream.rdbuf();
    return text.str();
}

std::string referenceText() {
    return readWhole(std::filesystem::path(FLEXOR_SOURCE_DIR) / "config" / "default.toml");
}

// A user's file: comments everywhere, keys out of the documented order, an unknown key and a
// routine-like table at the end.
constexpr std::string_view kUserFile = R"(# My Flexor settings
# (kept in my dotfiles)

snooze = "10m"   # short, or I forget
remind_after = "45m"

# three is enough
max_snoozes = 3
voice = true
active_days = [
    "mon", # gym day
    "tue",
    "wed",
]
my_own_note = "flexor ignores this"

# notes for later, not Flexor's
[later]
idea = "standing desk"
)";

struct Sandbox {
    TempDir dir;
    std::filesystem::path file = dir.path() / "config.toml";
    ConfigEditor editor{file, referenceText()};

    std::filesystem::path write(std::string_view text) const {
        return dir.write("config.toml", text);
    }
    std::string text() const { return readWhole(file); }
};

std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("setting a string changes only its value") {
    Sandbox sandbox;
    sandbox.write(kUserFile);
    const auto result = sandbox.editor.set("remind_after", R"("30m")");
    CHECK(result.status == EditResult::Status::Written);
    CHECK(sandbox.text() ==
          replaced(std::string(kUserFile), R"(remind_after = "45m")", R"(remind_after = "30m")"));
    const auto loaded = loadConfigFile(sandbox.file);
    REQUIRE(loaded.config);
    CHECK(loaded.config->engine.remindAfter == 30min);
}

TEST_CASE("setting a number changes only its value") {
    Sandbox sandbox;
    sandbox.write(kUserFile);
    CHECK(sandbox.editor.set("max_snoozes", "5").status == EditResult::Status::Written);
    CHECK(sandbox.text() == replaced(std::string(kUserFile), "max_snoozes = 3", "max_snoozes = 5"));
}

TEST_CASE("setting a boolean changes only its value") {
    Sandbox sandbox;
    sandbox.write(kUserFile);
    CHECK(sandbox.editor.set("voice", "false").status == EditResult::Status::Written);
    CHECK(sandbox.text() == replaced(std::string(kUserFile), "voice = true", "voice = false"));
}

TEST_CASE("setting a list replaces the whole list, comments inside it included") {
    Sandbox sandbox;
    sandbox.write(kUserFile);
    CHECK(sandbox.editor.set("active_days", R"(["mon", "fri"])").status ==
          EditResult::Status::Written);
    CHECK(sandbox.text() == replaced(std::string(kUserFile),
                                     "[\n    \"mon\", # gym day\n    \"tue\",\n    \"wed\",\n]",
                                     R"(["mon", "fri"])"));
}

TEST_CASE("a comment after the value stays") {
    Sandbox sandbox;
    sandbox.write(kUserFile);
    CHECK(sandbox.editor.set("snooze", R"("5m")").status == EditResult::Status::Written);
    CHECK(sandbox.text() == replaced(std::string(kUserFile), R"(snooze = "10m"   # short)",
                                     R"(snooze = "5m"   # short)"));
}

TEST_CASE("columns count characters, not bytes") {
    Sandbox sandbox;
    const std::string text = "routine = \"étirement\" # été\nvoice = true\n";
    sandbox.write(text);
    CHECK(sandbox.editor.set("routine", R"("quick")").status == EditResult::Status::Written);
    CHECK(sandbox.text() == "routine = \"quick\" # été\nvoice = true\n");
}

TEST_CASE("a key the file lacks is added after the top-level keys, before a table and its "
          "comment") {
    Sandbox sandbox;
    sandbox.write(kUserFile);
    CHECK(sandbox.editor.set("away_after", R"("10m")").status == EditResult::Status::Written);
    CHECK(sandbox.text() ==
          replaced(std::string(kUserFile), "my_own_note = \"flexor ignores this\"\n",
                   "my_own_note = \"flexor ignores this\"\naway_after = \"10m\"\n"));
}

TEST_CASE("a key the file lacks goes at the end of a file without tables") {
    Sandbox sandbox;
    SUBCASE("the file ends with a line break") {
        sandbox.write("# mine\nvoice = false\n");
        CHECK(sandbox.editor.set("sound", "false").status == EditResult::Status::Written);
        CHECK(sandbox.text() == "# mine\nvoice = false\nsound = false\n");
    }
    SUBCASE("the last line has no line break") {
        sandbox.write("voice = false # quiet");
        CHECK(sandbox.editor.set("sound", "false").status == EditResult::Status::Written);
        CHECK(sandbox.text() == "voice = false # quiet\nsound = false\n");
    }
    SUBCASE("the file is empty") {
        sandbox.write("");
        CHECK(sandbox.editor.set("sound", "false").status == EditResult::Status::Written);
        CHECK(sandbox.text() == "sound = false\n");
    }
}

TEST_CASE("a file that does not exist is made with a header and the key, readable only by its "
          "owner") {
    Sandbox sandbox;
    const auto file = sandbox.dir.path() / "new" / "config.toml";
    const ConfigEditor editor(file, referenceText());
    CHECK(editor.set("remind_after", R"("30m")").status == EditResult::Status::Written);
    const auto text = readWhole(file);
    CHECK(text.starts_with("# "));
    CHECK(text.ends_with("\nremind_after = \"30m\"\n"));
    const auto loaded = loadConfigFile(file);
    CHECK(loaded.diagnostics.empty());
    REQUIRE(loaded.config);
    CHECK(loaded.config->engine.remindAfter == 30min);
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("a file with Windows line endings keeps them") {
    Sandbox sandbox;
    const std::string text = "# mine\r\nremind_after = \"45m\" # long\r\nvoice = true\r\n";
    sandbox.write(text);
    CHECK(sandbox.editor.set("remind_after", R"("30m")").status == EditResult::Status::Written);
    CHECK(sandbox.editor.set("sound", "false").status == EditResult::Status::Written);
    CHECK(sandbox.text() ==
          "# mine\r\nremind_after = \"30m\" # long\r\nvoice = true\r\nsound = false\r\n");
}

TEST_CASE("a broken file is refused and left exactly as it was") {
    Sandbox sandbox;
    const std::string broken = "# mine\nremind_after = 45\nvoice = true\n";
    sandbox.write(broken);
    const auto result = sandbox.editor.set("voice", "false");
    CHECK(result.status == EditResult::Status::BrokenFile);
    CHECK(result.message() == sandbox.file.string() +
                                  ":2:16: error: remind_after: expected a duration string such "
                                  "as \"45m\", \"90s\" or \"1h30m\", found an integer");
    CHECK(sandbox.text() == broken);
    CHECK(sandbox.editor.reset("voice").status == EditResult::Status::BrokenFile);
    CHECK(sandbox.editor.valueText("voice").second.status == EditResult::Status::BrokenFile);
    CHECK(sandbox.text() == broken);

    SUBCASE("also when it is not TOML at all") {
        sandbox.write("remind_after = \"45m\nvoice = true\n");
        const auto invalid = sandbox.editor.set("voice", "false");
        CHECK(invalid.status == EditResult::Status::BrokenFile);
        CHECK(invalid.message().starts_with(sandbox.file.string() + ":1:"));
        CHECK(sandbox.text() == "remind_after = \"45m\nvoice = true\n");
    }
}

TEST_CASE("a value the loader refuses is not written, and the message says where and why") {
    Sandbox sandbox;
    sandbox.write(kUserFile);
    const auto result = sandbox.editor.set("remind_after", R"("9h")");
    CHECK(result.status == EditResult::Status::BadValue);
    CHECK(result.message() == sandbox.file.string() +
                                  ":5:16: error: remind_after: \"9h\" is out of range (expected "
                                  "1s to 8h)");
    CHECK(sandbox.text() == kUserFile);

    SUBCASE("a wrong type") {
        CHECK(sandbox.editor.set("voice", R"("yes")").message() ==
              sandbox.file.string() + ":9:9: error: voice: expected true or false, found a string");
    }
    SUBCASE("text that is not one TOML value") {
        const auto sneaky = sandbox.editor.set("remind_after", "\"30m\"\nsnooze = \"1s\"");
        CHECK(sneaky.status == EditResult::Status::BadValue);
        CHECK(sandbox.editor.set("remind_after", R"("30m" # and a comment)").status ==
              EditResult::Status::BadValue);
        CHECK(sandbox.editor.set("remind_after", "30m").status == EditResult::Status::BadValue);
    }
    CHECK(sandbox.text() == kUserFile);
}

TEST_CASE("an unknown key is refused, with the nearest known one") {
    Sandbox sandbox;
    sandbox.write(kUserFile);
    const auto result = sandbox.editor.set("remind_afer", R"("30m")");
    CHECK(result.status == EditResult::Status::UnknownKey);
    CHECK(result.message() == "unknown key 'remind_afer'; did you mean 'remind_after'?");
    CHECK(sandbox.editor.set("my_own_note", R"("x")").status == EditResult::Status::UnknownKey);
    CHECK(sandbox.editor.reset("later").status == EditResult::Status::UnknownKey);
    CHECK(sandbox.text() == kUserFile);
}

TEST_CASE("setting the value the file already has writes nothing") {
    Sandbox sandbox;
    sandbox.write(kUserFile);
    struct stat before {};
    REQUIRE(::stat(sandbox.file.c_str(), &before) == 0);
    CHECK(sandbox.editor.set("remind_after", R"("45m")").status == EditResult::Status::Unchanged);
    struct stat after {};
    REQUIRE(::stat(sandbox.file.c_str(), &after) == 0);
    CHECK(before.st_ino == after.st_ino);
}

TEST_CASE("the file keeps its permissions, and a symlink stays a symlink") {
    Sandbox sandbox;
    const auto target = sandbox.dir.write("dotfiles-config.toml", kUserFile);
    ::chmod(target.c_str(), 0640);
    std::filesystem::create_symlink(target, sandbox.file);
    CHECK(sandbox.editor.set("voice", "false").status == EditResult::Status::Written);
    CHECK(std::filesystem::is_symlink(sandbox.file));
    CHECK(readWhole(target) == replaced(std::string(kUserFile), "voice = true", "voice = false"));
    struct stat info {};
    REQUIRE(::stat(target.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0640);
    // No temporary file is left behind.
    CHECK(std::distance(std::filesystem::directory_iterator(sandbox.dir.path()),
                        std::filesystem::directory_iterator()) == 2);
}

TEST_CASE("several keys change in one write, or none does") {
    Sandbox sandbox;
    sandbox.write(kUserFile);
    const std::vector<KeyValue> good{{"remind_after", R"("30m")"}, {"sound", "false"}};
    CHECK(sandbox.editor.set(good).status == EditResult::Status::Written);
    const std::vector<KeyValue> oneBad{{"remind_after", R"("20m")"}, {"snooze", R"("5h")"}};
    CHECK(sandbox.editor.set(oneBad).status == EditResult::Status::BadValue);
    const auto loaded = loadConfigFile(sandbox.file);
    REQUIRE(loaded.config);
    CHECK(loaded.config->engine.remindAfter == 30min);
    CHECK_FALSE(loaded.config->sound);
}

TEST_CASE("reset writes the documented default where the key is, and adds no key") {
    Sandbox sandbox;
    sandbox.write(kUserFile);
    REQUIRE(sandbox.editor.set("max_snoozes", "7").ok());
    CHECK(sandbox.editor.reset("max_snoozes").status == EditResult::Status::Written);
    CHECK(sandbox.text() == kUserFile);
    CHECK(sandbox.editor.reset("away_after").status == EditResult::Status::Unchanged);
    CHECK(sandbox.text() == kUserFile);
}

TEST_CASE("restoring every default turns a changed copy of default.toml back into it") {
    Sandbox sandbox;
    const auto reference = referenceText();
    sandbox.write(reference);
    const std::vector<KeyValue> changes{{"remind_after", R"("30m")"},
                                        {"active_days", R"(["sat"])"},
                                        {"routine", R"(["psoas", "quick"])"},
                                        {"escalation", R"("break-screen")"},
                                        {"voice", "false"},
                                        {"max_snoozes", "0"}};
    REQUIRE(sandbox.editor.set(changes).status == EditResult::Status::Written);
    REQUIRE(sandbox.text() != reference);
    const auto keys = configKeyNames();
    CHECK(
        sandbox.editor.reset(std::span<const std::string_view>(keys.begin(), keys.end())).status ==
        EditResult::Status::Written);
    CHECK(sandbox.text() == reference);
}

TEST_CASE("every key has a default in default.toml to reset to") {
    Sandbox sandbox;
    for (const auto key : configKeyNames()) {
        CAPTURE(key);
        CHECK_FALSE(sandbox.editor.defaultText(key).empty());
    }
    CHECK(sandbox.editor.defaultText("remind_after") == R"("45m")");
}

TEST_CASE("the value of a key: as the file writes it, else the default") {
    Sandbox sandbox;
    sandbox.write(kUserFile);
    CHECK(sandbox.editor.valueText("snooze").first == R"("10m")");
    CHECK(sandbox.editor.valueText("active_days").first ==
          "[\n    \"mon\", # gym day\n    \"tue\",\n    \"wed\",\n]");
    CHECK(sandbox.editor.valueText("history_days").first == "365");
    CHECK(sandbox.editor.valueText("nope").second.status == EditResult::Status::UnknownKey);
}

TEST_CASE("values typed on a command line become TOML by the type of the key's default") {
    Sandbox sandbox;
    const auto& editor = sandbox.editor;
    CHECK(editor.tomlFromWords("remind_after", "30m") == R"("30m")");
    CHECK(editor.tomlFromWords("active_hours", " 08:00-19:00 ") == R"("08:00-19:00")");
    CHECK(editor.tomlFromWords("voice", "false") == "false");
    CHECK(editor.tomlFromWords("voice", "no") == R"("no")");
    CHECK(editor.tomlFromWords("max_snoozes", "5") == "5");
    CHECK(editor.tomlFromWords("remind_after", "5") == R"("5")");
    CHECK(editor.tomlFromWords("active_days", "mon, tue,wed") == R"(["mon", "tue", "wed"])");
    CHECK(editor.tomlFromWords("active_days", "sat") == R"(["sat"])");
    CHECK(editor.tomlFromWords("routine", "psoas") == R"("psoas")");
    CHECK(editor.tomlFromWords("routine", "psoas,quick") == R"(["psoas", "quick"])");
    CHECK(editor.tomlFromWords("routine", R"(["psoas"])") == R"(["psoas"])");
    CHECK(editor.tomlFromWords("language", R"(say "hi")") == R"("say \"hi\"")");

    CHECK(ConfigEditor::wordsFromToml(R"("30m")") == "30m");
    CHECK(ConfigEditor::wordsFromToml("[\n \"mon\", # x\n \"tue\"]") == "mon,tue");
    CHECK(ConfigEditor::wordsFromToml("true") == "true");
    CHECK(ConfigEditor::wordsFromToml("3") == "3");
}
