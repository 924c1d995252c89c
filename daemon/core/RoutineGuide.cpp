// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutineGuide.h"

#include <chrono>

namespace flexor::core {

namespace {

int wholeSeconds(Duration d) {
    return static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(d).count());
}

std::string joined(std::initializer_list<std::string> parts) {
    std::string text;
    for (const auto& part : parts) {
        if (part.empty()) {
            continue;
        }
        if (!text.empty()) {
            text += ' ';
        }
        text += part;
    }
    return text;
}

std::string sentence(const std::string& text) {
    if (text.empty() || text.back() == '.' || text.back() == '!' || text.back() == '?') {
        return text;
    }
    return text + '.';
}

GuideCue getReadyCue(const RoutinePlayer& player, const PlayerPosition& position,
                     const GuidePhrases& phrases) {
    const auto& holds = player.holds();
    const RoutineHold& hold = holds[position.holdIndex];
    const RoutineStep& step = player.routine().steps[hold.step];
    const std::string side = hold.side == Side::None ? "" : sentence(step.sideLabel(hold.side));
    const std::string round =
        step.rounds > 1 ? phrases.round(hold.round, step.rounds) : std::string();
    GuideCue cue{position.phaseLength, {}, CueSound::None};
    const RoutineHold* previous = position.holdIndex > 0 ? &holds[position.holdIndex - 1] : nullptr;
    if (previous && previous->step == hold.step && previous->side != hold.side &&
        hold.side != Side::None) {
        // Same stretch, other side: the person is in place and only needs to turn around.
        cue.say = joined({phrases.switchSides, side, round});
        cue.sound = CueSound::SwitchSides;
    } else if (previous && previous->step == hold.step) {
        cue.say = joined({round, side});
    } else {
        cue.say = joined({sentence(step.say.empty() ? step.title : step.say), side, round,
                          phrases.holdFor(wholeSeconds(step.hold))});
    }
    return cue;
}

} // namespace

const char* cueSoundName(CueSound sound) {
    switch (sound) {
    case CueSound::None:
        return "none";
    case CueSound::HoldStart:
        return "hold-start";
    case CueSound::SwitchSides:
        return "switch-sides";
    case CueSound::Finished:
        return "finished";
    }
    return "none";
}

std::vector<GuideCue> phaseCues(const RoutinePlayer& player, const PlayerPosition& position,
                                const GuidePhrases& phrases) {
    std::vector<GuideCue> cues;
    switch (position.phase) {
    case PlayerPhase::GetReady:
        cues.push_back(getReadyCue(player, position, phrases));
        break;
    case PlayerPhase::Hold:
        cues.push_back({position.phaseLength, phrases.hold, CueSound::HoldStart});
        if (position.phaseLength >= kShortestCountedHold) {
            for (int left = kCountedSeconds; left >= 1; --left) {
                cues.push_back({std::chrono::seconds(left), phrases.count(left), CueSound::None});
            }
        }
        break;
    case PlayerPhase::Finished:
        cues.push_back({Duration::zero(), phrases.done, CueSound::Finished});
        break;
    case PlayerPhase::NotStarted:
    case PlayerPhase::Stopped:
        break;
    }
    return cues;
}

} // namespace flexor::core
