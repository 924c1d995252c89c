// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConfigKeys.h"

#include "core/DurationSyntax.h"
#include "core/PresenceNames.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace flexor::config {

namespace {

using ReadKey = void (*)(std::string_view key, const toml::node&, Config&, TomlValueReader&);

struct KeySpec {
    std::string_view name;
    ReadKey read;
};

constexpr std::array<std::string_view, 7> dayNames{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<std::string_view, 5> logLevelChoices{"trace", "debug", "info", "warn",
                                                          "error"};

constexpr auto escalationChoices = [] {
    std::array<std::string_view, kEscalationNames.size()> names{};
    for (std::size_t i = 0; i < names.size(); ++i) {
        names[i] = kEscalationNames[i].second;
    }
    return names;
}();

constexpr std::string_view kHoursFormat = R"("HH:MM-HH:MM", e.g. "08:00-19:00")";

template <typename T>
void assignIfRead(T& field, std::optional<T> value) {
    if (value) {
        field = std::move(*value);
    }
}

void readDuration(const toml::node& node, std::string_view key, core::Duration& field,
                  core::Duration min, core::Duration max, TomlValueReader& reader) {
    assignIfRead(field, reader.duration(node, key, min, max));
}

// Empty is off; otherwise an absolute path or one in the home folder ("~/Sync/flexor").
void readShareFolder(std::string_view key, const toml::node& node, Config& config,
                     TomlValueReader& reader) {
    const auto* value = node.as_string();
    if (value == nullptr) {
        reader.error(node.source(), std::string(key) +
                                        R"(: expected a folder such as "~/Sync/flexor", or "", )"
                                        "found " +
                                        std::string(describeType(node.type())));
        return;
    }
    const std::string& path = value->get();
    if (!path.empty() && !path.starts_with('/') && path != "~" && !path.starts_with("~/")) {
        reader.error(node.source(),
                     std::string(key) +
                         R"(: expected an absolute folder or one starting with "~/")");
        return;
    }
    config.shareFolder = path;
}

std::optional<std::size_t> dayIndex(std::string_view name) {
    const auto found = std::find(dayNames.begin(), dayNames.end(), name);
    if (found == dayNames.end()) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(found - dayNames.begin());
}

void readActiveDays(std::string_view key, const toml::node& node, Config& config,
                    TomlValueReader& reader) {
    const auto* list = node.as_array();
    if (list == nullptr) {
        reader.error(node.source(),
                     std::string(key) +
                         R"(: expected a list of days such as ["mon", "tue"], found )" +
                         std::string(describeType(node.type())));
        return;
    }
    if (list->empty()) {
        reader.error(node.source(), std::string(key) +
                                        ": the list is empty (expected at least one day; to be "
                                        "reminded at any time, set schedule = false)");
        return;
    }
    std::array<bool, 7> days{};
    bool valid = true;
    for (const auto& element : *list) {
        const auto name = reader.oneOf(element, key, dayNames);
        if (!name) {
            valid = false;
            continue;
        }
        const auto index = *dayIndex(*name);
        if (days[index]) {
            reader.error(element.source(),
                         std::string(key) + ": " + quoted(*name) + " is listed more than once");
            valid = false;
        }
        days[index] = true;
    }
    if (valid) {
        config.engine.schedule.days = days;
    }
}

// One routine's name, or a list of names that take turns by day.
void readRoutine(std::string_view key, const toml::node& node, Config& config,
                 TomlValueReader& reader) {
    constexpr std::string_view kExpected = "the name of a routine, e.g. \"psoas\"";
    const auto* list = node.as_array();
    if (list == nullptr) {
        if (auto name = reader.text(node, key, kExpected)) {
            config.routine = std::move(*name);
            config.routineRotation.clear();
        }
        return;
    }
    if (list->empty()) {
        reader.error(node.source(), std::string(key) +
                                        R"(: the list is empty (expected one routine a day in )"
                                        R"(turn, e.g. ["psoas", "quick"]))");
        return;
    }
    std::vector<std::string> names;
    for (const auto& element : *list) {
        if (auto name = reader.text(element, key, kExpected)) {
            names.push_back(std::move(*name));
        }
    }
    if (names.size() == list->size()) {
        config.routine = names.front();
        config.routineRotation = std::move(names);
    }
}

// A list of strings (calendars, words); [] is allowed and means none.
void readTextList(std::string_view key, const toml::node& node, std::vector<std::string>& out,
                  std::string_view expected, TomlValueReader& reader) {
    const auto* list = node.as_array();
    if (list == nullptr) {
        reader.error(node.source(), std::string(key) + ": expected a list of " +
                                        std::string(expected) + " in [ ]");
        return;
    }
    std::vector<std::string> items;
    for (const auto& element : *list) {
        if (auto item = reader.text(element, key, expected)) {
            items.push_back(std::move(*item));
        }
    }
    if (items.size() == list->size()) {
        out = std::move(items);
    }
}

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

std::optional<std::chrono::minutes> readClockTime(std::string_view key, const toml::node& node,
                                                  std::string_view text, TomlValueReader& reader) {
    const auto time = core::parseClockTime(text);
    if (!time) {
        reader.error(node.source(), std::string(key) + ": " + quoted(text) +
                                        " is not a time of day (expected HH:MM from 00:00 to "
                                        "23:59, or 24:00 as the end)");
    }
    return time;
}

void readActiveHours(std::string_view key, const toml::node& node, Config& config,
                     TomlValueReader& reader) {
    const auto range = reader.text(node, key, kHoursFormat);
    if (!range) {
        return;
    }
    const auto dash = range->find('-');
    if (dash == std::string::npos) {
        reader.error(node.source(), std::string(key) + ": " + quoted(*range) +
                                        " is not a time range (expected " +
                                        std::string(kHoursFormat) + ")");
        return;
    }
    const auto start =
        readClockTime(key, node, trimmed(std::string_view(*range).substr(0, dash)), reader);
    const auto end =
        readClockTime(key, node, trimmed(std::string_view(*range).substr(dash + 1)), reader);
    if (!start || !end) {
        return;
    }
    if (*start == std::chrono::hours(24)) {
        reader.error(node.source(), std::string(key) + ": " + quoted(*range) +
                                        " starts at 24:00 (a day ends there; start at 00:00)");
        return;
    }
    config.engine.schedule.start = *start;
    config.engine.schedule.end = *end;
}

constexpr auto kHour = std::chrono::hours(1);
constexpr auto kSecond = std::chrono::seconds(1);

// One entry per key, in the order default.toml documents them.
// "SIT-STAND-MOVE" in whole minutes, e.g. "20-8-2" (Cornell's rhythm).
void readRhythm(std::string_view key, const toml::node& node, Config& config,
                TomlValueReader& reader) {
    constexpr std::string_view kExpected =
        R"(minutes of sitting, standing and moving as "SIT-STAND-MOVE", e.g. "20-8-2", or "")";
    if (const auto* empty = node.as_string(); empty && empty->get().empty()) {
        config.rhythm.clear(); // no rhythm: remind_after and stand_for count
        config.rhythmMove = {};
        return;
    }
    const auto text = reader.text(node, key, kExpected);
    if (!text) {
        return;
    }
    int minutes[3] = {};
    std::size_t part = 0;
    bool valid = true;
    for (std::size_t i = 0, start = 0; valid && i <= text->size(); ++i) {
        if (i < text->size() && (*text)[i] != '-') {
            valid = (*text)[i] >= '0' && (*text)[i] <= '9' && i - start < 4;
            continue;
        }
        valid = i > start && part < 3;
        if (valid) {
            minutes[part++] = std::stoi(text->substr(start, i - start));
        }
        start = i + 1;
    }
    if (!valid || part != 3 || minutes[0] < 1 || minutes[0] > 480 || minutes[1] < 1 ||
        minutes[1] > 480 || minutes[2] > 60) {
        reader.error(node.source(),
                     std::string(key) + ": " + quoted(*text) + " is not a rhythm (expected " +
                         std::string(kExpected) +
                         "; sitting and standing from 1 to 480 minutes, moving from 0 to 60)");
        return;
    }
    config.rhythm = *text;
    config.engine.remindAfter = std::chrono::minutes(minutes[0]);
    config.standFor = std::chrono::minutes(minutes[1]);
    config.rhythmMove = std::chrono::minutes(minutes[2]);
}

const std::array<KeySpec, 36>
    keySpecs{
        {
            {"remind_after",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 readDuration(n, key, c.engine.remindAfter, kSecond, 8 * kHour, r);
             }},
            {"away_after",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 readDuration(n, key, c.engine.awayAfter, kSecond, 2 * kHour, r);
             }},
            {"snooze",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 readDuration(n, key, c.engine.snooze, kSecond, 4 * kHour, r);
             }},
            {"max_snoozes",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 if (const auto count = r.integer(n, key, 0, 20)) {
                     c.engine.maxSnoozes = static_cast<int>(*count);
                 }
             }},
            {"escalation",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 if (const auto name = r.oneOf(n, key, escalationChoices)) {
                     c.escalation = escalationNamed(*name).value_or(c.escalation);
                 }
             }},
            {"repeat_every",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 readDuration(n, key, c.engine.repeatEvery, kSecond, 2 * kHour, r);
             }},
            {"min_routine",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 readDuration(n, key, c.engine.minRoutine, {}, kHour, r);
             }},
            {"standing_limit",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 readDuration(n, key, c.engine.standingLimit, std::chrono::minutes(1), 8 * kHour,
                              r);
             }},
            {"standing_desk",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 assignIfRead(c.standingDesk, r.boolean(n, key));
             }},
            {"stand_for",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 readDuration(n, key, c.standFor, kSecond, 4 * kHour, r);
             }},
            {"rhythm", readRhythm},
            {"schedule",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 assignIfRead(c.engine.schedule.enabled, r.boolean(n, key));
             }},
            {"active_days", readActiveDays},
            {"active_hours", readActiveHours},
            {"presence",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 assignIfRead(c.presence, r.oneOf(n, key, core::kPresenceChoices));
             }},
            {"routine", readRoutine},
            {"idle_inhibitors",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 assignIfRead(c.idleInhibitors, r.boolean(n, key));
             }},
            {"meeting_detection",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 assignIfRead(c.meetingDetection, r.boolean(n, key));
             }},
            {"dnd_max_delay",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 readDuration(n, key, c.engine.dndMaxDelay, {}, 4 * kHour, r);
             }},
            {"meeting_max_delay",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 readDuration(n, key, c.engine.meetingMaxDelay, {}, 4 * kHour, r);
             }},
            {"eye_breaks",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 assignIfRead(c.engine.eyeBreaks, r.boolean(n, key));
             }},
            {"eye_break_every",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 readDuration(n, key, c.engine.eyeBreakEvery, kSecond, 4 * kHour, r);
             }},
            {"eye_break_for",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 readDuration(n, key, c.engine.eyeBreakFor, kSecond, std::chrono::minutes(5), r);
             }},
            {"daily_sitting_limit",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 if (const auto* text = n.as_string(); text && text->get().empty()) {
                     c.dailySittingLimit = {}; // "" says "no budget" as "0s" does
                     return;
                 }
                 readDuration(n, key, c.dailySittingLimit, {}, 24 * kHour, r);
             }},
            {"calendars",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 constexpr std::string_view kCalendar =
                     "\"evolution\", an .ics file, a folder or an http(s) URL";
                 readTextList(key, n, c.calendars, kCalendar, r);
                 // A bare word is a misspelt "evolution" (or "Evolution"), not a file: a file
                 // ends in .ics, a folder or URL holds a '/'.
                 if (const auto* list = n.as_array()) {
                     for (const auto& element : *list) {
                         const auto* text = element.as_string();
                         if (!text) {
                             continue;
                         }
                         const std::string_view entry = text->get();
                         if (entry != "evolution" && entry.find('/') == std::string_view::npos &&
                             !entry.ends_with(".ics")) {
                             r.error(element.source(), std::string(key) + ": " + quoted(entry) +
                                                           " is not a calendar (expected " +
                                                           std::string(kCalendar) + ")");
                             c.calendars.clear();
                         }
                     }
                 }
             }},
            {"calendar_ignore",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 readTextList(key, n, c.calendarIgnore, "words, e.g. \"lunch\"", r);
             }},
            {"calendar_titles",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 assignIfRead(c.calendarTitles, r.boolean(n, key));
             }},
            {"before_meeting",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 readDuration(n, key, c.engine.beforeMeeting, {}, 2 * kHour, r);
             }},
            {"long_meeting",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 readDuration(n, key, c.engine.longMeeting, {}, 8 * kHour, r);
             }},
            {"history_days",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 if (const auto days = r.integer(n, key, 1, 3650)) {
                     c.historyDays = static_cast<int>(*days);
                 }
             }},
            {"share_folder", readShareFolder},
            {"share_skew",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 readDuration(n, key, c.engine.shareSkew, {}, 10 * std::chrono::minutes(1), r);
             }},
            {"log_level",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 assignIfRead(c.logLevel, r.oneOf(n, key, logLevelChoices));
             }},
            {"sound", [](std::string_view key, const toml::node& n, Config& c,
                         TomlValueReader& r) { assignIfRead(c.sound, r.boolean(n, key)); }},
            {"language",
             [](std::string_view key, const toml::node& n, Config& c, TomlValueReader& r) {
                 assignIfRead(c.language,
                              r.text(n, key, R"("auto" or a language code such as "de")"));
             }},
            {"voice", [](std::string_view key, const toml::node& n, Config& c,
                         TomlValueReader& r) { assignIfRead(c.voice, r.boolean(n, key)); }},
        }};

const std::array<std::string_view, keySpecs.size()> keyNames = [] {
    std::array<std::string_view, keySpecs.size()> names{};
    std::transform(keySpecs.begin(), keySpecs.end(), names.begin(),
                   [](const KeySpec& spec) { return spec.name; });
    return names;
}();

} // namespace

std::span<const std::string_view> configKeyNames() {
    return keyNames;
}

void applyRhythm(Config& config) {
    if (config.rhythm.empty()) {
        return;
    }
    Config rhythmOnly;
    TomlValueReader quiet("rhythm");
    readRhythm("rhythm", toml::value<std::string>(config.rhythm), rhythmOnly, quiet);
    config.engine.remindAfter = rhythmOnly.engine.remindAfter;
    config.standFor = rhythmOnly.standFor;
    config.rhythmMove = rhythmOnly.rhythmMove;
    config.standingDesk = true;
}

bool readConfigKey(std::string_view key, const toml::node& value, Config& config,
                   TomlValueReader& reader) {
    const auto spec = std::find_if(keySpecs.begin(), keySpecs.end(),
                                   [key](const KeySpec& s) { return s.name == key; });
    if (spec == keySpecs.end()) {
        return false;
    }
    spec->read(key, value, config, reader);
    return true;
}

} // namespace flexor::config
