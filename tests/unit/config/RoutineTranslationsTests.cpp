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

namespace {

RoutineLoadResult parse(std::string_view text) {
    return parseRoutine(text, "mine.toml", "mine", {});
}

constexpr std::string_view kTranslated = "title = \"Hips\"\n"
                                         "safety = \"Stop if it hurts.\"\n"
                                         "de.title = \"Hüften\"\n"
                                         "pt_BR.safety = \"Pare se doer.\"\n"
                                         "[[step]]\n"
                                         "title = \"Lunge\"\n"
                                         "do = \"Step forward.\"\n"
                                         "hold = \"10s\"\n"
                                         "sides = \"left-right\"\n"
                                         "de.title = \"Ausfallschritt\"\n"
                                         "de.do = \"Mach einen Schritt nach vorn.\"\n"
                                         "de.left_label = \"Links vorn\"\n"
                                         "pt.title = \"Avanço\"\n";

} // namespace

TEST_CASE("a routine carries its translations next to the English text") {
    const auto result = parse(kTranslated);
    REQUIRE(result.routine);
    CHECK(result.diagnostics.empty());
    const auto& routine = *result.routine;
    CHECK(routine.title == "Hips");
    CHECK(routine.translations.at("de").at("title") == "Hüften");
    CHECK(routine.translations.at("pt_BR").at("safety") == "Pare se doer.");
    CHECK(routine.steps.at(0).translations.at("de").at("do") == "Mach einen Schritt nach vorn.");
}

TEST_CASE("the first wanted language that translates a text wins, English is the fallback") {
    const auto routine = *parse(kTranslated).routine;

    const auto german = core::localized(routine, {"de"});
    CHECK(german.title == "Hüften");
    CHECK(german.safety == "Stop if it hurts."); // not translated to German: English
    CHECK(german.steps[0].title == "Ausfallschritt");
    CHECK(german.steps[0].instructions.doing == "Mach einen Schritt nach vorn.");
    CHECK(german.steps[0].leftLabel == "Links vorn");
    CHECK(german.steps[0].rightLabel == core::kDefaultRightLabel);

    const auto brazilian = core::localized(routine, {"pt_BR", "pt"});
    CHECK(brazilian.safety == "Pare se doer.");
    CHECK(brazilian.steps[0].title == "Avanço"); // from the plain "pt" table

    const auto english = core::localized(routine, {});
    CHECK(english == routine);
}

TEST_CASE("a translation table accepts only the texts of its place") {
    const auto result = parse("title = \"Hips\"\n"
                              "de.hold = \"10s\"\n"
                              "[[step]]\n"
                              "title = \"Lunge\"\n"
                              "do = \"Step forward.\"\n"
                              "hold = \"10s\"\n"
                              "de.safety = \"Vorsicht\"\n");
    REQUIRE(result.diagnostics.size() == 2);
    CHECK(result.diagnostics[0].message == "unknown key 'hold' in a translation is ignored");
    CHECK(result.diagnostics[1].message.find("unknown key 'safety' in a translation") == 0);
    CHECK(result.routine);
}

TEST_CASE("a table that is not a language code is still an unknown key") {
    const auto result = parse("title = \"Hips\"\n"
                              "German.title = \"Hüften\"\n"
                              "[[step]]\n"
                              "title = \"Lunge\"\n"
                              "do = \"Step forward.\"\n"
                              "hold = \"10s\"\n");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message.find("unknown key 'German'") == 0);
}

TEST_CASE("every shipped routine is translated into every shipped language") {
    const auto dir = std::filesystem::path(FLEXOR_SOURCE_DIR) / "config" / "routines";
    for (const auto& file : std::filesystem::directory_iterator(dir)) {
        CAPTURE(file.path().string());
        const auto result = loadRoutineFile(
            file.path(), {std::filesystem::path(FLEXOR_SOURCE_DIR) / "assets" / "poses"});
        REQUIRE(result.routine);
        CHECK(result.diagnostics.empty());
        const auto& routine = *result.routine;
        for (const std::string language : {"de", "fr", "es", "it", "pt_BR"}) {
            CAPTURE(language);
            REQUIRE(routine.translations.contains(language));
            CHECK(routine.translations.at(language).size() == (routine.safety.empty() ? 1 : 2));
            for (const auto& step : routine.steps) {
                CAPTURE(step.title);
                REQUIRE(step.translations.contains(language));
                const auto& texts = step.translations.at(language);
                std::size_t wanted = 2 + (step.instructions.feeling.empty() ? 0 : 1) +
                                     (step.instructions.avoid.empty() ? 0 : 1) +
                                     (step.say.empty() ? 0 : 1);
                if (step.sides == core::Sides::LeftRight) {
                    wanted += (step.leftLabel != core::kDefaultLeftLabel ? 1 : 0) +
                              (step.rightLabel != core::kDefaultRightLabel ? 1 : 0);
                }
                CHECK(texts.size() == wanted);
            }
        }
    }
}
