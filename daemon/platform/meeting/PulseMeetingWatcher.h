// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/meeting/MicrophoneWatcher.h"

#include <QObject>
#include <functional>
#include <map>

struct pa_context;
struct pa_glib_mainloop;

namespace flexor::platform {

class SocketAppearanceWatcher;

// The microphone as a plain PulseAudio server sees it, for systems without PipeWire (where
// PipeWire runs it sees PulseAudio's clients itself, and this watcher is not started).
// A source-output (a recording stream) that is not corked is a microphone in use, unless it is
// a level meter (a peak-detect stream such as pavucontrol's, which PulseAudio resamples with
// the "peaks" method) or it records a sink's monitor (what is being played, not a voice).
// libpulse's subscription says when a stream or source appears, changes or goes; the context
// runs on the GLib main loop Qt itself runs on, so there is no thread and no polling.
// When the server goes away its streams are forgotten (a meeting seen only through them ends),
// and the watcher connects again when the server's socket reappears.
// It is built into a plugin of its own (PulseWatcherPlugin), which the daemon loads only
// when PipeWire does not answer.
class PulseMeetingWatcher : public QObject, public MicrophoneWatcher {
    Q_OBJECT
public:
    explicit PulseMeetingWatcher(std::function<void()> changed, QObject* parent = nullptr);
    ~PulseMeetingWatcher() override;

    // False when it cannot even try (Qt not on the GLib loop, no libpulse context); a server
    // that does not answer is found out asynchronously and logged.
    bool start() override;
    bool microphone() const override { return microphone_; }

    // Called from libpulse's C callbacks (kept out of this header).
    struct Stream {
        uint32_t source = 0;
        bool corked = false;
        bool levelMeter = false;
    };
    void contextStateChanged();
    void subscriptionEvent(int facilityAndType, uint32_t index);
    void sourceSeen(uint32_t index, bool monitor);
    void streamSeen(uint32_t index, const Stream& stream);
    void recompute();

private:
    bool connectContext();
    void dropContext();
    void waitForServer();
    void reconnect();
    void forgetAll();

    pa_glib_mainloop* loop_ = nullptr;
    pa_context* context_ = nullptr;
    std::map<uint32_t, bool> monitorSources_; // source index -> is a sink's monitor
    std::map<uint32_t, Stream> streams_;      // source-output index -> what it is
    bool microphone_ = false;
    std::function<void()> changed_;
    SocketAppearanceWatcher* socketWatcher_ = nullptr;
    bool ready_ = false;
    bool lost_ = false; // the server went away and has not answered since
};

} // namespace flexor::platform
