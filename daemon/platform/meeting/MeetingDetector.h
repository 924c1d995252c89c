// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/meeting/MeetingSignals.h"

#include <QObject>
#include <memory>

namespace flexor::platform {

class MicrophoneWatcher;
class PipeWireMeetingWatcher;
class V4l2CameraWatcher;

// Every way a meeting shows, combined: PipeWire (microphone, camera, shared screen), or where
// no PipeWire answers a plain PulseAudio server (microphone), and cameras opened directly
// through V4L2. The PulseAudio watcher is a plugin, loaded only when PipeWire does not answer.
class MeetingDetector : public QObject {
    Q_OBJECT
public:
    explicit MeetingDetector(QObject* parent = nullptr);
    ~MeetingDetector() override;

    // Starts the watchers once; false when none of them can watch anything.
    bool start();
    MeetingSignals current() const;

signals:
    void changed();

private:
    PipeWireMeetingWatcher* pipeWire_ = nullptr;
    bool startPulse();

    std::unique_ptr<MicrophoneWatcher> pulse_;
    V4l2CameraWatcher* v4l2_ = nullptr;
};

} // namespace flexor::platform
