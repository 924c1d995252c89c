// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <memory>
#include <string>

namespace flexor::routine {

class ServiceWorker;

// Speaks lines through speech-dispatcher, the desktop's speech service (the one screen readers
// use), so the user's own voice and rate settings apply; the language is the routine's, so a
// German routine is not read by an English voice. libspeechd is used directly rather than
// through Qt TextToSpeech: Qt's speechd engine sets a voice and locale of its own when it
// starts, overriding those settings, and adds a plugin layer for one call per cue.
//
// Every libspeechd call runs on a ServiceWorker: connecting may spawn speech-dispatcher and
// wait for it, and every call waits for the service's reply, so a service that is slow to
// start or hangs would otherwise freeze the routine window. say() and stop() only queue and
// return. Without a speech service it logs one line and stays silent.
class SpeechVoice {
public:
    // `language`: a language tag such as "de" or "pt-BR"; empty leaves the user's setting.
    SpeechVoice(bool wanted, std::string language);
    ~SpeechVoice();
    SpeechVoice(const SpeechVoice&) = delete;
    SpeechVoice& operator=(const SpeechVoice&) = delete;

    void say(const std::string& text);
    void stop(); // cuts the line being spoken and drops those not yet said (muted, paused, ...)

private:
    class Connection; // libspeechd's, used on the worker only

    std::shared_ptr<Connection> connection_;
    std::unique_ptr<ServiceWorker> worker_; // none when the voice is off
};

} // namespace flexor::routine
