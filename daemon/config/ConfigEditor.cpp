// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConfigEditor.h"

#include "ConfigKeys.h"
#include "ConfigLoader.h"
#include "EditDistance.h"
#include "Paths.h"
#include "TextFile.h"
#include "TomlValueReader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>
#include <variant>

namespace flexor::config {

namespace {

// The first lines of a config file that Flexor creates: no file existed, so nothing of the
// user's is lost, and whoever opens it later learns where the other keys are described.
constexpr std::string_view kNewFileHeader =
    "# Flexor's settings. A key that is not set here keeps its default (see man flexor.toml).\n"
    "# Flexor changes only the values you change in its settings and keeps the rest as it is.\n";

// The key name used to read a value on its own.
constexpr std::string_view kProbeKey = "value";

bool isKnownKey(std::string_view key) {
    const auto names = configKeyNames();
    return std::find(names.begin(), names.end(), key) != names.end();
}

EditResult refused(EditResult::Status status, std::vector<Diagnostic> diagnostics) {
    return {status, std::move(diagnostics)};
}

EditResult refused(EditResult::Status status, Diagnostic diagnostic) {
    return refused(status, std::vector<Diagnostic>{std::move(diagnostic)});
}

EditResult unknownKey(std::string_view key) {
    std::string message = "unknown key '" + std::string(shortened(key)) + "'";
    if (const auto suggestion = closestMatch(key, configKeyNames())) {
        message += "; did you mean '" + *suggestion + "'?";
    }
    return refused(EditResult::Status::UnknownKey,
                   Diagnostic{Diagnostic::Severity::Error, {}, 0, 0, std::move(message)});
}

std::vector<Diagnostic> errorsOf(std::vector<Diagnostic> diagnostics) {
    std::erase_if(diagnostics,
                  [](const Diagnostic& d) { return d.severity != Diagnostic::Severity::Error; });
    return diagnostics;
}

// The byte offset of a toml++ position (1-based line and column, columns counted in code
// points; a byte-order mark at the start is not counted); npos when the text is shorter.
std::size_t offsetOf(std::string_view text, const toml::source_position& where) {
    std::size_t offset = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    for (toml::source_index line = 1; line < where.line; ++line) {
        offset = text.find('\n', offset);
        if (offset == std::string_view::npos) {
            return offset;
        }
        ++offset;
    }
    for (toml::source_index column = 1; column < where.column; ++column) {
        if (offset >= text.size()) {
            return std::string_view::npos;
        }
        ++offset;
        while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
            ++offset;
        }
    }
    return offset;
}

std::string_view lineEnding(std::string_view text) {
    const auto newline = text.find('\n');
    return newline != std::string_view::npos && newline > 0 && text[newline - 1] == '\r' ? "\r\n"
                                                                                         : "\n";
}

std::size_t lineStart(std::string_view text, std::size_t offset) {
    const auto newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
    return newline == std::string_view::npos ? 0 : newline + 1;
}

// The line that starts at `start`, without its line ending, and without spaces around it.
std::string_view trimmedLine(std::string_view text, std::size_t start) {
    auto end = text.find('\n', start);
    auto line = text.substr(start, end == std::string_view::npos ? end : end - start);
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) {
        return {};
    }
    return line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
}

// Where a key the file lacks is added: after the last top-level line, before the first
// [table] or [[table]] header and the comments and blank lines above it, so a comment that
// introduces a table stays with it. A file with no tables gets the key at its end.
std::size_t insertionPoint(std::string_view text, const toml::table& table) {
    std::optional<std::size_t> header;
    for (const auto& [key, value] : table) {
        const bool headed = (value.is_table() && !value.as_table()->is_inline()) ||
                            (value.is_array() && value.as_array()->is_array_of_tables());
        if (!headed) {
            continue;
        }
        // A table made by a dotted key (a.b = 1) starts at its key, not at a '['.
        const auto at = offsetOf(text, value.source().begin);
        if (at < text.size() && text[at] == '[') {
            header = std::min(header.value_or(at), lineStart(text, at));
        }
    }
    if (!header) {
        return text.size();
    }
    auto point = *header;
    // Up over the comments that sit directly above the header, then over blank lines.
    while (point > 0 && trimmedLine(text, lineStart(text, point - 1)).starts_with('#')) {
        point = lineStart(text, point - 1);
    }
    while (point > 0 && trimmedLine(text, lineStart(text, point - 1)).empty()) {
        point = lineStart(text, point - 1);
    }
    // Never inside a value that spans lines (a multi-line string or array).
    for (const auto& [key, value] : table) {
        const auto begin = offsetOf(text, value.source().begin);
        const auto end = offsetOf(text, value.source().end);
        if (begin < point && point < end) {
            return *header;
        }
    }
    return point;
}

// The one TOML value `tomlValue` is, or nothing when it is not exactly one value. A value to
// write must fit on one line; one read from a file may span lines (a list with comments).
std::optional<toml::table> parseValue(std::string_view tomlValue, bool oneLine = true) {
    if (oneLine && tomlValue.find_first_of("\r\n") != std::string_view::npos) {
        return std::nullopt;
    }
    std::string line(kProbeKey);
    line.append(" = ").append(tomlValue);
    auto parsed = parseToml(line, "value");
    auto* table = std::get_if<toml::table>(&parsed);
    if (table == nullptr || table->size() != 1 || table->get(kProbeKey) == nullptr) {
        return std::nullopt;
    }
    // A trailing comment would be written into the file as well.
    const auto end = offsetOf(line, table->get(kProbeKey)->source().end);
    if (line.find_first_not_of(" \t", end) != std::string::npos) {
        return std::nullopt;
    }
    return std::move(*table);
}

// The text of one top-level key's value, as written.
std::string valueSpan(std::string_view text, const toml::node& node) {
    const auto begin = offsetOf(text, node.source().begin);
    const auto end = offsetOf(text, node.source().end);
    if (begin == std::string_view::npos || end == std::string_view::npos || end < begin) {
        return {};
    }
    return std::string(text.substr(begin, end - begin));
}

// Changes or adds one key in text that parses (checked by the caller).
std::optional<std::string> withValue(std::string_view text, std::string_view key,
                                     std::string_view tomlValue) {
    auto parsed = parseToml(text, "config");
    const auto* table = std::get_if<toml::table>(&parsed);
    if (table == nullptr) {
        return std::nullopt;
    }
    std::string result(text);
    if (const auto* node = table->get(key)) {
        const auto begin = offsetOf(text, node->source().begin);
        const auto end = offsetOf(text, node->source().end);
        if (begin == std::string_view::npos || end == std::string_view::npos || end < begin) {
            return std::nullopt;
        }
        return result.replace(begin, end - begin, tomlValue);
    }
    const auto eol = lineEnding(text);
    std::string line(key);
    line.append(" = ").append(tomlValue).append(eol);
    const auto point = insertionPoint(text, *table);
    if (point == text.size() && !text.empty() && !text.ends_with('\n')) {
        line.insert(0, eol);
    }
    return result.insert(point, line);
}

std::optional<toml::table> tableOf(std::string_view text) {
    auto parsed = parseToml(text, "config");
    if (auto* table = std::get_if<toml::table>(&parsed)) {
        return std::move(*table);
    }
    return std::nullopt;
}

} // namespace

std::string EditResult::message() const {
    if (diagnostics.empty()) {
        return ok() ? std::string() : std::string("the change was refused");
    }
    const auto& first = diagnostics.front();
    return first.file.empty() ? first.message : first.toString();
}

std::string tomlString(std::string_view text) {
    std::string quotedText = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            quotedText += '\\';
            quotedText += c;
        } else if (byte < 0x20 || byte == 0x7F) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04X", byte);
            quotedText += escaped;
        } else {
            quotedText += c;
        }
    }
    return quotedText + '"';
}

std::string tomlStringList(std::span<const std::string> items) {
    std::string list = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        list += (i == 0 ? "" : ", ") + tomlString(items[i]);
    }
    return list + "]";
}

std::pair<std::string, EditResult> editConfigText(std::string_view text, bool created,
                                                  std::span<const KeyValue> changes,
                                                  const std::string& sourceName) {
    for (const auto& [key, value] : changes) {
        if (!isKnownKey(key)) {
            return {std::string(text), unknownKey(key)};
        }
    }
    if (!created) {
        auto before = parseConfig(text, sourceName);
        if (before.hasErrors()) {
            return {std::string(text),
                    refused(EditResult::Status::BrokenFile, errorsOf(before.diagnostics))};
        }
    }
    const auto original = created ? std::optional<toml::table>(toml::table{}) : tableOf(text);
    if (!original) {
        return {std::string(text),
                refused(EditResult::Status::BrokenFile, std::vector<Diagnostic>{})};
    }
    std::string edited = created ? std::string(kNewFileHeader) : std::string(text);
    auto expected = *original;
    for (const auto& [key, value] : changes) {
        auto parsedValue = parseValue(value);
        if (!parsedValue) {
            return {std::string(text),
                    refused(EditResult::Status::BadValue,
                            Diagnostic{Diagnostic::Severity::Error,
                                       {},
                                       0,
                                       0,
                                       key + ": " + std::string(shortened(value)) +
                                           " is not one TOML value (e.g. \"30m\", true, 3 or "
                                           "[\"mon\", \"tue\"])"})};
        }
        expected.insert_or_assign(key, std::move(*parsedValue->get(kProbeKey)));
        auto next = withValue(edited, key, value);
        if (!next) {
            return {std::string(text),
                    refused(EditResult::Status::CannotWrite,
                            wholeFileDiagnostic(sourceName, "cannot find where " + key +
                                                                " is written; nothing changed"))};
        }
        edited = std::move(*next);
    }
    auto after = parseConfig(edited, sourceName);
    if (after.hasErrors()) {
        return {std::string(text),
                refused(EditResult::Status::BadValue, errorsOf(after.diagnostics))};
    }
    // Whatever the text surgery did, the file must now mean exactly the old settings with the
    // new values: anything else would be a change the user did not ask for.
    const auto result = tableOf(edited);
    if (!result || *result != expected) {
        return {std::string(text),
                refused(EditResult::Status::CannotWrite,
                        wholeFileDiagnostic(sourceName, "the change would alter other keys too; "
                                                        "nothing changed"))};
    }
    if (!created && edited == text) {
        return {edited, {EditResult::Status::Unchanged, {}}};
    }
    return {edited, {EditResult::Status::Written, {}}};
}

ConfigEditor::ConfigEditor(std::filesystem::path file, std::string referenceText)
    : file_(std::move(file))
    , referenceText_(std::move(referenceText)) {}

namespace {

struct FileText {
    std::string text;
    bool exists = false;
};

std::variant<FileText, Diagnostic> readConfigText(const std::filesystem::path& file) {
    std::error_code status;
    if (!std::filesystem::exists(file, status)) {
        if (status) {
            return wholeFileDiagnostic(file.string(), "cannot be read: " + status.message());
        }
        return FileText{};
    }
    auto text = readTextFile(file, "config file");
    if (auto* problem = std::get_if<Diagnostic>(&text)) {
        return std::move(*problem);
    }
    return FileText{std::move(std::get<std::string>(text)), true};
}

} // namespace

EditResult ConfigEditor::set(std::string_view key, std::string_view tomlValue) const {
    const KeyValue change{std::string(key), std::string(tomlValue)};
    return set(std::span<const KeyValue>(&change, 1));
}

EditResult ConfigEditor::set(std::span<const KeyValue> changes) const {
    auto read = readConfigText(file_);
    if (auto* problem = std::get_if<Diagnostic>(&read)) {
        return refused(EditResult::Status::CannotWrite, std::move(*problem));
    }
    const auto& current = std::get<FileText>(read);
    auto [text, result] = editConfigText(current.text, !current.exists, changes, file_.string());
    if (result.status != EditResult::Status::Written) {
        return result;
    }
    return write(text);
}

EditResult ConfigEditor::reset(std::string_view key) const {
    return reset(std::span<const std::string_view>(&key, 1));
}

EditResult ConfigEditor::reset(std::span<const std::string_view> keys) const {
    for (const auto key : keys) {
        if (!isKnownKey(key)) {
            return unknownKey(key);
        }
    }
    auto read = readConfigText(file_);
    if (auto* problem = std::get_if<Diagnostic>(&read)) {
        return refused(EditResult::Status::CannotWrite, std::move(*problem));
    }
    const auto& current = std::get<FileText>(read);
    if (!current.exists) {
        return {EditResult::Status::Unchanged, {}};
    }
    const auto table = tableOf(current.text);
    std::vector<KeyValue> changes;
    for (const auto key : keys) {
        if (table && table->get(key) != nullptr) {
            const auto value = defaultText(key);
            if (value.empty()) {
                return refused(EditResult::Status::CannotWrite,
                               Diagnostic{Diagnostic::Severity::Error,
                                          {},
                                          0,
                                          0,
                                          "the default of " + std::string(key) +
                                              " is unknown (default.toml is missing or lacks it)"});
            }
            changes.emplace_back(std::string(key), value);
        }
    }
    // Broken files are refused by the editing itself, even when nothing is to change.
    auto [text, result] = editConfigText(current.text, false, changes, file_.string());
    if (result.status != EditResult::Status::Written) {
        return result;
    }
    return write(text);
}

std::pair<std::string, EditResult> ConfigEditor::valueText(std::string_view key) const {
    if (!isKnownKey(key)) {
        return {{}, unknownKey(key)};
    }
    auto read = readConfigText(file_);
    if (auto* problem = std::get_if<Diagnostic>(&read)) {
        return {{}, refused(EditResult::Status::CannotWrite, std::move(*problem))};
    }
    const auto& current = std::get<FileText>(read);
    if (current.exists) {
        auto loaded = parseConfig(current.text, file_.string());
        if (loaded.hasErrors()) {
            return {{}, refused(EditResult::Status::BrokenFile, errorsOf(loaded.diagnostics))};
        }
        const auto table = tableOf(current.text);
        if (const auto* node = table ? table->get(key) : nullptr) {
            return {valueSpan(current.text, *node), {}};
        }
    }
    return {defaultText(key), {}};
}

std::string ConfigEditor::defaultText(std::string_view key) const {
    const auto table = tableOf(referenceText_);
    const auto* node = table ? table->get(key) : nullptr;
    return node != nullptr ? valueSpan(referenceText_, *node) : std::string();
}

std::string ConfigEditor::tomlFromWords(std::string_view key, std::string_view words) const {
    const auto first = words.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return tomlString("");
    }
    words = words.substr(first, words.find_last_not_of(" \t") - first + 1);
    if (words.starts_with('"') || words.starts_with('\'') || words.starts_with('[') ||
        words.starts_with('{')) {
        return std::string(words);
    }
    const auto reference = tableOf(referenceText_);
    const auto* defaultNode = reference ? reference->get(key) : nullptr;
    const auto type = defaultNode != nullptr ? defaultNode->type() : toml::node_type::none;
    if (type == toml::node_type::boolean && (words == "true" || words == "false")) {
        return std::string(words);
    }
    if (type == toml::node_type::integer) {
        const auto digits = words.substr(words.starts_with('-') || words.starts_with('+'));
        if (!digits.empty() && std::all_of(digits.begin(), digits.end(),
                                           [](char c) { return c >= '0' && c <= '9'; })) {
            return std::string(words);
        }
    }
    if (type == toml::node_type::array || words.find(',') != std::string_view::npos) {
        std::vector<std::string> items;
        std::size_t start = 0;
        while (start <= words.size()) {
            auto end = words.find(',', start);
            if (end == std::string_view::npos) {
                end = words.size();
            }
            auto item = words.substr(start, end - start);
            const auto itemFirst = item.find_first_not_of(" \t");
            item = itemFirst == std::string_view::npos
                       ? std::string_view()
                       : item.substr(itemFirst, item.find_last_not_of(" \t") - itemFirst + 1);
            items.emplace_back(item);
            start = end + 1;
        }
        return tomlStringList(items);
    }
    return tomlString(words);
}

std::string ConfigEditor::wordsFromToml(std::string_view tomlValue) {
    const auto table = parseValue(tomlValue, false);
    const auto* node = table ? table->get(kProbeKey) : nullptr;
    if (node == nullptr) {
        return std::string(tomlValue);
    }
    if (const auto* text = node->as_string()) {
        return text->get();
    }
    if (const auto* list = node->as_array();
        list != nullptr && list->is_homogeneous<std::string>()) {
        std::string words;
        for (const auto& element : *list) {
            words += (words.empty() ? "" : ",") + element.as_string()->get();
        }
        return words;
    }
    return std::string(tomlValue);
}

EditResult ConfigEditor::write(const std::string& text) const {
    namespace fs = std::filesystem;
    std::error_code error;
    // A config.toml that links into a dotfiles repository stays a link: its target is replaced.
    fs::path target = file_;
    if (fs::is_symlink(file_, error) && fs::exists(file_, error)) {
        target = fs::canonical(file_, error);
        if (error) {
            target = file_;
        }
    }
    const auto dir = target.parent_path();
    if (!fs::exists(dir, error) && !ensurePrivateDir(dir, false)) {
        return refused(EditResult::Status::CannotWrite,
                       wholeFileDiagnostic(file_.string(), "cannot be written: the folder " +
                                                               dir.string() + " cannot be made"));
    }
    mode_t mode = S_IRUSR | S_IWUSR;
    struct stat info {};
    if (::stat(target.c_str(), &info) == 0) {
        mode = info.st_mode & 07777;
    }
    auto cannotWrite = [this](int reason) {
        return refused(EditResult::Status::CannotWrite,
                       wholeFileDiagnostic(file_.string(), std::string("cannot be written: ") +
                                                               std::strerror(reason)));
    };
    std::string tempName = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(tempName.data());
    if (fd < 0) {
        return cannotWrite(errno);
    }
    int problem = 0;
    if (::fchmod(fd, mode) != 0) {
        problem = errno;
    }
    for (std::size_t done = 0; problem == 0 && done < text.size();) {
        const ssize_t wrote = ::write(fd, text.data() + done, text.size() - done);
        if (wrote < 0 && errno != EINTR) {
            problem = errno;
        } else if (wrote > 0) {
            done += static_cast<std::size_t>(wrote);
        }
    }
    if (problem == 0 && ::fsync(fd) != 0) {
        problem = errno;
    }
    if (::close(fd) != 0 && problem == 0) {
        problem = errno;
    }
    if (problem == 0 && ::rename(tempName.c_str(), target.c_str()) != 0) {
        problem = errno;
    }
    if (problem != 0) {
        ::unlink(tempName.c_str());
        return cannotWrite(problem);
    }
    return {EditResult::Status::Written, {}};
}

} // namespace flexor::config
