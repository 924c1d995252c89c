// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Diagnostic.h"

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace flexor::config {

// What became of a change to the config file.
struct EditResult {
    enum class Status {
        Written,    // the file now holds the new values
        Unchanged,  // the file already said so: nothing was written
        UnknownKey, // config.toml has no such key
        BadValue,   // the loader refuses the new value (the diagnostics say where and why)
        BrokenFile, // the file has errors already: it was left exactly as it was
        CannotWrite // the file could not be read, or the new one could not be written
    };
    Status status = Status::Unchanged;
    std::vector<Diagnostic> diagnostics; // the errors that refused the change

    bool ok() const { return status == Status::Written || status == Status::Unchanged; }
    // The first error, "file:line:col: error: ...", for a one-line message; empty when ok().
    std::string message() const;
};

// One key and its new value, written as TOML: "\"30m\"", "true", "[\"mon\", \"tue\"]".
using KeyValue = std::pair<std::string, std::string>;

// Changes values in the user's config.toml and leaves every other byte as it was: comments,
// blank lines, key order, unknown keys and tables. toml++ keeps no comments, so the new value
// replaces the text of the old one where toml++ says it lies; a key the file lacks gets a line
// of its own at the end of the top-level keys. The result is read by the same loader as the
// daemon's before anything is written (a value the daemon would refuse is never written), a file
// that already has errors is never touched, and the file is replaced atomically (a new file in
// the same folder, renamed over it), keeping its permissions; a symlink is followed and kept.
class ConfigEditor {
public:
    // file: the user's config.toml. referenceText: default.toml, whose values are the defaults
    // a reset writes and whose value types tell how a command-line value is meant.
    ConfigEditor(std::filesystem::path file, std::string referenceText);

    const std::filesystem::path& file() const { return file_; }

    // Sets one key (value as TOML text). A file that does not exist is created with it.
    EditResult set(std::string_view key, std::string_view tomlValue) const;
    // Several keys in one write: all are written or none.
    EditResult set(std::span<const KeyValue> changes) const;

    // Puts keys back to their documented defaults. A key the file sets keeps its line (and the
    // comments around it) with the default value of default.toml; a key the file does not set
    // already has its default and stays absent. Setting the value rather than deleting the line
    // keeps a file made from default.toml readable: each comment still sits above its key.
    EditResult reset(std::string_view key) const;
    EditResult reset(std::span<const std::string_view> keys) const;

    // The value of a key as TOML text: as the file writes it, or default.toml's when the file
    // does not set it. A broken file or an unknown key is refused as set() refuses it.
    std::pair<std::string, EditResult> valueText(std::string_view key) const;

    // The TOML text of a key's default value in default.toml; empty when it has none.
    std::string defaultText(std::string_view key) const;

    // A value as a person types it after `flexor config set KEY` turned into TOML text:
    // text that starts with a quote or a bracket is TOML already; true, false and whole numbers
    // stay as they are where the key's default is of that type; words separated by commas
    // become a list of strings, as does any word where the default is a list; anything else is
    // one string (30m, 08:00-19:00, break-screen).
    std::string tomlFromWords(std::string_view key, std::string_view words) const;
    // The inverse, for `flexor config get`: strings bare, lists joined by commas.
    static std::string wordsFromToml(std::string_view tomlValue);

private:
    EditResult write(const std::string& text) const;

    std::filesystem::path file_;
    std::string referenceText_;
};

// TOML text of one string ("\"30m\"") and of a list of strings ("[\"mon\", \"tue\"]").
std::string tomlString(std::string_view text);
std::string tomlStringList(std::span<const std::string> items);

// The pure text part of ConfigEditor::set, without files: the new text, or why not.
// created: the text is a file that does not exist yet (it gets a short header comment).
std::pair<std::string, EditResult> editConfigText(std::string_view text, bool created,
                                                  std::span<const KeyValue> changes,
                                                  const std::string& sourceName);

} // namespace flexor::config
