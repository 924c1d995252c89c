// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConfigTestSupport.h"
#include "config/ConfigKeys.h"
#include "config/ConfigLoader.h"

#include <doctest/doctest.h>
#include <toml++/toml.h>

using namespace flexor::config;
using namespace flexor::config::test;
using namespace std::chrono_literals;

TEST_CASE("a file that sets every key changes every field") {
    const auto result = loadConfigFile(testDataFile("every-key.toml"));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.config);
    const Config& config = *result.config;

    CHECK(config.engine.remindAfter == 90min);
    CHECK(config.engine.awayAfter == 3min);
    CHECK(config.engine.snooze == 15min);
    CHECK(config.engine.maxSnoozes == 5);
    CHECK(config.engine.repeatEvery == 2min);
    CHECK(config.engine.minRoutine == 30s);
    CHECK(config.engine.standingLimit == 2h);
    CHECK_FALSE(config.engine.schedule.enabled);
    CHECK(config.engine.schedule.days ==
          std::array<bool, 7>{false, false, false, false, false, true, true});
    CHECK(config.engine.schedule.start == 22h);
    CHECK(config.engine.schedule.end == 6h);
    CHECK(config.presence == "x11-sync");
    CHECK(config.routine == "quick");
    CHECK_FALSE(config.idleInhibitors);
    CHECK(config.engine.dndMaxDelay == 0s);
    CHECK(config.engine.meetingMaxDelay == 10min);
    CHECK_FALSE(config.meetingDetection);
    CHECK(config.historyDays == 30);
    CHECK(config.shareFolder == "~/Sync/flexor");
    CHECK(config.engine.shareSkew == 5s);
    CHECK(config.logLevel == "debug");
    CHECK_FALSE(config.sound);
    CHECK(config.language == "pt_BR");
    CHECK_FALSE(config.voice);
    CHECK(config.escalation == flexor::config::Escalation::BreakScreen);
    CHECK(config.engine.eyeBreaks);
    CHECK(config.engine.eyeBreakEvery == 25min);
    CHECK(config.engine.eyeBreakFor == 30s);
    CHECK(config.dailySittingLimit == 6h);
    CHECK(config.standingDesk);
    CHECK(config.standFor == 20min);
    CHECK(config.rhythm == "90-20-5");
    CHECK(config.rhythmMove == 5min);
    CHECK(config.calendars ==
          std::vector<std::string>{"~/.calendars/work/", "https://example.org/basic.ics"});
    CHECK(config.calendarIgnore == std::vector<std::string>{"lunch", "walk"});
    CHECK(config.calendarTitles);
    CHECK(config.engine.beforeMeeting == 5min);
    CHECK(config.engine.longMeeting == 45min);
}

TEST_CASE("a rhythm stands in for remind_after and stand_for and turns standing_desk on") {
    const auto result = parseConfig(
        "remind_after = \"45m\"\nstand_for = \"3m\"\nrhythm = \"20-8-2\"\n", "config.toml");
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.config);
    CHECK(result.config->engine.remindAfter == 20min);
    CHECK(result.config->standFor == 8min);
    CHECK(result.config->rhythmMove == 2min);
    CHECK(result.config->standingDesk);
    // "" is no rhythm: remind_after counts again.
    const auto none = parseConfig("remind_after = \"45m\"\nrhythm = \"\"\n", "config.toml");
    REQUIRE(none.config);
    CHECK(none.config->engine.remindAfter == 45min);
    CHECK_FALSE(none.config->standingDesk);
}

TEST_CASE("a rhythm that is not SIT-STAND-MOVE minutes is an error at its value") {
    for (const char* bad : {"20-8", "20-8-2-1", "20--2", "a-8-2", "0-8-2", "20-8-61", "20-481-2",
                            "-20-8-2", "20-8-2-"}) {
        CAPTURE(bad);
        const auto problem = onlyDiagnostic("rhythm = \"" + std::string(bad) + "\"\n");
        CHECK(problem.column == 10);
        CHECK(problem.message.find("is not a rhythm (expected minutes of sitting, standing and "
                                   "moving as \"SIT-STAND-MOVE\", e.g. \"20-8-2\"") !=
              std::string::npos);
    }
}

TEST_CASE("daily_sitting_limit is off as \"0s\" or \"\", and at most 24h") {
    CHECK(parseConfig("daily_sitting_limit = \"\"\n", "c.toml").config->dailySittingLimit == 0s);
    CHECK(parseConfig("daily_sitting_limit = \"24h\"\n", "c.toml").config->dailySittingLimit ==
          24h);
    CHECK(onlyDiagnostic("daily_sitting_limit = \"24h1s\"\n").message ==
          R"(daily_sitting_limit: "24h1s" is out of range (expected 0s to 24h))");
}

TEST_CASE("eye break durations have their ranges") {
    CHECK(onlyDiagnostic("eye_break_for = \"5m1s\"\n").message ==
          R"(eye_break_for: "5m1s" is out of range (expected 1s to 5m))");
    CHECK(onlyDiagnostic("eye_break_every = \"0s\"\n").message ==
          R"(eye_break_every: "0s" is out of range (expected 1s to 4h))");
}

TEST_CASE("calendars must be a list of strings, with the place of the mistake") {
    const auto result = parseConfig("calendars = \"~/work.ics\"\n", "config.toml");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].toString().find("config.toml:1:13: error: calendars: expected") !=
          std::string::npos);
}

TEST_CASE("calendars takes evolution beside files and URLs, and a bare word is a mistake") {
    const auto good =
        parseConfig("calendars = [\"evolution\", \"~/cal/\", \"work.ics\"]\n", "config.toml");
    CHECK(good.diagnostics.empty());
    CHECK(good.config->calendars == std::vector<std::string>{"evolution", "~/cal/", "work.ics"});
    const auto typo = parseConfig("calendars = [\"~/cal/\", \"evolutoin\"]\n", "config.toml");
    REQUIRE(typo.diagnostics.size() == 1);
    CHECK(typo.diagnostics[0].toString().find(
              "config.toml:1:24: error: calendars: \"evolutoin\" is not a calendar (expected "
              "\"evolution\", an .ics file") != std::string::npos);
}

TEST_CASE("the every-key fixture really names every key") {
    const auto table = toml::parse_file(testDataFile("every-key.toml").string());
    for (const auto key : configKeyNames()) {
        CAPTURE(key);
        CHECK(table.contains(key));
    }
}

TEST_CASE("missing keys keep their defaults") {
    const auto result = parseConfig("snooze = \"20m\"\n", "config.toml");
    REQUIRE(result.config);
    Config expected;
    expected.engine.snooze = 20min;
    CHECK(*result.config == expected);
}

TEST_CASE("an empty file is the default config") {
    const auto result = parseConfig("", "config.toml");
    CHECK(result.diagnostics.empty());
    REQUIRE(result.config);
    CHECK(*result.config == Config{});
}

TEST_CASE("a config file that does not exist means the defaults, without a complaint") {
    TempDir dir;
    const auto result = loadConfigFile(dir.path() / "config.toml");
    CHECK(result.diagnostics.empty());
    REQUIRE(result.config);
    CHECK(*result.config == Config{});
}

TEST_CASE("a config path that cannot be read as a file is an error about the whole file") {
    TempDir dir;
    const auto result = loadConfigFile(dir.path());
    CHECK_FALSE(result.config);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].severity == Diagnostic::Severity::Error);
    CHECK(result.diagnostics[0].file == dir.path().string());
    CHECK(result.diagnostics[0].line == 0);
}

TEST_CASE("diagnostics from a file carry its path") {
    const auto file = testDataFile("broken.toml");
    const auto result = loadConfigFile(file);
    CHECK_FALSE(result.config);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].toString() ==
          file.string() + R"(:3:16: error: remind_after: "45x" is not a duration)" +
              R"( (expected e.g. "45m", "90s", "1h30m"))");
}

TEST_CASE("a bad duration points at the value and shows the expected form") {
    const auto problem = onlyDiagnostic("# durations\n"
                                        "snooze = \"10m\"\n"
                                        "remind_after = \"45x\"\n");
    CHECK(problem.toString() == R"(config.toml:3:16: error: remind_after: "45x" is not a duration)"
                                R"( (expected e.g. "45m", "90s", "1h30m"))");
}

TEST_CASE("a value of the wrong type names the expected and the found type") {
    SUBCASE("a number where a duration belongs") {
        const auto problem = onlyDiagnostic("away_after = 5\n");
        CHECK(problem.line == 1);
        CHECK(problem.column == 14);
        CHECK(problem.message ==
              R"(away_after: expected a duration string such as "45m", "90s" or "1h30m",)"
              " found an integer");
    }
    SUBCASE("a string where a number belongs") {
        const auto problem = onlyDiagnostic("history_days = \"30\"\n");
        CHECK(problem.column == 16);
        CHECK(problem.message ==
              "history_days: expected a whole number from 1 to 3650, found a string");
    }
    SUBCASE("a fraction where a whole number belongs") {
        const auto problem = onlyDiagnostic("max_snoozes = 2.5\n");
        CHECK(problem.column == 15);
        CHECK(problem.message ==
              "max_snoozes: expected a whole number from 0 to 20, found a floating-point number");
    }
    SUBCASE("a string where a boolean belongs") {
        const auto problem = onlyDiagnostic("\n\n  sound = \"yes\"\n");
        CHECK(problem.line == 3);
        CHECK(problem.column == 11);
        CHECK(problem.message == "sound: expected true or false, found a string");
    }
    SUBCASE("a string where the list of days belongs") {
        const auto problem = onlyDiagnostic("active_days = \"mon\"\n");
        CHECK(problem.column == 15);
        CHECK(problem.message ==
              R"(active_days: expected a list of days such as ["mon", "tue"], found a string)");
    }
}

TEST_CASE("durations outside their range are errors that state the range") {
    SUBCASE("too long") {
        const auto problem = onlyDiagnostic("remind_after = \"8h1s\"\n");
        CHECK(problem.column == 16);
        CHECK(problem.message == R"(remind_after: "8h1s" is out of range (expected 1s to 8h))");
    }
    SUBCASE("too short") {
        const auto problem = onlyDiagnostic("standing_limit = \"59s\"\n");
        CHECK(problem.column == 18);
        CHECK(problem.message == R"(standing_limit: "59s" is out of range (expected 1m to 8h))");
    }
    SUBCASE("zero where at least a second is needed") {
        const auto problem = onlyDiagnostic("repeat_every = \"0s\"\n");
        CHECK(problem.message == R"(repeat_every: "0s" is out of range (expected 1s to 2h))");
    }
}

TEST_CASE("the edges of every duration range are accepted") {
    const auto result = parseConfig(R"(
remind_after = "8h"
away_after = "2h"
snooze = "4h"
repeat_every = "1s"
min_routine = "0s"
standing_limit = "1m"
dnd_max_delay = "4h"
)",
                                    "config.toml");
    CHECK(result.diagnostics.empty());
    REQUIRE(result.config);
    CHECK(result.config->engine.remindAfter == 8h);
    CHECK(result.config->engine.minRoutine == 0s);
    CHECK(result.config->engine.standingLimit == 1min);
}

TEST_CASE("whole numbers outside their range are errors that state the range") {
    SUBCASE("max_snoozes") {
        const auto problem = onlyDiagnostic("max_snoozes = 21\n");
        CHECK(problem.column == 15);
        CHECK(problem.message == "max_snoozes: 21 is out of range (expected 0 to 20)");
    }
    SUBCASE("history_days") {
        const auto problem = onlyDiagnostic("history_days = 0\n");
        CHECK(problem.column == 16);
        CHECK(problem.message == "history_days: 0 is out of range (expected 1 to 3650)");
    }
}

TEST_CASE("an unknown choice lists the valid ones and suggests the nearest") {
    SUBCASE("a near miss") {
        const auto problem = onlyDiagnostic("presence = \"gnom\"\n");
        CHECK(problem.column == 12);
        CHECK(problem.message ==
              R"(presence: "gnom" is not a valid choice (expected one of auto, gnome,)"
              R"( ext-idle-notify, kde-idle, x11-sync, x11-screensaver or none);)"
              R"( did you mean "gnome"?)");
    }
    SUBCASE("nothing close") {
        const auto problem = onlyDiagnostic("log_level = \"verbose\"\n");
        CHECK(problem.column == 13);
        CHECK(problem.message == R"(log_level: "verbose" is not a valid choice)"
                                 R"( (expected one of trace, debug, info, warn or error))");
    }
}

TEST_CASE("active_days problems point at the offending element") {
    SUBCASE("not a day") {
        const auto problem = onlyDiagnostic(R"(active_days = ["mon", "fry"])");
        CHECK(problem.line == 1);
        CHECK(problem.column == 23);
        CHECK(problem.message ==
              R"(active_days: "fry" is not a valid choice (expected one of mon, tue, wed, thu,)"
              R"( fri, sat or sun); did you mean "fri"?)");
    }
    SUBCASE("a day twice") {
        const auto problem = onlyDiagnostic(R"(active_days = ["tue", "wed", "tue"])");
        CHECK(problem.column == 30);
        CHECK(problem.message == R"(active_days: "tue" is listed more than once)");
    }
    SUBCASE("no day at all") {
        const auto problem = onlyDiagnostic("active_days = []\n");
        CHECK(problem.column == 15);
        CHECK(problem.message == "active_days: the list is empty (expected at least one day; to "
                                 "be reminded at any time, set schedule = false)");
    }
}

TEST_CASE("active_hours must be a valid start-end range") {
    SUBCASE("not a range") {
        const auto problem = onlyDiagnostic("active_hours = \"08:00\"\n");
        CHECK(problem.column == 16);
        CHECK(problem.message == R"(active_hours: "08:00" is not a time range)"
                                 R"( (expected "HH:MM-HH:MM", e.g. "08:00-19:00"))");
    }
    SUBCASE("a time that does not exist") {
        const auto problem = onlyDiagnostic("active_hours = \"08:00-25:00\"\n");
        CHECK(problem.column == 16);
        CHECK(problem.message == R"(active_hours: "25:00" is not a time of day)"
                                 " (expected HH:MM from 00:00 to 23:59, or 24:00 as the end)");
    }
    SUBCASE("starting at the end of the day") {
        const auto problem = onlyDiagnostic("active_hours = \"24:00-08:00\"\n");
        CHECK(problem.message ==
              R"(active_hours: "24:00-08:00" starts at 24:00 (a day ends there; start at 00:00))");
    }
}

TEST_CASE("active_hours may end at 24:00, cross midnight and have spaces around the dash") {
    const auto read = [](std::string_view text) {
        const auto result = parseConfig(text, "config.toml");
        REQUIRE(result.config);
        return std::pair(result.config->engine.schedule.start, result.config->engine.schedule.end);
    };
    CHECK(read(R"(active_hours = "00:00-24:00")") == std::pair(0min, std::chrono::minutes(24h)));
    CHECK(read(R"(active_hours = "22:00-06:30")") == std::pair(std::chrono::minutes(22h), 390min));
    CHECK(read(R"(active_hours = "09:15 - 17:45")") == std::pair(555min, 1065min));
}

TEST_CASE("routine must name something") {
    const auto problem = onlyDiagnostic("routine = \"\"\n");
    CHECK(problem.column == 11);
    CHECK(problem.message ==
          R"(routine: the value is empty (expected the name of a routine, e.g. "psoas"))");
}

TEST_CASE("routine takes one name or a list of names that take turns by day") {
    SUBCASE("one name: that routine every day") {
        const auto result = parseConfig("routine = \"quick\"\n", "config.toml");
        REQUIRE(result.config);
        CHECK(result.config->routine == "quick");
        CHECK(result.config->routineRotation.empty());
    }
    SUBCASE("a list: kept in order, the first also the plain routine") {
        const auto result = parseConfig("routine = [\"psoas\", \"quick\"]\n", "config.toml");
        REQUIRE(result.config);
        CHECK(result.diagnostics.empty());
        CHECK(result.config->routine == "psoas");
        CHECK(result.config->routineRotation == std::vector<std::string>{"psoas", "quick"});
    }
    SUBCASE("an empty list") {
        const auto problem = onlyDiagnostic("routine = []\n");
        CHECK(problem.line == 1);
        CHECK(problem.column == 11);
        CHECK(problem.message == R"(routine: the list is empty (expected one routine a day in )"
                                 R"(turn, e.g. ["psoas", "quick"]))");
    }
    SUBCASE("an element that is not a name is pointed at") {
        const auto problem = onlyDiagnostic("routine = [\"psoas\", 3]\n");
        CHECK(problem.line == 1);
        CHECK(problem.column == 21);
        CHECK(problem.message ==
              R"(routine: expected the name of a routine, e.g. "psoas", found an integer)");
    }
    SUBCASE("an empty name in the list") {
        const auto problem = onlyDiagnostic("routine = [\"\", \"quick\"]\n");
        CHECK(problem.column == 12);
    }
}

TEST_CASE("a TOML syntax error gives the position where the parser stopped") {
    SUBCASE("an unterminated string") {
        const auto problem = onlyDiagnostic("snooze = \"10m\"\nremind_after = \"45m\n");
        CHECK(problem.severity == Diagnostic::Severity::Error);
        CHECK(problem.line == 2);
        CHECK(problem.column == 20);
        CHECK(problem.message.starts_with("invalid TOML: "));
    }
    SUBCASE("a bare word where a value belongs") {
        const auto problem = onlyDiagnostic("remind_after = 45m\n");
        CHECK(problem.line == 1);
        CHECK(problem.column == 18);
        CHECK(problem.toString().starts_with("config.toml:1:18: error: invalid TOML: "));
    }
    SUBCASE("a key given twice") {
        const auto problem = onlyDiagnostic("sound = true\nsound = false\n");
        CHECK(problem.line == 2);
        CHECK(problem.message.starts_with("invalid TOML: "));
    }
}

TEST_CASE("an unknown key is a warning with the closest key, and the rest still loads") {
    const auto result = loadConfigFile(testDataFile("misspelt-key.toml"));
    REQUIRE(result.config);
    CHECK(result.config->engine.snooze == 5min);
    CHECK(result.config->engine.remindAfter == Config{}.engine.remindAfter);
    REQUIRE(result.diagnostics.size() == 1);
    const auto& warning = result.diagnostics[0];
    CHECK(warning.severity == Diagnostic::Severity::Warning);
    CHECK(warning.line == 2);
    CHECK(warning.column == 1);
    CHECK(warning.message == "unknown key 'remind_afte' is ignored; did you mean 'remind_after'?");
}

TEST_CASE("an unknown key far from every known key gets no suggestion") {
    const auto problem = onlyDiagnostic("colour = \"blue\"\n");
    CHECK(problem.severity == Diagnostic::Severity::Warning);
    CHECK(problem.message == "unknown key 'colour' is ignored");
}

TEST_CASE("a table is a warning that explains the file has none") {
    const auto problem = onlyDiagnostic("[general]\nremind_after = \"30m\"\n");
    CHECK(problem.severity == Diagnostic::Severity::Warning);
    CHECK(problem.line == 1);
    CHECK(problem.message == "unknown table 'general' is ignored (config.toml has no tables: "
                             "write every key at the top of the file)");
}

TEST_CASE("every problem in a file is reported, in the order of the file") {
    const auto result = parseConfig("sound = 1\n"
                                    "remind_aftr = \"30m\"\n"
                                    "active_days = [\"mon\", \"mon\"]\n"
                                    "away_after = \"forever\"\n",
                                    "config.toml");
    CHECK_FALSE(result.config);
    REQUIRE(result.diagnostics.size() == 4);
    CHECK(result.diagnostics[0].line == 1);
    CHECK(result.diagnostics[1].line == 2);
    CHECK(result.diagnostics[1].severity == Diagnostic::Severity::Warning);
    CHECK(result.diagnostics[2].line == 3);
    CHECK(result.diagnostics[2].column == 23);
    CHECK(result.diagnostics[3].line == 4);
}

TEST_CASE("messages keep a strange value on one line") {
    const auto problem = onlyDiagnostic("snooze = \"10\\n\\\"m\"\n");
    CHECK(problem.message ==
          R"(snooze: "10\u000A\"m" is not a duration (expected e.g. "45m", "90s", "1h30m"))");
}

TEST_CASE("share_folder is empty (off), absolute or in the home folder") {
    CHECK(parseConfig("share_folder = \"\"\n", "config.toml").config->shareFolder.empty());
    CHECK(parseConfig("share_folder = \"/srv/sync\"\n", "config.toml").config->shareFolder ==
          "/srv/sync");
    const auto relative = parseConfig("share_folder = \"Sync/flexor\"\n", "config.toml");
    REQUIRE(relative.diagnostics.size() == 1);
    CHECK(relative.diagnostics.front().message.find("share_folder") != std::string::npos);
    CHECK(relative.diagnostics.front().line == 1);
    CHECK(relative.diagnostics.front().column == 16);
}
