// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <libspeechd.h>
#include <string>

namespace flexor::routine {

// Speaks lines through speech-dispatcher, the desktop's speech service (the one screen readers
// use), so the user's own voice, rate and language settings apply. libspeechd is used directly
// rather than through Qt TextToSpeech: Qt's speechd engine sets a voice and locale of its own
// when it starts, overriding those settings, and adds a plugin layer for one call per cue.
// Without a speech service it logs one line and stays silent.
class SpeechVoice {
public:
    explicit SpeechVoice(bool wanted);
    ~SpeechVoice();
    SpeechVoice(const SpeechVoice&) = delete;
    SpeechVoice& operator=(const SpeechVoice&) = delete;

    bool available() const { return connection_ != nullptr; }
    void say(const std::string& text);
    void stop(); // cuts the line being spoken (muted, paused, stopped)

private:
    SPDConnection* connection_ = nullptr;
};

} // namespace flexor::routine
