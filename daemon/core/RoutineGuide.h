// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RoutinePlayer.h"
#include "Time.h"

#include <functional>
#include <string>
#include <vector>

namespace flexor::core {

// Which sound a cue plays; the routine program maps these to sound-theme ids.
enum class CueSound { None, HoldStart, SwitchSides, Finished };

const char* cueSoundName(CueSound sound);

// One moment of guidance: a spoken line, a sound, or both.
struct GuideCue {
    Duration remaining{}; // due when the phase has this much left; its whole length = at entry
    std::string say;      // empty: nothing is spoken
    CueSound sound = CueSound::None;

    bool operator==(const GuideCue&) const = default;
};

// The fixed words of the guidance, given by the caller in the user's language (the core has no
// translations). Each returns a whole sentence.
struct GuidePhrases {
    std::function<std::string(int seconds)> holdFor;         // "Hold for 30 seconds."
    std::function<std::string(int round, int rounds)> round; // "Round 2 of 3."
    std::string hold;                                        // "Hold."
    std::string switchSides;                                 // "Switch sides."
    std::function<std::string(int)> count;                   // "3", for the last seconds of a hold
    std::string done;                                        // "Done. Well done."
};

// How many seconds before the end of a hold are counted aloud; shorter holds are not counted.
inline constexpr int kCountedSeconds = 3;
inline constexpr Duration kShortestCountedHold = 5s;

// The cues of the phase the player is in at `position`, in the order they fall due: what a
// person who cannot see the screen needs to follow the routine. A get-ready names the stretch
// and side (or says to switch sides, or which round), a hold starts with a sound and ends with
// its last seconds counted, the finish says so. Stopped and not-started phases have none.
std::vector<GuideCue> phaseCues(const RoutinePlayer& player, const PlayerPosition& position,
                                const GuidePhrases& phrases);

} // namespace flexor::core
