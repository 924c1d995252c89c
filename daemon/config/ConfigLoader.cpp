#include "ConfigLoader.h"

#include "ConfigKeys.h"
#include "EditDistance.h"
#include "TomlValueReader.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <utility>

namespace flexor::config {

namespace {

void warnUnknownKey(const toml::key& key, const toml::node& value, TomlValueReader& reader) {
    if (value.is_table()) {
        // Most likely the user expected sections, as other programs have: say why its keys
        // have no effect.
        reader.warning(key.source(), "unknown table '" + std::string(key.str()) +
                                         "' is ignored (config.toml has no tables: write every "
                                         "key at the top of the file)");
        return;
    }
    std::string message = "unknown key '" + std::string(key.str()) + "' is ignored";
    if (const auto suggestion = closestMatch(key.str(), configKeyNames())) {
        message += "; did you mean '" + *suggestion + "'?";
    }
    reader.warning(key.source(), std::move(message));
}

// toml++ words its messages as sentences; after our "invalid TOML:" they read better lowercase.
std::string lowercaseFirst(std::string_view text) {
    std::string out(text);
    if (!out.empty()) {
        out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    }
    return out;
}

void sortByPosition(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
}

LoadResult wholeFileError(const std::filesystem::path& file, std::string message) {
    LoadResult result;
    result.diagnostics.push_back(
        {Diagnostic::Severity::Error, file.string(), 0, 0, std::move(message)});
    return result;
}

} // namespace

bool LoadResult::hasErrors() const {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
        return d.severity == Diagnostic::Severity::Error;
    });
}

LoadResult parseConfig(std::string_view text, std::string sourceName) {
    toml::table table;
    try {
        table = toml::parse(text, sourceName);
    } catch (const toml::parse_error& error) {
        const auto& where = error.source().begin;
        LoadResult result;
        result.diagnostics.push_back({Diagnostic::Severity::Error, std::move(sourceName),
                                      static_cast<int>(where.line), static_cast<int>(where.column),
                                      "invalid TOML: " + lowercaseFirst(error.description())});
        return result;
    }

    Config config;
    TomlValueReader reader(std::move(sourceName));
    for (const auto& [key, value] : table) {
        if (!readConfigKey(key.str(), value, config, reader)) {
            warnUnknownKey(key, value, reader);
        }
    }

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
            return wholeFileError(file, "cannot be read: " + status.message());
        }
        return {Config{}, {}};
    }
    if (std::filesystem::is_directory(file, status)) {
        return wholeFileError(file, "is a directory, not a config file");
    }
    std::ifstream stream(file, std::ios::binary);
    if (!stream) {
        return wholeFileError(file, std::string("cannot be read: ") + std::strerror(errno));
    }
    std::ostringstream text;
    text << stream.rdbuf();
    if (stream.bad()) {
        return wholeFileError(file, std::string("cannot be read: ") + std::strerror(errno));
    }
    return parseConfig(text.str(), file.string());
}

} // namespace flexor::config
