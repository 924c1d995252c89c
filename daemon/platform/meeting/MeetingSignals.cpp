// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/meeting/MeetingSignals.h"

namespace flexor::platform {

QStringList MeetingSignals::names() const {
    QStringList list;
    if (camera) {
        list << QStringLiteral("camera");
    }
    if (microphone) {
        list << QStringLiteral("microphone");
    }
    if (screen) {
        list << QStringLiteral("screen");
    }
    return list;
}

} // namespace flexor::platform
