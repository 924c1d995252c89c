// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/meeting/MeetingDetector.h"

#include "platform/Plugins.h"
#include "platform/meeting/MicrophoneWatcher.h"
#include "platform/meeting/PipeWireMeetingWatcher.h"
#include "platform/meeting/V4l2CameraWatcher.h"

namespace flexor::platform {

MeetingDetector::MeetingDetector(QObject* parent)
    : QObject(parent)
    , pipeWire_(new PipeWireMeetingWatcher(this))
    , v4l2_(new V4l2CameraWatcher(QStringLiteral("/dev"), this)) {
    connect(pipeWire_, &PipeWireMeetingWatcher::changed, this, &MeetingDetector::changed);
    connect(v4l2_, &V4l2CameraWatcher::inUseChanged, this, &MeetingDetector::changed);
}

// The plugin stays loaded (QPluginLoader does not unload it), so the watcher made by its code
// can be deleted here.
MeetingDetector::~MeetingDetector() = default;

bool MeetingDetector::start() {
    const bool pipeWire = pipeWire_->start();
    // PipeWire serves PulseAudio's clients itself (pipewire-pulse), and sees more than the
    // PulseAudio protocol does (cameras, screencasts): libpulse only where PipeWire is absent.
    const bool pulse = !pipeWire && startPulse();
    const bool v4l2 = v4l2_->start();
    return pipeWire || pulse || v4l2;
}

bool MeetingDetector::startPulse() {
    auto* plugin = loadPlugin<MicrophoneWatcherPlugin>(QStringLiteral("flexor-pulse-watcher.so"));
    if (!plugin) {
        return false;
    }
    pulse_ = plugin->create([this] { emit changed(); });
    return pulse_->start();
}

MeetingSignals MeetingDetector::current() const {
    MeetingSignals now = pipeWire_->current();
    now.microphone = now.microphone || (pulse_ && pulse_->microphone());
    now.camera = now.camera || v4l2_->inUse();
    return now;
}

} // namespace flexor::platform
