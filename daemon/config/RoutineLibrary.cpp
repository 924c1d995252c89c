// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutineLibrary.h"

#include "Paths.h"
#include "RoutineLoader.h"

#include <algorithm>

namespace flexor::config {

namespace {

bool isRoutineFile(const std::filesystem::directory_entry& entry) {
    std::error_code ignored;
    return entry.path().extension() == ".toml" && !entry.is_directory(ignored);
}

} // namespace

RoutineDirs standardRoutineDirs(const std::filesystem::path& dataDir) {
    RoutineDirs dirs;
    dirs.shipped = dataDir / "routines";
    dirs.pictures = {dataDir / "poses"};
    dirs.user = userRoutinesDir();
    return dirs;
}

RoutineLibrary::RoutineLibrary(RoutineDirs dirs)
    : dirs_(std::move(dirs)) {
    rescan();
}

void RoutineLibrary::rescan() {
    entries_.clear();
    hidden_.clear();
    scan(dirs_.shipped, false);
    scan(dirs_.user, true);
    std::sort(entries_.begin(), entries_.end(),
              [](const RoutineEntry& a, const RoutineEntry& b) { return a.name < b.name; });
}

const RoutineEntry* RoutineLibrary::find(std::string_view name) const {
    const auto found = std::find_if(entries_.begin(), entries_.end(),
                                    [&](const RoutineEntry& e) { return e.name == name; });
    return found == entries_.end() ? nullptr : &*found;
}

RoutineChoice RoutineLibrary::choose(std::string_view name) const {
    RoutineChoice choice;
    const RoutineEntry* asked = find(name);
    if (asked != nullptr && !asked->broken()) {
        choice.entry = asked;
        return choice;
    }
    choice.unusable = asked;
    choice.missing = asked == nullptr;
    const auto shipped = std::find_if(hidden_.begin(), hidden_.end(), [&](const RoutineEntry& e) {
        return e.name == name && !e.broken();
    });
    if (shipped != hidden_.end()) {
        choice.entry = &*shipped;
        return choice;
    }
    const auto next = std::find_if(entries_.begin(), entries_.end(),
                                   [](const RoutineEntry& e) { return !e.broken(); });
    if (next != entries_.end()) {
        choice.entry = &*next;
    }
    return choice;
}

std::vector<Diagnostic> RoutineLibrary::diagnostics() const {
    std::vector<Diagnostic> all;
    for (const auto& entry : entries_) {
        all.insert(all.end(), entry.diagnostics.begin(), entry.diagnostics.end());
    }
    return all;
}

void RoutineLibrary::scan(const std::filesystem::path& dir, bool fromUser) {
    std::error_code status;
    // A folder that is missing or unreadable simply holds no routines.
    std::filesystem::directory_iterator files(dir, status);
    if (status) {
        return;
    }
    for (const auto& file : files) {
        if (!isRoutineFile(file)) {
            continue;
        }
        auto loaded = loadRoutineFile(file.path(), dirs_.pictures);
        RoutineEntry entry{file.path().stem().string(), file.path(), fromUser,
                           std::move(loaded.routine), std::move(loaded.diagnostics)};
        auto same = std::find_if(entries_.begin(), entries_.end(),
                                 [&](const RoutineEntry& e) { return e.name == entry.name; });
        if (same != entries_.end()) {
            if (fromUser && !same->fromUser) {
                hidden_.push_back(std::move(*same));
            }
            *same = std::move(entry);
        } else {
            entries_.push_back(std::move(entry));
        }
    }
}

} // namespace flexor::config
