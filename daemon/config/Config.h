// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/EngineSettings.h"
#include "core/Time.h"

#include <chrono>
#include <string>

namespace flexor::config {

using namespace std::chrono_literals;

// Everything config.toml can set. Defaults are the documented ones (config/default.toml).
struct Config {
    core::EngineSettings engine;
    // auto | gnome | ext-idle-notify | kde-idle | x11-sync | x11-screensaver | none
    std::string presence = "auto";
    std::string routine = "psoas"; // the routine a reminder starts
    bool idleInhibitors = true;    // an application inhibiting idle keeps the user present
    bool meetingDetection = true;  // camera, microphone or screen sharing make a meeting
    int historyDays = 365;         // history older than this is pruned
    std::string logLevel = "info"; // trace | debug | info | warn | error
    bool sound = true;             // sound cues in the routine window

    bool operator==(const Config&) const = default;
};

} // namespace flexor::config
