// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Diagnostic.h"
#include "core/Time.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <toml++/toml.h>
#include <variant>
#include <vector>

namespace flexor::config {

// Reads typed values out of TOML nodes. Every value that is not what its key expects becomes a
// Diagnostic that points at the value and says what was expected; the read then yields nothing
// and the caller keeps its default.
class TomlValueReader {
public:
    explicit TomlValueReader(std::string sourceName);

    std::optional<core::Duration> duration(const toml::node& node, std::string_view key,
                                           core::Duration min, core::Duration max);
    std::optional<std::int64_t> integer(const toml::node& node, std::string_view key,
                                        std::int64_t min, std::int64_t max);
    std::optional<bool> boolean(const toml::node& node, std::string_view key);
    std::optional<std::string> text(const toml::node& node, std::string_view key,
                                    std::string_view expected);
    std::optional<std::string> oneOf(const toml::node& node, std::string_view key,
                                     std::span<const std::string_view> allowed);

    void error(const toml::source_region& where, std::string message);
    void warning(const toml::source_region& where, std::string message);

    const std::string& sourceName() const { return sourceName_; }
    std::vector<Diagnostic> takeDiagnostics();

private:
    void report(Diagnostic::Severity severity, const toml::source_region& where,
                std::string message);
    void wrongType(const toml::node& node, std::string_view key, std::string_view expected);

    std::string sourceName_;
    std::vector<Diagnostic> diagnostics_;
};

// Parses TOML text; on a syntax error, an "invalid TOML: ..." error where toml++ stopped.
std::variant<toml::table, Diagnostic> parseToml(std::string_view text, std::string sourceName);

// "a string", "an integer", ...: the kind of a TOML value, for messages.
std::string_view describeType(toml::node_type type);

// The first 80 bytes or so of a long text (cut between UTF-8 characters), so one huge key or
// value cannot flood a message.
std::string_view shortened(std::string_view text);

// A string value as the user wrote it, in double quotes, with quotes and control characters
// escaped so a message always stays on one line.
std::string quoted(std::string_view text);

// "a, b or c"
std::string listOfChoices(std::span<const std::string_view> choices);

} // namespace flexor::config
