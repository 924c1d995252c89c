// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MuteMemory.h"

#include <fstream>
#include <spdlog/spdlog.h>
#include <system_error>

namespace flexor::routine {

MuteMemory::MuteMemory(std::filesystem::path stateDir)
    : file_(std::move(stateDir) / "routine-muted") {}

bool MuteMemory::muted() const {
    std::error_code ec;
    return std::filesystem::exists(file_, ec);
}

void MuteMemory::remember(bool muted) const {
    std::error_code ec;
    if (muted) {
        std::filesystem::create_directories(file_.parent_path(), ec);
        std::ofstream out(file_);
        out << "The routine window's mute button is on.\n";
        if (!out) {
            spdlog::warn("mute: cannot remember it in {}", file_.string());
        }
    } else {
        std::filesystem::remove(file_, ec);
    }
}

} // namespace flexor::routine
