// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/meeting/MeetingSignals.h"

#include <QObject>
#include <map>
#include <memory>

class QSocketNotifier;

namespace flexor::platform {

// Meetings as PipeWire sees them (which covers PulseAudio clients through pipewire-pulse):
// a capture stream (Stream/Input/Audio) that is running is a microphone in use; a running
// Video/Source node is a camera (media.role Camera, or a v4l2/libcamera device) or else a
// shared screen (the portal's screencast node). Level meters (pavucontrol's peak detection,
// streams marked stream.monitor) are not microphones.
// No thread: PipeWire's loop is driven from Qt's event loop through its file descriptor, so
// the daemon wakes exactly when PipeWire has something to say, and never in between.
class PipeWireMeetingWatcher : public QObject {
    Q_OBJECT
public:
    explicit PipeWireMeetingWatcher(QObject* parent = nullptr);
    ~PipeWireMeetingWatcher() override;

    // False when no PipeWire server answers (then nothing is watched).
    bool start();
    MeetingSignals current() const { return current_; }

signals:
    void changed(const MeetingSignals& meeting);

public:
    // The PipeWire side, kept out of this header (C callbacks, spa types).
    struct Connection;
    struct Node;
    void nodeChanged();

private:
    std::unique_ptr<Connection> pw_;
    QSocketNotifier* notifier_ = nullptr;
    MeetingSignals current_;
};

} // namespace flexor::platform
