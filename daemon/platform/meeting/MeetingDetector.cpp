// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/meeting/MeetingDetector.h"

#include "platform/meeting/PipeWireMeetingWatcher.h"
#include "platform/meeting/PulseMeetingWatcher.h"
#include "platform/meeting/V4l2CameraWatcher.h"

namespace flexor::platform {

MeetingDetector::MeetingDetector(QObject* parent)
    : QObject(parent)
    , pipeWire_(new PipeWireMeetingWatcher(this))
    , pulse_(new PulseMeetingWatcher(this))
    , v4l2_(new V4l2CameraWatcher(QStringLiteral("/dev"), this)) {
    connect(pipeWire_, &PipeWireMeetingWatcher::changed, this, &MeetingDetector::changed);
    connect(pulse_, &PulseMeetingWatcher::changed, this, &MeetingDetector::changed);
    connect(v4l2_, &V4l2CameraWatcher::inUseChanged, this, &MeetingDetector::changed);
}

bool MeetingDetector::start() {
    const bool pipeWire = pipeWire_->start();
    // PipeWire serves PulseAudio's clients itself (pipewire-pulse), and sees more than the
    // PulseAudio protocol does (cameras, screencasts): libpulse only where PipeWire is absent.
    const bool pulse = !pipeWire && pulse_->start();
    const bool v4l2 = v4l2_->start();
    return pipeWire || pulse || v4l2;
}

MeetingSignals MeetingDetector::current() const {
    MeetingSignals now = pipeWire_->current();
    now.microphone = now.microphone || pulse_->current().microphone;
    now.camera = now.camera || v4l2_->inUse();
    return now;
}

} // namespace flexor::platform
