// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/EngineSettings.h"
#include "core/SittingState.h"
#include "core/Time.h"

#include <QString>
#include <optional>

namespace flexor::ui {

// "14:05" in the user's locale (or "2:05 PM").
QString clockText(core::LocalTime moment);

// A moment within the coming week as people name it: "today 22:00", "Monday 08:00" (the day's
// name in the user's language). Never "tomorrow": a tooltip that is not refreshed at midnight
// would then name the wrong day.
QString momentText(core::LocalTime moment, core::LocalTime now);

// What the status says beyond the engine's own view.
struct SentenceFacts {
    std::optional<core::LocalTime> countingStarts; // off schedule: when counting begins
    std::optional<core::LocalTime> meetingSince;   // when the meeting was first seen
};

// Where the state is put in words; both read from the same entry for each state. The Flexor
// window refreshes its sentence at each whole minute, so it gives the streak's length ("Sitting
// for 32 min") and the state in full ("Away from the desk"). The tray's tooltip is never
// refreshed by a clock, so it names the moment the streak began ("Sitting since 14:05"), which
// stays true, and the state in a word ("Away").
enum class Wording { Window, Tooltip };

// The state in one sentence, with wall-clock moments where a moment is known ("Sitting for 32
// min · reminder at 14:50", "In a meeting since 14:02 · reminder waits", "Outside active hours
// · counting starts Monday 08:00"). In the window's wording it changes only when the state
// changes or a whole minute of the streak passes (untilSentenceChanges); in the tooltip's, only
// when the state changes.
QString stateSentence(const core::EngineStatus& status, core::LocalTime now,
                      const SentenceFacts& facts = {}, Wording wording = Wording::Window);

// How long stateSentence() stays the same if only the clock moves: until the running streak
// reaches its next whole minute; nothing when no streak runs.
std::optional<core::Duration> untilSentenceChanges(const core::EngineStatus& status);

// The schedule in words: "Monday to Friday, 8:00 AM to 7:00 PM", "Monday, Wednesday,
// Friday, ...", "at any time" when it is off.
QString scheduleText(const core::WeeklySchedule& schedule);

} // namespace flexor::ui
