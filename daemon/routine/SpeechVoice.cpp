// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SpeechVoice.h"

#include "ServiceWorker.h"

#include <cstdlib>
#include <libspeechd.h>
#include <spdlog/spdlog.h>

namespace flexor::routine {

namespace {

// A line still waiting when the service is this late (it was spawned slowly, or answered
// slowly) belongs to a moment that has passed: "switch sides" said ten seconds late misleads.
constexpr auto kStaleLine = std::chrono::seconds(2);

} // namespace

class SpeechVoice::Connection : public ServiceWorker::Connection {
public:
    explicit Connection(std::string language)
        : language_(std::move(language)) {}

    bool open() override {
        // Single mode: no reader thread inside libspeechd; every call waits for its short
        // reply. Autospawn: a desktop that starts speech-dispatcher on demand only gets one
        // this way.
        char* error = nullptr;
        connection_ = spd_open2("flexor", "routine", nullptr, SPD_MODE_SINGLE, nullptr, 1, &error);
        failure_ = error ? error : "cannot connect";
        std::free(error); // NOLINT: libspeechd allocates it with malloc
        return connection_ != nullptr;
    }

    void opened(bool ok) override {
        if (!ok) {
            spdlog::warn("voice off: no speech service (speech-dispatcher): {}", failure_);
        } else if (!language_.empty() && spd_set_language(connection_, language_.c_str()) < 0) {
            spdlog::warn("voice: speech-dispatcher refused the language {}; the user's own is "
                         "used",
                         language_);
        } else {
            spdlog::info("voice: speech-dispatcher, language {}",
                         language_.empty() ? "-" : language_);
        }
    }

    void close() override { spd_close(connection_); }

    bool say(const std::string& text) {
        // MESSAGE priority: queued behind a line still being spoken, never cut by the next cue.
        if (spd_say(connection_, SPD_MESSAGE, text.c_str()) < 0) {
            spdlog::warn("voice off: speech-dispatcher refused a line; the routine goes on "
                         "silently");
            return false;
        }
        spdlog::debug("voice: \"{}\"", text);
        return true;
    }

    void cancel() { spd_cancel(connection_); }

private:
    std::string language_;
    SPDConnection* connection_ = nullptr;
    std::string failure_;
};

SpeechVoice::SpeechVoice(bool wanted, std::string language) {
    if (!wanted) {
        return;
    }
    connection_ = std::make_shared<Connection>(std::move(language));
    worker_ = std::make_unique<ServiceWorker>(
        "voice", connection_, kStaleLine,
        "voice off: speech-dispatcher never answered; the routine ran silently");
}

SpeechVoice::~SpeechVoice() = default;

void SpeechVoice::say(const std::string& text) {
    if (!worker_ || text.empty()) {
        return;
    }
    worker_->post({[connection = connection_, text] { return connection->say(text); }, true,
                   '"' + text + '"'});
}

void SpeechVoice::stop() {
    if (!worker_) {
        return;
    }
    // Lines not yet handed to the service are dropped here; the one being spoken is cut there.
    worker_->discardTimely();
    worker_->post({[connection = connection_] {
                       connection->cancel();
                       return true;
                   },
                   false, "cancel"});
}

} // namespace flexor::routine
