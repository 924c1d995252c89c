// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SoundCue.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <spdlog/spdlog.h>

namespace flexor::ui {

SoundCue::SoundCue(bool wanted) {
    if (!wanted) {
        return;
    }
    player_ = QStandardPaths::findExecutable(QStringLiteral("canberra-gtk-play"));
    if (player_.isEmpty()) {
        spdlog::debug("routine sound cues off: canberra-gtk-play is not installed");
    }
}

void SoundCue::play(const QString& soundId) const {
    if (player_.isEmpty()) {
        return;
    }
    // Detached: nothing waits for it, and a missing sound server only makes it fail quietly.
    QProcess::startDetached(player_,
                            {QStringLiteral("--id"), soundId, QStringLiteral("--description"),
                             QCoreApplication::translate("SoundCue", "Flexor routine")});
}

} // namespace flexor::ui
