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
    m_player = QStandardPaths::findExecutable(QStringLiteral("canberra-gtk-play"));
    if (m_player.isEmpty()) {
        spdlog::debug("routine sound cues off: canberra-gtk-play is not installed");
    }
}

void SoundCue::play(const QString& soundId) const {
    if (m_player.isEmpty()) {
        return;
    }
    // Detached: nothing waits for it, and a missing sound server only makes it fail quietly.
    QProcess::startDetached(m_player,
                            {QStringLiteral("--id"), soundId, QStringLiteral("--description"),
                             QCoreApplication::translate("SoundCue", "Flexor routine")});
}

} // namespace flexor::ui
