// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GuidePlayer.h"

#include "CueSounds.h"
#include "RoutineWindow.h"
#include "SpeechVoice.h"
#include "platform/SystemClock.h"

#include <chrono>
#include <spdlog/spdlog.h>

namespace flexor::routine {

namespace {

std::string text(const QString& s) {
    return s.toStdString();
}

} // namespace

// Through the class's own tr(), so lupdate files these under this class's context, the one
// they are looked up in; the counts are digits, which the voice reads in the routine's language.
core::GuidePhrases GuidePlayer::translatedPhrases() {
    core::GuidePhrases p;
    p.holdFor = [](int seconds) { return text(tr("Hold for %n seconds.", nullptr, seconds)); };
    p.round = [](int round, int rounds) {
        return text(tr("Round %1 of %2.").arg(round).arg(rounds));
    };
    p.hold = text(tr("Hold."));
    p.switchSides = text(tr("Switch sides."));
    p.count = [](int n) { return text(QString::number(n)); };
    p.done = text(tr("Done. Well done."));
    return p;
}

GuidePlayer::GuidePlayer(RoutineWindow& window, SpeechVoice& voice, CueSounds& sounds, bool muted)
    : window_(window)
    , voice_(voice)
    , sounds_(sounds)
    , muted_(muted)
    , phrases_(translatedPhrases()) {
    timer_.setSingleShot(true);
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &GuidePlayer::playDue);
    connect(&window, &RoutineWindow::phaseChanged, this, &GuidePlayer::onPhaseChanged);
    connect(&window, &RoutineWindow::pausedChanged, this, &GuidePlayer::onPausedChanged);
    connect(&window, &RoutineWindow::muteToggled, this, &GuidePlayer::setMuted);
}

void GuidePlayer::setMuted(bool muted) {
    muted_ = muted;
    if (muted_) {
        voice_.stop();
    }
}

void GuidePlayer::onPhaseChanged() {
    const auto& player = window_.player();
    cues_ = core::phaseCues(player, player.position(platform::now().mono), phrases_);
    nextCue_ = 0;
    if (player.position(platform::now().mono).phase == core::PlayerPhase::Stopped) {
        voice_.stop(); // a stopped routine says nothing more
    }
    playDue();
}

void GuidePlayer::onPausedChanged(bool paused) {
    if (paused) {
        timer_.stop();
        voice_.stop();
    } else {
        playDue();
    }
}

void GuidePlayer::playDue() {
    const auto position = window_.player().position(platform::now().mono);
    if (position.paused) {
        timer_.stop();
        return;
    }
    const bool running = position.running();
    const auto left = running ? position.remaining : core::Duration::zero();
    // A cue is due once no more than its `remaining` is left; the timer may wake a little early
    // or late, so allow a few milliseconds of slack rather than re-arming for 1 ms.
    constexpr core::Duration kSlack{15};
    while (nextCue_ < cues_.size() && cues_[nextCue_].remaining + kSlack >= left) {
        const auto& cue = cues_[nextCue_++];
        if (muted_) {
            continue;
        }
        if (cue.sound != core::CueSound::None) {
            sounds_.play(cue.sound);
        }
        voice_.say(cue.say);
    }
    if (running && nextCue_ < cues_.size()) {
        const auto wait = left - cues_[nextCue_].remaining;
        timer_.start(static_cast<int>(std::max<core::Duration::rep>(0, wait.count())));
    } else {
        timer_.stop();
    }
}

} // namespace flexor::routine
