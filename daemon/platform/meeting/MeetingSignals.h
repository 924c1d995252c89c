// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace flexor::platform {

// What makes a meeting, each seen on its own: a camera, a microphone capture, a shared screen.
struct MeetingSignals {
    bool camera = false;
    bool microphone = false;
    bool screen = false;

    bool any() const { return camera || microphone || screen; }
    // "camera", "microphone", "screen": for the status dictionary and the log.
    QStringList names() const;
    bool operator==(const MeetingSignals&) const = default;
};

} // namespace flexor::platform
