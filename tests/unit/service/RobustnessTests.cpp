// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/history/HistoryStore.h"
#include "service/HistoryKeeper.h"
#include "service/ReminderText.h"
#include "service/RoutineFallbackNotice.h"

#include <doctest/doctest.h>

using namespace std::chrono_literals;
using flexor::platform::history::RunningStreak;
using flexor::service::routineOffer;
using flexor::service::timeSinceSaved;

TEST_CASE("the gap since a saved streak is exact to the millisecond") {
    const flexor::core::LocalTime savedAt{std::chrono::seconds(1000)};
    const RunningStreak saved{savedAt - 30min, 30min + 400ms, savedAt, 1'000'000'900};
    // 2.2 s later on the wall clock, though the whole local seconds differ by 3.
    CHECK(timeSinceSaved(saved, savedAt + 3s, 1'000'003'100) == 2200ms);
}

TEST_CASE("without milliseconds in the file, the gap falls back to whole seconds") {
    const flexor::core::LocalTime savedAt{std::chrono::seconds(1000)};
    const RunningStreak saved{savedAt - 30min, 30min, savedAt, 0};
    CHECK(timeSinceSaved(saved, savedAt + 3s, 123) == 3s);
}

TEST_CASE("a routine under a minute is offered in seconds, never as 0 minutes") {
    CHECK(routineOffer(40s) == QStringLiteral("A 40-second psoas stretch?"));
    CHECK(routineOffer(5min + 10s) == QStringLiteral("A 5-minute psoas stretch?"));
    CHECK(routineOffer(59s + 600ms) == QStringLiteral("A 1-minute psoas stretch?"));
    CHECK(routineOffer(std::nullopt) == QStringLiteral("Time for a short psoas stretch?"));
    CHECK_FALSE(routineOffer(1s).contains(QStringLiteral("0-")));
}

TEST_CASE("a routine that fell back names the broken file with its position") {
    flexor::config::RoutineEntry broken{
        "psoas", "/home/u/.config/flexor/routines/psoas.toml", true, std::nullopt, {}};
    broken.diagnostics.push_back({flexor::config::Diagnostic::Severity::Error, broken.file.string(),
                                  12, 8, "hold: wrong type"});
    flexor::config::RoutineEntry shipped{
        "psoas", "/usr/share/flexor/routines/psoas.toml", false, flexor::core::Routine{}, {}};
    const flexor::config::RoutineChoice choice{&shipped, &broken, false};
    const QString text = flexor::service::RoutineFallbackNotice::message(choice, "psoas");
    CHECK(text.contains(QStringLiteral("psoas.toml:12:8: error: hold: wrong type")));
    CHECK(text.contains(QStringLiteral("shipped")));
    CHECK(flexor::service::RoutineFallbackNotice::message({&shipped, nullptr, false}, "psoas")
              .isEmpty());
}
