// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CueSounds.h"

#include "BuildInfo.h"
#include "ServiceWorker.h"

#include <canberra.h>
#include <spdlog/spdlog.h>

namespace flexor::routine {

namespace {

// A cue for a moment two seconds gone (the sound server was slow to start or to answer) would
// mark the wrong moment: the same limit as the voice's lines.
constexpr auto kStaleCue = std::chrono::seconds(2);

// Sound-theme ids (freedesktop sound naming spec), soft ones a desktop already plays.
const char* themeId(core::CueSound sound) {
    switch (sound) {
    case core::CueSound::HoldStart:
        return "bell";
    case core::CueSound::SwitchSides:
        return "message-new-instant";
    case core::CueSound::Finished:
        return "complete";
    case core::CueSound::None:
        break;
    }
    return nullptr;
}

} // namespace

class CueSounds::Connection : public ServiceWorker::Connection {
public:
    explicit Connection(std::string fallbackFile)
        : fallbackFile_(std::move(fallbackFile)) {}

    bool open() override {
        result_ = ca_context_create(&context_);
        if (result_ == CA_SUCCESS) {
            ca_context_change_props(context_, CA_PROP_APPLICATION_NAME, "Flexor",
                                    CA_PROP_APPLICATION_ID, FLEXOR_APP_ID,
                                    CA_PROP_APPLICATION_ICON_NAME, FLEXOR_APP_ID, nullptr);
            result_ = ca_context_open(context_); // connects now, so the first cue is not late
        }
        if (result_ != CA_SUCCESS && context_) {
            ca_context_destroy(context_);
            context_ = nullptr;
        }
        return result_ == CA_SUCCESS;
    }

    void opened(bool ok) override {
        if (!ok) {
            spdlog::warn("sound cues off: no sound server: {}", ca_strerror(result_));
        }
    }

    void close() override {
        if (context_) {
            ca_context_destroy(context_);
            context_ = nullptr;
        }
    }

    bool play(core::CueSound sound) {
        const char* id = themeId(sound);
        int rc = ca_context_play(context_, 0, CA_PROP_EVENT_ID, id, CA_PROP_EVENT_DESCRIPTION,
                                 "Flexor routine cue", CA_PROP_CANBERRA_CACHE_CONTROL, "volatile",
                                 nullptr);
        if (rc == CA_ERROR_NOTFOUND && !fallbackFile_.empty()) {
            // No sound theme installed: Flexor's own soft cue.
            rc = ca_context_play(context_, 0, CA_PROP_MEDIA_FILENAME, fallbackFile_.c_str(),
                                 CA_PROP_EVENT_DESCRIPTION, "Flexor routine cue", nullptr);
        }
        if (rc != CA_SUCCESS) {
            // Once is enough: the sound server went away or cannot play; the routine goes on
            // silently.
            spdlog::warn("sound cues off: cue {} could not be played: {}",
                         core::cueSoundName(sound), ca_strerror(rc));
            return false;
        }
        spdlog::debug("sound cue {}", core::cueSoundName(sound));
        return true;
    }

private:
    std::string fallbackFile_;
    ca_context* context_ = nullptr;
    int result_ = CA_SUCCESS;
};

CueSounds::CueSounds(bool wanted, std::string fallbackFile) {
    if (!wanted) {
        return;
    }
    connection_ = std::make_shared<Connection>(std::move(fallbackFile));
    worker_ = std::make_unique<ServiceWorker>(
        "sound cues", connection_, kStaleCue,
        "sound cues off: the sound server never answered; the routine ran silently");
}

CueSounds::~CueSounds() = default;

void CueSounds::play(core::CueSound sound) {
    if (!worker_ || themeId(sound) == nullptr) {
        return;
    }
    worker_->post({[connection = connection_, sound] { return connection->play(sound); }, true,
                   core::cueSoundName(sound)});
}

} // namespace flexor::routine
