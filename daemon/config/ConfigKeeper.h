// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Config.h"
#include "ConfigLoader.h"

namespace flexor::config {

// The settings in force. A config file that has errors never replaces them, so a half-edited
// file leaves the daemon running on the last settings that were valid.
class ConfigKeeper {
public:
    enum class Outcome {
        Adopted,     // the new config is in force and differs from the previous one
        Unchanged,   // the new config is valid and equal to the one in force
        KeptLastGood // the new config has errors; the previous one stays in force
    };

    const Config& current() const { return current_; }
    Outcome apply(const LoadResult& result);

private:
    Config current_;
};

} // namespace flexor::config
