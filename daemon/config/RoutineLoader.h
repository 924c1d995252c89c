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

// What reading a routine file gave: the routine (only when nothing was an error) and every
// problem found, warnings included, in the order they appear in the file.
struct RoutineLoadResult {
    std::optional<core::Routine> routine;
    std::vector<Diagnostic> diagnostics;

    bool hasErrors() const;
};

// Reads routine TOML text. `name` becomes Routine::name; sourceName is the file name the
// diagnostics carry. A step's picture id is looked up as "<id>.svg" in pictureDirs, in order;
// a picture that is nowhere is a warning (the step is shown without it), not an error.
RoutineLoadResult parseRoutine(std::string_view text, std::string sourceName, std::string name,
                               const std::vector<std::filesystem::path>& pictureDirs);

// Reads a routine file; its name is the file name without ".toml". Pictures are looked up
// next to the file first, then in pictureDirs.
RoutineLoadResult loadRoutineFile(const std::filesystem::path& file,
                                  const std::vector<std::filesystem::path>& pictureDirs);

} // namespace flexor::config
