// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutineLoader.h"

#include "EditDistance.h"
#include "TextFile.h"
#include "TomlValueReader.h"

#include <algorithm>
#include <array>
#include <variant>

namespace flexor::config {

using namespace std::chrono_literals;

namespace {

constexpr std::array<std::string_view, 4> routineKeys{"title", "safety", "get_ready", "step"};
constexpr std::array<std::string_view, 11> stepKeys{"title",      "say",         "do",    "feel",
                                                    "avoid",      "picture",     "hold",  "sides",
                                                    "left_label", "right_label", "rounds"};
constexpr std::array<std::string_view, 2> sidesChoices{"none", "left-right"};
// The texts a language table may translate, at the top of the routine and in a step.
constexpr std::array<std::string_view, 2> routineTextKeys{"title", "safety"};
constexpr std::array<std::string_view, 7> stepTextKeys{"title", "say",        "do",         "feel",
                                                       "avoid", "left_label", "right_label"};

constexpr core::Duration kLongestGetReady = 1min;
constexpr core::Duration kShortestHold = 1s;
constexpr core::Duration kLongestHold = 10min;
constexpr std::int64_t mostRounds = 20;

template <typename T>
void assignIfRead(T& field, std::optional<T> value) {
    if (value) {
        field = std::move(*value);
    }
}

void warnUnknownKey(const toml::key& key, std::span<const std::string_view> known,
                    std::string_view where, TomlValueReader& reader) {
    std::string message = "unknown key '" + std::string(shortened(key.str())) +
                          (shortened(key.str()).size() < key.str().size() ? "…" : "") + "' " +
                          std::string(where) + " is ignored";
    if (const auto suggestion = closestMatch(key.str(), known)) {
        message += "; did you mean '" + *suggestion + "'?";
    }
    reader.warning(key.source(), std::move(message));
}

// A picture id is a plain file name without extension, so it cannot point outside the
// picture folders.
bool isPlainPictureId(std::string_view id) {
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_';
    });
}

std::string findPicture(std::string_view id, const std::vector<std::filesystem::path>& dirs) {
    for (const auto& dir : dirs) {
        const auto candidate = dir / (std::string(id) + ".svg");
        std::error_code ignored;
        if (std::filesystem::is_regular_file(candidate, ignored)) {
            return candidate.string();
        }
    }
    return {};
}

// "de", "fr", "pt_BR", "es_419": the language codes Qt and the locale names use.
bool isLanguageCode(std::string_view key) {
    const auto underscore = key.find('_');
    const auto language = key.substr(0, underscore);
    const auto isLower = [](char c) { return c >= 'a' && c <= 'z'; };
    if (language.size() < 2 || language.size() > 3 ||
        !std::all_of(language.begin(), language.end(), isLower)) {
        return false;
    }
    if (underscore == std::string_view::npos) {
        return true;
    }
    const auto region = key.substr(underscore + 1);
    return (region.size() == 2 || region.size() == 3) &&
           std::all_of(region.begin(), region.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

class RoutineReader {
public:
    RoutineReader(std::string sourceName, const std::vector<std::filesystem::path>& pictureDirs)
        : reader_(std::move(sourceName))
        , pictureDirs_(pictureDirs) {}

    // The routine as far as it could be read; any error reported means it is not usable.
    core::Routine read(const toml::table& table, core::Routine routine) {
        for (const auto& [key, value] : table) {
            readRoutineKey(key, value, routine);
        }
        if (!table.contains("title")) {
            fileError("the routine has no title (add e.g. title = \"Morning stretch\")");
        }
        if (!table.contains("step")) {
            fileError("the routine has no steps (add a [[step]] table for each one)");
        }
        return routine;
    }

    std::vector<Diagnostic> takeDiagnostics() {
        auto diagnostics = reader_.takeDiagnostics();
        diagnostics.insert(diagnostics.end(), fileDiagnostics_.begin(), fileDiagnostics_.end());
        return diagnostics;
    }

private:
    void readRoutineKey(const toml::key& key, const toml::node& value, core::Routine& routine) {
        const std::string_view name = key.str();
        if (name == "title") {
            assignIfRead(routine.title, reader_.text(value, "title", "the routine's title"));
        } else if (name == "safety") {
            assignIfRead(routine.safety,
                         reader_.text(value, "safety", "one line of safety advice"));
        } else if (name == "get_ready") {
            assignIfRead(routine.getReady,
                         reader_.duration(value, "get_ready", 0s, kLongestGetReady));
        } else if (name == "step") {
            readSteps(value, routine);
        } else if (isLanguageCode(name) && value.is_table()) {
            readTranslation(name, *value.as_table(), routineTextKeys, routine.translations);
        } else {
            warnUnknownKey(key, routineKeys, "in a routine", reader_);
        }
    }

    void readSteps(const toml::node& node, core::Routine& routine) {
        const auto* list = node.as_array();
        if (list != nullptr && list->empty()) {
            reader_.error(node.source(), "step: the list is empty (expected at least one step)");
            return;
        }
        if (list == nullptr || !list->is_array_of_tables()) {
            reader_.error(node.source(), "step: expected one [[step]] table per step, found " +
                                             std::string(describeType(node.type())));
            return;
        }
        for (const auto& element : *list) {
            routine.steps.push_back(readStep(*element.as_table()));
        }
    }

    core::RoutineStep readStep(const toml::table& table) {
        core::RoutineStep step;
        for (const auto& [key, value] : table) {
            readStepKey(key, value, step);
        }
        for (const auto required : {"title", "do", "hold"}) {
            if (!table.contains(required)) {
                error(table, std::string("this step has no '") + required + "'");
            }
        }
        if (step.sides == core::Sides::None &&
            (table.contains("left_label") || table.contains("right_label"))) {
            reader_.warning(table.source(), "left_label and right_label are only shown for "
                                            "steps with sides = \"left-right\"");
        }
        return step;
    }

    void readStepKey(const toml::key& key, const toml::node& value, core::RoutineStep& step) {
        const std::string_view name = key.str();
        if (name == "title") {
            assignIfRead(step.title, reader_.text(value, "title", "the step's title"));
        } else if (name == "say") {
            assignIfRead(step.say, reader_.text(value, "say", "the line the voice speaks"));
        } else if (name == "do") {
            assignIfRead(step.instructions.doing, reader_.text(value, "do", "what to do"));
        } else if (name == "feel") {
            assignIfRead(step.instructions.feeling,
                         reader_.text(value, "feel", "what you should feel"));
        } else if (name == "avoid") {
            assignIfRead(step.instructions.avoid, reader_.text(value, "avoid", "what to avoid"));
        } else if (name == "picture") {
            readPicture(value, step);
        } else if (name == "hold") {
            assignIfRead(step.hold, reader_.duration(value, "hold", kShortestHold, kLongestHold));
        } else if (name == "sides") {
            if (const auto sides = reader_.oneOf(value, "sides", sidesChoices)) {
                step.sides = *sides == "left-right" ? core::Sides::LeftRight : core::Sides::None;
            }
        } else if (name == "left_label") {
            assignIfRead(step.leftLabel,
                         reader_.text(value, "left_label", "e.g. \"Left leg forward\""));
        } else if (name == "right_label") {
            assignIfRead(step.rightLabel,
                         reader_.text(value, "right_label", "e.g. \"Right leg forward\""));
        } else if (name == "rounds") {
            if (const auto rounds = reader_.integer(value, "rounds", 1, mostRounds)) {
                step.rounds = static_cast<int>(*rounds);
            }
        } else if (isLanguageCode(name) && value.is_table()) {
            readTranslation(name, *value.as_table(), stepTextKeys, step.translations);
        } else {
            warnUnknownKey(key, stepKeys, "in a step", reader_);
        }
    }

    // `de.title = "..."` next to `title = "..."`: the texts of one language.
    void readTranslation(std::string_view language, const toml::table& table,
                         std::span<const std::string_view> allowed,
                         core::Translations& translations) {
        auto& texts = translations[std::string(language)];
        for (const auto& [key, value] : table) {
            if (std::find(allowed.begin(), allowed.end(), key.str()) == allowed.end()) {
                warnUnknownKey(key, allowed, "in a translation", reader_);
                continue;
            }
            const std::string qualified = std::string(language) + "." + std::string(key.str());
            if (auto text = reader_.text(value, qualified, "the translated text")) {
                texts[std::string(key.str())] = std::move(*text);
            }
        }
    }

    void readPicture(const toml::node& value, core::RoutineStep& step) {
        const auto id = reader_.text(value, "picture", "a picture name such as \"bridge\"");
        if (!id) {
            return;
        }
        if (!isPlainPictureId(*id)) {
            error(value, "picture: " + config::quoted(*id) +
                             " is not a picture name (use letters, digits, '-' and '_' only, "
                             "without \".svg\")");
            return;
        }
        step.picture = *id;
        step.picturePath = findPicture(*id, pictureDirs_);
        if (step.picturePath.empty()) {
            reader_.warning(value.source(), "picture: no picture named " + config::quoted(*id) +
                                                " was found; the step is shown without one");
        }
    }

    void error(const toml::node& node, std::string message) {
        reader_.error(node.source(), std::move(message));
    }
    void fileError(std::string message) {
        fileDiagnostics_.push_back(wholeFileDiagnostic(reader_.sourceName(), std::move(message)));
    }

    TomlValueReader reader_;
    const std::vector<std::filesystem::path>& pictureDirs_;
    std::vector<Diagnostic> fileDiagnostics_;
};

} // namespace

bool RoutineLoadResult::hasErrors() const {
    return config::hasErrors(diagnostics);
}

RoutineLoadResult parseRoutine(std::string_view text, std::string sourceName, std::string name,
                               const std::vector<std::filesystem::path>& pictureDirs) {
    auto parsed = parseToml(text, sourceName);
    if (auto* problem = std::get_if<Diagnostic>(&parsed)) {
        return {std::nullopt, {std::move(*problem)}};
    }
    const auto& table = std::get<toml::table>(parsed);

    core::Routine routine;
    routine.name = std::move(name);
    RoutineReader reader(std::move(sourceName), pictureDirs);
    RoutineLoadResult result;
    result.routine = reader.read(table, std::move(routine));
    result.diagnostics = reader.takeDiagnostics();
    sortByPosition(result.diagnostics);
    if (result.hasErrors()) {
        result.routine.reset();
    }
    return result;
}

RoutineLoadResult loadRoutineFile(const std::filesystem::path& file,
                                  const std::vector<std::filesystem::path>& pictureDirs) {
    auto text = readTextFile(file, "routine file");
    if (auto* problem = std::get_if<Diagnostic>(&text)) {
        return {std::nullopt, {std::move(*problem)}};
    }
    std::vector<std::filesystem::path> dirs{file.parent_path()};
    dirs.insert(dirs.end(), pictureDirs.begin(), pictureDirs.end());
    return parseRoutine(std::get<std::string>(text), file.string(), file.stem().string(), dirs);
}

} // namespace flexor::config
