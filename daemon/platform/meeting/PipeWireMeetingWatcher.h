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

class SocketAppearanceWatcher;

// Meetings as PipeWire sees them (which covers PulseAudio clients through pipewire-pulse):
// a capture stream (Stream/Input/Audio) that is running is a microphone in use; a running
// Video/Source node is a camera (media.role Camera, or a v4l2/libcamera device) or else a
// shared screen (the portal's screencast node). Level meters (pavucontrol's peak detection,
// streams marked stream.monitor) are not microphones.
// No thread: PipeWire's loop is driven from Qt's event loop through its file descriptor, so
// the daemon wakes exactly when PipeWire has something to say, and never in between.
// When PipeWire goes away (a restart, a crash) its streams are forgotten at once (a meeting
// seen only through them ends), and the watcher connects again when PipeWire's socket
// reappears in the runtime folder.
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
    void serverFailed(const char* message);
    void serverAnswered();

private:
    void connectionLost();
    bool connectNow();
    void waitForServer();
    void serverSocketAppeared();

    std::unique_ptr<Connection> pw_;
    QSocketNotifier* notifier_ = nullptr;
    SocketAppearanceWatcher* socketWatcher_ = nullptr;
    // A socket file exists a moment before its server listens: a few retries, then wait again.
    bool lost_ = false; // no server answers now: it went away, or was not there at start
    bool answeredOnce_ = false;
    MeetingSignals current_;
};

} // namespace flexor::platform
