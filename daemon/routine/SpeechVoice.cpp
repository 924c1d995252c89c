// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SpeechVoice.h"

#include <libspeechd.h>
#include <spdlog/spdlog.h>

namespace flexor::routine {

SpeechVoice::SpeechVoice(bool wanted) {
    if (!wanted) {
        return;
    }
    // Single mode: no reader thread inside libspeechd; every call waits for its short reply.
    char* error = nullptr;
    connection_ = spd_open2("flexor", "routine", nullptr, SPD_MODE_SINGLE, nullptr, 1, &error);
    if (connection_ == nullptr) {
        spdlog::warn("voice off: no speech service (speech-dispatcher): {}",
                     error ? error : "cannot connect");
    }
    free(error); // NOLINT: libspeechd allocates it with malloc
}

SpeechVoice::~SpeechVoice() {
    if (connection_) {
        spd_close(connection_);
    }
}

void SpeechVoice::say(const std::string& text) {
    if (!connection_ || text.empty()) {
        return;
    }
    // MESSAGE priority: queued behind a line still being spoken, never cut by the next cue.
    if (spd_say(connection_, SPD_MESSAGE, text.c_str()) < 0) {
        spdlog::warn("voice off: speech-dispatcher refused a line; the routine goes on silently");
        spd_close(connection_);
        connection_ = nullptr;
        return;
    }
    spdlog::debug("voice: \"{}\"", text);
}

void SpeechVoice::stop() {
    if (connection_) {
        spd_cancel(connection_);
    }
}

} // namespace flexor::routine
