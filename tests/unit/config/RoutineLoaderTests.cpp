// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "config/RoutineLoader.h"

#include <doctest/doctest.h>
#include <filesystem>
#include <string>
#include <string_view>

using namespace flexor;
using namespace flexor::config;
using namespace std::chrono_literals;

namespace {

const std::filesystem::path routineData = std::filesystem::path(FLEXOR_TEST_DATA_DIR) / "routines";

RoutineLoadResult parse(std::string_view text) {
    return parseRoutine(text, "mine.toml", "mine", {routineData / "pictures"});
}

// A routine text with one good step, followed by `extra` lines.
std::string withOneStep(std::string_view extra) {
    return std::string("title = \"Mine\"\n"
                       "[[step]]\n"
                       "title = \"Stand\"\n"
                       "do = \"Stand up.\"\n"
                       "hold = \"10s\"\n") +
           std::string(extra);
}

// The one problem a routine text has, as "line:col: severity: message".
std::string onlyProblem(std::string_view text) {
    const auto result = parse(text);
    REQUIRE(result.diagnostics.size() == 1);
    const auto& d = result.diagnostics.front();
    return std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
           (d.severity == Diagnostic::Severity::Error ? "error: " : "warning: ") + d.message;
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("a complete routine reads into plain data") {
    const auto result = parse("title = \"Mine\"\n"
                              "safety = \"Stop if it hurts.\"\n"
                              "get_ready = \"3s\"\n"
                              "[[step]]\n"
                              "title = \"Lunge\"\n"
                              "do = \"Step forward.\"\n"
                              "feel = \"A stretch.\"\n"
                              "avoid = \"Bouncing.\"\n"
                              "picture = \"stand\"\n"
                              "hold = \"40s\"\n"
                              "sides = \"left-right\"\n"
                              "left_label = \"Left leg forward\"\n"
                              "right_label = \"Right leg forward\"\n"
                              "rounds = 2\n");
    CHECK(result.diagnostics.empty());
    REQUIRE(result.routine);
    const auto& r = *result.routine;
    CHECK(r.name == "mine");
    CHECK(r.title == "Mine");
    CHECK(r.safety == "Stop if it hurts.");
    CHECK(r.getReady == 3s);
    REQUIRE(r.steps.size() == 1);
    const auto& s = r.steps.front();
    CHECK(s.title == "Lunge");
    CHECK(s.instructions.doing == "Step forward.");
    CHECK(s.instructions.feeling == "A stretch.");
    CHECK(s.instructions.avoid == "Bouncing.");
    CHECK(s.picture == "stand");
    CHECK(s.picturePath == (routineData / "pictures" / "stand.svg").string());
    CHECK(s.hold == 40s);
    CHECK(s.sides == core::Sides::LeftRight);
    CHECK(s.leftLabel == "Left leg forward");
    CHECK(s.rightLabel == "Right leg forward");
    CHECK(s.rounds == 2);
}

TEST_CASE("optional routine and step keys have defaults") {
    const auto result = parse(withOneStep(""));
    REQUIRE(result.routine);
    CHECK(result.routine->getReady == 5s);
    CHECK(result.routine->safety.empty());
    const auto& s = result.routine->steps.front();
    CHECK(s.sides == core::Sides::None);
    CHECK(s.rounds == 1);
    CHECK(s.picture.empty());
}

TEST_CASE("steps keep the order of the file") {
    const auto result =
        parse(withOneStep("[[step]]\ntitle = \"Sit\"\ndo = \"Sit.\"\nhold = \"5s\"\n"));
    REQUIRE(result.routine);
    REQUIRE(result.routine->steps.size() == 2);
    CHECK(result.routine->steps[0].title == "Stand");
    CHECK(result.routine->steps[1].title == "Sit");
}

TEST_CASE("text that is not TOML is an error where the parser stopped") {
    const auto result = parse("title = \"Mine\"\n[[step]\n");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].line == 2);
    CHECK(result.diagnostics[0].column > 0);
    CHECK(contains(result.diagnostics[0].message, "invalid TOML"));
    CHECK_FALSE(result.routine);
}

TEST_CASE("a value of the wrong type is an error at the value") {
    CHECK(onlyProblem(withOneStep("rounds = \"three\"\n")) ==
          "6:10: error: rounds: expected a whole number from 1 to 20, found a string");
}

TEST_CASE("a hold that is not a duration is an error at the value") {
    const auto problem = onlyProblem("title = \"Mine\"\n[[step]]\ntitle = \"T\"\ndo = \"D\"\n"
                                     "hold = \"half a minute\"\n");
    CHECK(contains(problem, "5:8: error: hold: \"half a minute\" is not a duration"));
}

TEST_CASE("a hold or get-ready out of range is an error at the value") {
    CHECK(contains(onlyProblem("title = \"Mine\"\n[[step]]\ntitle = \"T\"\ndo = \"D\"\n"
                               "hold = \"2h\"\n"),
                   "5:8: error: hold: \"2h\" is out of range"));
    CHECK(contains(onlyProblem("get_ready = \"5m\"\n" + withOneStep("")),
                   "1:13: error: get_ready: \"5m\" is out of range"));
}

TEST_CASE("rounds out of range is an error at the value") {
    CHECK(onlyProblem(withOneStep("rounds = 0\n")) ==
          "6:10: error: rounds: 0 is out of range (expected 1 to 20)");
}

TEST_CASE("sides must be none or left-right, with a suggestion for a near miss") {
    CHECK(onlyProblem(withOneStep("sides = \"left-rigth\"\n")) ==
          "6:9: error: sides: \"left-rigth\" is not a valid choice (expected one of none or "
          "left-right); did you mean \"left-right\"?");
}

TEST_CASE("an empty text is an error at the value") {
    CHECK(onlyProblem(withOneStep("feel = \"\"\n")) ==
          "6:8: error: feel: the value is empty (expected what you should feel)");
}

TEST_CASE("a step without a required key is an error at the step") {
    const auto result = parse("title = \"Mine\"\n\n[[step]]\ntitle = \"T\"\nhold = \"5s\"\n");
    REQUIRE(result.diagnostics.size() == 1);
    const auto& d = result.diagnostics.front();
    CHECK(d.line == 3);
    CHECK(d.column == 1);
    CHECK(d.message == "this step has no 'do'");
    CHECK_FALSE(result.routine);
}

TEST_CASE("step must be a list of [[step]] tables") {
    CHECK(contains(onlyProblem("title = \"Mine\"\nstep = \"stand\"\n"),
                   "2:8: error: step: expected one [[step]] table per step, found a string"));
    CHECK(contains(onlyProblem("title = \"Mine\"\nstep = []\n"),
                   "2:8: error: step: the list is empty"));
}

TEST_CASE("a routine without a title or without steps is an error about the whole file") {
    const auto result = parse("safety = \"Careful.\"\n");
    REQUIRE(result.diagnostics.size() == 2);
    for (const auto& d : result.diagnostics) {
        CHECK(d.line == 0);
        CHECK(d.severity == Diagnostic::Severity::Error);
    }
    CHECK(contains(result.diagnostics[0].message, "no title"));
    CHECK(contains(result.diagnostics[1].message, "no steps"));
    CHECK(result.diagnostics[0].toString() ==
          "mine.toml: error: the routine has no title (add e.g. title = \"Morning stretch\")");
}

TEST_CASE("an unknown key is a warning with a suggestion, and the routine still loads") {
    const auto result = parse(withOneStep("rounsd = 2\n"));
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].severity == Diagnostic::Severity::Warning);
    CHECK(result.diagnostics[0].toString() ==
          "mine.toml:6:1: warning: unknown key 'rounsd' in a step is ignored; did you mean "
          "'rounds'?");
    CHECK(result.routine);
    CHECK(contains(onlyProblem("titel = \"x\"\n" + withOneStep("")),
                   "1:1: warning: unknown key 'titel' in a routine is ignored; did you mean "
                   "'title'?"));
}

TEST_CASE("a picture that is not found is a warning, and the step has no picture") {
    const auto result = parse(withOneStep("picture = \"cartwheel\"\n"));
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].toString() ==
          "mine.toml:6:11: warning: picture: no picture named \"cartwheel\" was found; the step "
          "is shown without one");
    REQUIRE(result.routine);
    CHECK(result.routine->steps[0].picturePath.empty());
}

TEST_CASE("a picture name cannot be a path") {
    CHECK(contains(onlyProblem(withOneStep("picture = \"../../etc/secret\"\n")),
                   "6:11: error: picture: \"../../etc/secret\" is not a picture name"));
}

TEST_CASE("side labels on a step without sides are a warning at the step") {
    CHECK(contains(onlyProblem(withOneStep("left_label = \"Left\"\n")),
                   "2:1: warning: left_label and right_label are only shown"));
}

TEST_CASE("problems are listed in the order of the file") {
    const auto result = parse("title = 3\n[[step]]\ntitle = \"T\"\ndo = \"D\"\nhold = 30\n");
    REQUIRE(result.diagnostics.size() == 2);
    CHECK(result.diagnostics[0].line == 1);
    CHECK(result.diagnostics[1].line == 5);
}

TEST_CASE("a routine file is named after its file and finds pictures next to it") {
    const auto result = loadRoutineFile(routineData / "user" / "reach.toml", {});
    CHECK(result.diagnostics.empty());
    REQUIRE(result.routine);
    CHECK(result.routine->name == "reach");
    CHECK(result.routine->steps[0].picturePath == (routineData / "user" / "my-reach.svg").string());
}

TEST_CASE("a routine file that cannot be read is an error about the whole file") {
    const auto missing = loadRoutineFile(routineData / "no-such.toml", {});
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].line == 0);
    CHECK(contains(missing.diagnostics[0].message, "cannot be read"));
    const auto folder = loadRoutineFile(routineData / "user", {});
    REQUIRE(folder.diagnostics.size() == 1);
    CHECK(contains(folder.diagnostics[0].message, "is a directory"));
}

TEST_CASE("a step's say line is what the voice speaks, empty without one") {
    const auto result = parse(withOneStep("say = \"Stand tall\"\n"));
    REQUIRE(result.routine);
    CHECK(result.diagnostics.empty());
    CHECK(result.routine->steps[0].say == "Stand tall");
    CHECK(parse(withOneStep("")).routine->steps[0].say.empty());
    CHECK(onlyProblem(withOneStep("say = 3\n")) ==
          "6:7: error: say: expected the line the voice speaks, found an integer");
}
