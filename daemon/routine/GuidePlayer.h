// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/RoutineGuide.h"

#include <QObject>
#include <QTimer>
#include <vector>

namespace flexor::routine {

class CueSounds;
class RoutineWindow;
class SpeechVoice;

// Follows the routine window's player and speaks and sounds its cues when they fall due, with
// one single-shot timer armed for the next cue (none while paused). Muted, the cues pass by
// unheard and the timeline is unchanged.
class GuidePlayer : public QObject {
    Q_OBJECT
public:
    GuidePlayer(RoutineWindow& window, SpeechVoice& voice, CueSounds& sounds, bool muted);

    void setMuted(bool muted);

private:
    static core::GuidePhrases translatedPhrases(); // in the user's language
    void onPhaseChanged();
    void onPausedChanged(bool paused);
    void playDue(); // every cue whose moment has come, then arm for the next

    RoutineWindow& window_;
    SpeechVoice& voice_;
    CueSounds& sounds_;
    bool muted_;
    core::GuidePhrases phrases_;
    std::vector<core::GuideCue> cues_; // of the current phase, in order
    std::size_t nextCue_ = 0;
    QTimer timer_;
};

} // namespace flexor::routine
