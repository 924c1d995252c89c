// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConfigLoader.h"

#include "ConfigKeys.h"
#include "EditDistance.h"
#include "TextFile.h"
#include "TomlValueReader.h"

#include <cctype>
#include <utility>
#include <variant>

namespace flexor::config {

namespace {

void warnUnknownKey(const toml::key& key, const toml::node& value, TomlValueReader& reader) {
    if (value.is_table()) {
        // Most likely the user expected sections, as other programs have: say why its keys
        // have no effect.
        reader.warning(key.source(), "unknown table '" + std::string(shortened(key.str())) +
                                         "' is ignored (config.toml has no tables: write every "
                                         "key at the top of the file)");
        return;
    }
    std::string message = "unknown key '" + std::string(shortened(key.str())) +
                          (shortened(key.str()).size() < key.str().size() ? "…" : "") +
                          "' is ignored";
    if (const auto suggestion = closestMatch(key.str(), configKeyNames())) {
        message += "; did you mean '" + *suggestion + "'?";
    }
    reader.warning(key.source(), std::move(message));
}

} // namespace

bool LoadResult::hasErrors() const {
    return config::hasErrors(diagnostics);
}

LoadResult parseConfig(std::string_view text, std::string sourceName) {
    auto parsed = parseToml(text, sourceName);
    if (auto* problem = std::get_if<Diagnostic>(&parsed)) {
        return {std::nullopt, {std::move(*problem)}};
    }
    const auto& table = std::get<toml::table>(parsed);

    Config config;
    TomlValueReader reader(std::move(sourceName));
    for (const auto& [key, value] : table) {
        if (!readConfigKey(key.str(), value, config, reader)) {
            warnUnknownKey(key, value, reader);
        }
    }
    applyRhythm(config);

    LoadResult result;
    result.diagnostics = reader.takeDiagnostics();
    sortByPosition(result.diagnostics);
    if (!result.hasErrors()) {
        result.config = config;
    }
    return result;
}

LoadResult loadConfigFile(const std::filesystem::path& file) {
    std::error_code status;
    if (!std::filesystem::exists(file, status)) {
        if (status) {
            return {std::nullopt,
                    {wholeFileDiagnostic(file.string(), "cannot be read: " + status.message())}};
        }
        return {Config{}, {}};
    }
    auto text = readTextFile(file, "config file");
    if (auto* problem = std::get_if<Diagnostic>(&text)) {
        return {std::nullopt, {std::move(*problem)}};
    }
    return parseConfig(std::get<std::string>(text), file.string());
}

std::pair<int, int> keyPosition(const std::filesystem::path& file, std::string_view key) {
    const auto text = readTextFile(file, "config file");
    const auto* content = std::get_if<std::string>(&text);
    if (content == nullptr) {
        return {0, 0};
    }
    const auto parsed = parseToml(*content, file.string());
    const auto* table = std::get_if<toml::table>(&parsed);
    const toml::node* node = table != nullptr ? table->get(key) : nullptr;
    if (node == nullptr) {
        return {0, 0};
    }
    return {static_cast<int>(node->source().begin.line),
            static_cast<int>(node->source().begin.column)};
}

} // namespace flexor::config
