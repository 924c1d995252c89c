// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Routine.h"

#include <algorithm>

namespace flexor::core {

int RoutineStep::holdCount() const {
    return rounds * (sides == Sides::LeftRight ? 2 : 1);
}

const std::string& RoutineStep::sideLabel(Side side) const {
    static const std::string none;
    switch (side) {
    case Side::Left:
        return leftLabel;
    case Side::Right:
        return rightLabel;
    case Side::None:
        break;
    }
    return none;
}

Duration totalLength(const Routine& routine) {
    Duration total{};
    for (const auto& step : routine.steps) {
        total += step.holdCount() * (routine.getReady + step.hold);
    }
    return total;
}

const char* sidesName(Sides sides) {
    return sides == Sides::LeftRight ? "left-right" : "none";
}

namespace {

void pick(const Translations& translations, const std::vector<std::string>& languages,
          const char* key, std::string& field) {
    for (const auto& language : languages) {
        const auto texts = translations.find(language);
        if (texts == translations.end()) {
            continue;
        }
        if (const auto text = texts->second.find(key); text != texts->second.end()) {
            field = text->second;
            return;
        }
    }
}

} // namespace

Routine localized(Routine routine, const std::vector<std::string>& languages) {
    pick(routine.translations, languages, "title", routine.title);
    pick(routine.translations, languages, "safety", routine.safety);
    for (auto& step : routine.steps) {
        pick(step.translations, languages, "title", step.title);
        pick(step.translations, languages, "say", step.say);
        pick(step.translations, languages, "do", step.instructions.doing);
        pick(step.translations, languages, "feel", step.instructions.feeling);
        pick(step.translations, languages, "avoid", step.instructions.avoid);
        pick(step.translations, languages, "left_label", step.leftLabel);
        pick(step.translations, languages, "right_label", step.rightLabel);
    }
    return routine;
}

std::string spokenLanguage(const Routine& routine, const std::vector<std::string>& languages) {
    for (const auto& language : languages) {
        const bool translated =
            routine.translations.contains(language) ||
            std::any_of(routine.steps.begin(), routine.steps.end(), [&](const RoutineStep& step) {
                return step.translations.contains(language);
            });
        if (translated) {
            // Speech services take language tags (RFC 5646) with a hyphen: "pt_BR" -> "pt-BR".
            std::string tag = language;
            std::replace(tag.begin(), tag.end(), '_', '-');
            return tag;
        }
    }
    return "en";
}

} // namespace flexor::core
