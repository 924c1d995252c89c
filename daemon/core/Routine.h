// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Time.h"

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace flexor::core {

using namespace std::chrono_literals;

// Whether a step is done once, or once for each side of the body.
enum class Sides { None, LeftRight };

// Which side a moment of the routine is for. None for steps without sides.
enum class Side { None, Left, Right };

// A routine's or a step's text in one other language, by the routine file's key ("title",
// "do", "feel", ...). A key that is missing falls back to the English text.
using TranslatedTexts = std::map<std::string, std::string>;

// Translations by language code as the routine file writes them: "de", "pt_BR", ...
using Translations = std::map<std::string, TranslatedTexts>;

inline constexpr const char* kDefaultLeftLabel = "Left side";
inline constexpr const char* kDefaultRightLabel = "Right side";

// What a step asks of you, in three short parts.
struct StepInstructions {
    std::string doing;   // what to do
    std::string feeling; // what you should feel
    std::string avoid;   // what to avoid (may be empty)

    bool operator==(const StepInstructions&) const = default;
};

struct RoutineStep {
    std::string title;
    std::string say; // what the voice says for this step; empty: the title
    StepInstructions instructions;
    std::string picture;     // picture id, e.g. "bridge"
    std::string picturePath; // where the loader found that picture; empty when it did not
    Duration hold = 30s;     // how long one hold lasts
    Sides sides = Sides::None;
    std::string leftLabel = kDefaultLeftLabel; // shown while doing the left side
    std::string rightLabel = kDefaultRightLabel;
    int rounds = 1;            // holds per side
    Translations translations; // title, do, feel, avoid, left_label, right_label

    // How many holds the step has: rounds, times two when it has sides.
    int holdCount() const;
    const std::string& sideLabel(Side side) const;

    bool operator==(const RoutineStep&) const = default;
};

// A guided routine, as plain data: what the routine player plays and the window shows.
struct Routine {
    std::string name;       // the file name without ".toml"; what `flexor stretch NAME` takes
    std::string title;      // for people
    std::string safety;     // one line shown throughout
    Duration getReady = 5s; // pause before every hold, to get into position
    std::vector<RoutineStep> steps;
    Translations translations; // title, safety

    bool operator==(const Routine&) const = default;
};

// The routine with its text in the first of `languages` (most wanted first, e.g. {"pt_BR",
// "pt"}) that translates it, text by text; English where none does.
Routine localized(Routine routine, const std::vector<std::string>& languages);

// The language `localized` gives the routine's text in, as a speech service names it ("de",
// "pt-BR"): the first of `languages` that the routine or one of its steps translates, else
// "en". The voice must read the words in the language they are written in.
std::string spokenLanguage(const Routine& routine, const std::vector<std::string>& languages);

// How long the routine takes when nothing is paused or skipped, get-ready pauses included.
Duration totalLength(const Routine& routine);

const char* sidesName(Sides sides); // "none", "left-right"

} // namespace flexor::core
