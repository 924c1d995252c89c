// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Diagnostic.h"
#include "core/Routine.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace flexor::config {

// Where routines and their pictures live.
struct RoutineDirs {
    std::filesystem::path shipped; // the routines that come with Flexor
    std::filesystem::path user;    // the user's own; a name here hides the shipped one
    std::vector<std::filesystem::path> pictures; // shipped pose pictures (<id>.svg)
};

// The shipped routines and pictures in a data folder laid out as share/flexor is
// ({routines,poses}); the user's folder is userRoutinesDir().
RoutineDirs standardRoutineDirs(const std::filesystem::path& dataDir);

// One routine file as the library found it. A broken one keeps its diagnostics and no routine.
struct RoutineEntry {
    std::string name;
    std::filesystem::path file;
    bool fromUser = false;
    std::optional<core::Routine> routine;
    std::vector<Diagnostic> diagnostics;

    bool broken() const { return !routine.has_value(); }
};

// What to open when a routine is asked for by name (see RoutineLibrary::choose).
struct RoutineChoice {
    const RoutineEntry* entry = nullptr;    // usable, or nullptr when no routine can be used
    const RoutineEntry* unusable = nullptr; // the asked-for file that could not be used, if any
    bool missing = false; // no routine has the asked-for name; entry is the first usable one

    bool fellBack() const { return entry != nullptr && (unusable != nullptr || missing); }
};

// Every routine by name: the shipped ones and the user's, the user's winning on a shared name
// (even when the user's copy is broken: it is what they asked for, and its errors say why).
class RoutineLibrary {
public:
    explicit RoutineLibrary(RoutineDirs dirs);

    void rescan(); // reads both folders again

    const std::vector<RoutineEntry>& entries() const { return entries_; } // sorted by name
    const RoutineEntry* find(std::string_view name) const;
    // The routine to open for `name`, never a broken one: the entry of that name when it is
    // usable; when it is broken, the shipped routine of that name hidden under the user's
    // copy, or else the first usable routine by name. A name nobody has gives the first usable
    // routine too, marked `missing` (an explicit request should refuse it).
    RoutineChoice choose(std::string_view name) const;
    // Every problem in every routine file, for `flexor check-config` and the log.
    std::vector<Diagnostic> diagnostics() const;
    const RoutineDirs& dirs() const { return dirs_; }

private:
    void scan(const std::filesystem::path& dir, bool fromUser);

    RoutineDirs dirs_;
    std::vector<RoutineEntry> entries_;
    std::vector<RoutineEntry> hidden_; // shipped routines a user file of the same name hides
};

} // namespace flexor::config
