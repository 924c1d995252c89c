// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <filesystem>

namespace flexor::routine {

// Remembers the routine window's mute button between routines: a marker file in the state
// folder (present = muted), so a routine started days later is as quiet as the last one.
class MuteMemory {
public:
    explicit MuteMemory(std::filesystem::path stateDir);

    bool muted() const;
    void remember(bool muted) const;

private:
    std::filesystem::path file_;
};

} // namespace flexor::routine
