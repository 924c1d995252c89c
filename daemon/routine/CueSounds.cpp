// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CueSounds.h"

#include "BuildInfo.h"

#include <canberra.h>
#include <spdlog/spdlog.h>

namespace flexor::routine {

namespace {

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

CueSounds::CueSounds(bool wanted, std::string fallbackFile)
    : fallbackFile_(std::move(fallbackFile)) {
    if (!wanted) {
        return;
    }
    int rc = ca_context_create(&context_);
    if (rc == CA_SUCCESS) {
        ca_context_change_props(context_, CA_PROP_APPLICATION_NAME, "Flexor",
                                CA_PROP_APPLICATION_ID, FLEXOR_APP_ID,
                                CA_PROP_APPLICATION_ICON_NAME, FLEXOR_APP_ID, nullptr);
        rc = ca_context_open(context_); // connects now, so the first cue is not late
    }
    if (rc != CA_SUCCESS) {
        spdlog::warn("sound cues off: no sound server: {}", ca_strerror(rc));
        if (context_) {
            ca_context_destroy(context_);
            context_ = nullptr;
        }
    }
}

CueSounds::~CueSounds() {
    if (context_) {
        ca_context_destroy(context_);
    }
}

void CueSounds::play(core::CueSound sound) {
    const char* id = themeId(sound);
    if (!context_ || !id) {
        return;
    }
    int rc =
        ca_context_play(context_, 0, CA_PROP_EVENT_ID, id, CA_PROP_EVENT_DESCRIPTION,
                        "Flexor routine cue", CA_PROP_CANBERRA_CACHE_CONTROL, "volatile", nullptr);
    if (rc == CA_ERROR_NOTFOUND && !fallbackFile_.empty()) {
        // No sound theme installed: Flexor's own soft cue.
        rc = ca_context_play(context_, 0, CA_PROP_MEDIA_FILENAME, fallbackFile_.c_str(),
                             CA_PROP_EVENT_DESCRIPTION, "Flexor routine cue", nullptr);
    }
    if (rc != CA_SUCCESS) {
        // Once is enough: the sound server went away or cannot play; the routine goes on silently.
        spdlog::warn("sound cues off: cue {} could not be played: {}", core::cueSoundName(sound),
                     ca_strerror(rc));
        ca_context_destroy(context_);
        context_ = nullptr;
        return;
    }
    spdlog::debug("sound cue {}", core::cueSoundName(sound));
}

} // namespace flexor::routine
