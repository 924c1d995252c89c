// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/RoutineGuide.h"

#include <memory>
#include <string>

namespace flexor::routine {

class ServiceWorker;

// Plays the routine's cues from the freedesktop sound theme through libcanberra (the desktop's
// own event sounds, on PulseAudio, PipeWire or ALSA), falling back to Flexor's own sound file
// where the theme has no such sound. Without a sound server it logs one line and stays silent.
//
// Every libcanberra call runs on a ServiceWorker: opening and playing wait for the sound
// server's replies, so a server that accepts the connection and never answers would otherwise
// freeze the routine window. play() only queues and returns.
class CueSounds {
public:
    CueSounds(bool wanted, std::string fallbackFile);
    ~CueSounds();
    CueSounds(const CueSounds&) = delete;
    CueSounds& operator=(const CueSounds&) = delete;

    void play(core::CueSound sound);

private:
    class Connection; // libcanberra's, used on the worker only

    std::shared_ptr<Connection> connection_;
    std::unique_ptr<ServiceWorker> worker_; // none when sound is off
};

} // namespace flexor::routine
