// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/meeting/MeetingDetector.h"

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

bool MeetingDetector::start() {
    const bool pipeWire = pipeWire_->start();
    const bool v4l2 = v4l2_->start();
    return pipeWire || v4l2;
}

MeetingSignals MeetingDetector::current() const {
    MeetingSignals now = pipeWire_->current();
    now.camera = now.camera || v4l2_->inUse();
    return now;
}

} // namespace flexor::platform
