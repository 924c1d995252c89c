// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/meeting/MicrophoneWatcher.h"

#include <QObject>

namespace flexor::platform {

// The root object of the PulseAudio plugin (flexor-pulse-watcher.so): makes the watchers.
// Only this plugin links libpulse, so the daemon maps it only where PipeWire does not answer.
class PulseWatcherPlugin : public QObject, public MicrophoneWatcherPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID FLEXOR_MICROPHONE_WATCHER_PLUGIN_IID)
    Q_INTERFACES(flexor::platform::MicrophoneWatcherPlugin)
public:
    std::unique_ptr<MicrophoneWatcher> create(std::function<void()> changed) override;
};

} // namespace flexor::platform
