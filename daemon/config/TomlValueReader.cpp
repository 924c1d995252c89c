// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TomlValueReader.h"

#include "EditDistance.h"
#include "TomlNesting.h"
#include "core/DurationSyntax.h"

#include <cctype>
#include <cstdio>

namespace flexor::config {

TomlValueReader::TomlValueReader(std::string sourceName)
    : sourceName_(std::move(sourceName)) {}

std::optional<core::Duration> TomlValueReader::duration(const toml::node& node,
                                                        std::string_view key, core::Duration min,
                                                        core::Duration max) {
    const auto* value = node.as_string();
    if (value == nullptr) {
        wrongType(node, key, R"(a duration string such as "45m", "90s" or "1h30m")");
        return std::nullopt;
    }
    const auto parsed = core::parseDuration(value->get());
    if (!parsed) {
        error(node.source(), std::string(key) + ": " + quoted(value->get()) +
                                 R"( is not a duration (expected e.g. "45m", "90s", "1h30m"))");
        return std::nullopt;
    }
    if (*parsed < min || *parsed > max) {
        error(node.source(), std::string(key) + ": " + quoted(value->get()) +
                                 " is out of range (expected " + core::formatDuration(min) +
                                 " to " + core::formatDuration(max) + ")");
        return std::nullopt;
    }
    return parsed;
}

std::optional<std::int64_t> TomlValueReader::integer(const toml::node& node, std::string_view key,
                                                     std::int64_t min, std::int64_t max) {
    const auto* value = node.as_integer();
    if (value == nullptr) {
        wrongType(node, key,
                  "a whole number from " + std::to_string(min) + " to " + std::to_string(max));
        return std::nullopt;
    }
    if (value->get() < min || value->get() > max) {
        error(node.source(), std::string(key) + ": " + std::to_string(value->get()) +
                                 " is out of range (expected " + std::to_string(min) + " to " +
                                 std::to_string(max) + ")");
        return std::nullopt;
    }
    return value->get();
}

std::optional<bool> TomlValueReader::boolean(const toml::node& node, std::string_view key) {
    const auto* value = node.as_boolean();
    if (value == nullptr) {
        wrongType(node, key, "true or false");
        return std::nullopt;
    }
    return value->get();
}

std::optional<std::string> TomlValueReader::text(const toml::node& node, std::string_view key,
                                                 std::string_view expected) {
    const auto* value = node.as_string();
    if (value == nullptr) {
        wrongType(node, key, expected);
        return std::nullopt;
    }
    if (value->get().empty()) {
        error(node.source(),
              std::string(key) + ": the value is empty (expected " + std::string(expected) + ")");
        return std::nullopt;
    }
    return value->get();
}

std::optional<std::string> TomlValueReader::oneOf(const toml::node& node, std::string_view key,
                                                  std::span<const std::string_view> allowed) {
    const std::string expected = "one of " + listOfChoices(allowed);
    const auto* value = node.as_string();
    if (value == nullptr) {
        wrongType(node, key, expected);
        return std::nullopt;
    }
    for (const auto choice : allowed) {
        if (value->get() == choice) {
            return value->get();
        }
    }
    std::string message = std::string(key) + ": " + quoted(value->get()) +
                          " is not a valid choice (expected " + expected + ")";
    if (const auto suggestion = closestMatch(value->get(), allowed)) {
        message += "; did you mean " + quoted(*suggestion) + "?";
    }
    error(node.source(), std::move(message));
    return std::nullopt;
}

void TomlValueReader::error(const toml::source_region& where, std::string message) {
    report(Diagnostic::Severity::Error, where, std::move(message));
}

void TomlValueReader::warning(const toml::source_region& where, std::string message) {
    report(Diagnostic::Severity::Warning, where, std::move(message));
}

std::vector<Diagnostic> TomlValueReader::takeDiagnostics() {
    return std::exchange(diagnostics_, {});
}

void TomlValueReader::report(Diagnostic::Severity severity, const toml::source_region& where,
                             std::string message) {
    diagnostics_.push_back({severity, sourceName_, static_cast<int>(where.begin.line),
                            static_cast<int>(where.begin.column), std::move(message)});
}

void TomlValueReader::wrongType(const toml::node& node, std::string_view key,
                                std::string_view expected) {
    error(node.source(), std::string(key) + ": expected " + std::string(expected) + ", found " +
                             std::string(describeType(node.type())));
}

namespace {

// toml++ words its messages as sentences; after our "invalid TOML:" they read better lowercase.
std::string lowercaseFirst(std::string_view text) {
    std::string out(text);
    if (!out.empty()) {
        out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    }
    return out;
}

} // namespace

std::variant<toml::table, Diagnostic> parseToml(std::string_view text, std::string sourceName) {
    if (auto tooDeep = checkTomlNesting(text, sourceName)) {
        return std::move(*tooDeep);
    }
    try {
        return toml::parse(text, sourceName);
    } catch (const toml::parse_error& error) {
        const auto& where = error.source().begin;
        return Diagnostic{Diagnostic::Severity::Error, std::move(sourceName),
                          static_cast<int>(where.line), static_cast<int>(where.column),
                          "invalid TOML: " + lowercaseFirst(error.description())};
    }
}

std::string_view describeType(toml::node_type type) {
    switch (type) {
    case toml::node_type::string:
        return "a string";
    case toml::node_type::integer:
        return "an integer";
    case toml::node_type::floating_point:
        return "a floating-point number";
    case toml::node_type::boolean:
        return "a boolean";
    case toml::node_type::date:
        return "a date";
    case toml::node_type::time:
        return "a time of day";
    case toml::node_type::date_time:
        return "a date-time";
    case toml::node_type::array:
        return "an array";
    case toml::node_type::table:
        return "a table";
    case toml::node_type::none:
        break;
    }
    return "nothing";
}

std::string_view shortened(std::string_view text) {
    constexpr std::size_t kKeep = 80;
    if (text.size() <= kKeep) {
        return text;
    }
    std::size_t end = kKeep;
    // Cut before a UTF-8 continuation byte, never inside a character.
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
        --end;
    }
    return text.substr(0, end);
}

std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : shortened(text)) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04X", static_cast<unsigned char>(c));
            out += escape;
        } else {
            out += c;
        }
    }
    return out + (shortened(text).size() < text.size() ? "…\"" : "\"");
}

std::string listOfChoices(std::span<const std::string_view> choices) {
    std::string out;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i > 0) {
            out += i + 1 == choices.size() ? " or " : ", ";
        }
        out += choices[i];
    }
    return out;
}

} // namespace flexor::config
