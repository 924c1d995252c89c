// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/RoutineGuide.h"

#include <string>

struct ca_context;

namespace flexor::routine {

// Plays the routine's cues from the freedesktop sound theme through libcanberra (the desktop's
// own event sounds, on PulseAudio, PipeWire or ALSA), falling back to Flexor's own sound file
// where the theme has no such sound. Without a sound server it logs one line and stays silent.
class CueSounds {
public:
    CueSounds(bool wanted, std::string fallbackFile);
    ~CueSounds();
    CueSounds(const CueSounds&) = delete;
    CueSounds& operator=(const CueSounds&) = delete;

    bool available() const { return context_ != nullptr; }
    void play(core::CueSound sound);

private:
    ca_context* context_ = nullptr;
    std::string fallbackFile_;
};

} // namespace flexor::routine
