// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtPlugin>
#include <functional>
#include <memory>

namespace flexor::platform {

// A microphone watcher that lives in a plugin, loaded only when it is needed (PulseAudio's
// client library is mapped only on systems where PipeWire does not answer). Plain interfaces:
// only the plugin's root object is a QObject the daemon sees, so no class's meta-object is
// shared between the daemon and the plugin.
class MicrophoneWatcher {
public:
    virtual ~MicrophoneWatcher() = default;
    // False when it cannot even try; a server that does not answer is found out later.
    virtual bool start() = 0;
    virtual bool microphone() const = 0;
};

class MicrophoneWatcherPlugin {
public:
    virtual ~MicrophoneWatcherPlugin() = default;
    // `changed` is called whenever microphone() changes.
    virtual std::unique_ptr<MicrophoneWatcher> create(std::function<void()> changed) = 0;
};

} // namespace flexor::platform

#define FLEXOR_MICROPHONE_WATCHER_PLUGIN_IID "io.github.flexor.MicrophoneWatcherPlugin/1"
Q_DECLARE_INTERFACE(flexor::platform::MicrophoneWatcherPlugin, FLEXOR_MICROPHONE_WATCHER_PLUGIN_IID)
