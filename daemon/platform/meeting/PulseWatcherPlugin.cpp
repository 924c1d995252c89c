// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/meeting/PulseWatcherPlugin.h"

#include "platform/meeting/PulseMeetingWatcher.h"

#include <utility>

namespace flexor::platform {

std::unique_ptr<MicrophoneWatcher> PulseWatcherPlugin::create(std::function<void()> changed) {
    return std::make_unique<PulseMeetingWatcher>(std::move(changed));
}

} // namespace flexor::platform
