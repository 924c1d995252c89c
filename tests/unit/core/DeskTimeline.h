// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/EngineObserver.h"
#include "core/SittingEngine.h"

#include <chrono>
#include <doctest/doctest.h>
#include <string>
#include <utility>
#include <vector>

namespace flexor::core::test {

using namespace std::chrono_literals;

// Test times are written as the time since Monday 00:00 of the test week (2024-01-08),
// e.g. `9h + 45min` is Monday 09:45 and `kTuesday + 8h` is Tuesday 08:00.
constexpr Duration kMonday = 0h;
constexpr Duration kTuesday = 24h;
constexpr Duration kFriday = 4 * 24h;
constexpr Duration kSaturday = 5 * 24h;
constexpr Duration kSunday = 6 * 24h;
constexpr Duration kNextMonday = 7 * 24h;

LocalTime wallClock(Duration sinceMonday);

struct SeenTransition {
    Duration at;
    SittingState from;
    SittingState to;
    std::string reason;
};

struct SeenReminder {
    Duration at;
    Reminder reminder;
};

// Everything the engine told the rest of the program, with the test time it happened.
class Recorder : public EngineObserver {
public:
    explicit Recorder(const Duration& clock)
        : clock_(clock) {}

    void onTransition(const Transition& t) override;
    void onReminder(const Reminder& r) override;
    void onReminderWithdrawn() override;
    void onJournal(const JournalEntry& e) override;
    void onReminderHeld(HoldReasons reasons) override;
    void onReminderElsewhere() override;
    void onEyeBreak(const EyeBreak& e) override;
    void onStandingTimeUp(Duration stood) override;

    std::vector<JournalEntry> journalOf(JournalKind kind) const;
    std::vector<SeenReminder> firstShowings() const; // reminders that are not repeats

    std::vector<SeenTransition> transitions;
    std::vector<SeenReminder> reminders;
    std::vector<Duration> withdrawals;
    std::vector<Duration> holds;          // when a due reminder began to wait
    std::vector<Duration> shownElsewhere; // when a due reminder went to another machine
    std::vector<std::pair<Duration, EyeBreak>> eyeBreaks; // every eye break that fell due
    std::vector<Duration> eyeBreaksShown() const;
    std::vector<std::pair<Duration, Duration>> standingTimeUps; // when, and how long stood
    std::vector<JournalEntry> journal;

private:
    const Duration& clock_;
};

// A day at the desk: one engine, a fake clock, and the app's single timer simulated by
// waking the engine at every moment it asks for.
class DeskTimeline {
public:
    explicit DeskTimeline(Duration startAt = 9h, EngineSettings settings = {});

    // Time passes until `t`; the timer wakes the engine at every due moment on the way.
    DeskTimeline& at(Duration t);
    // Time passes until `t` without the timer firing (suspended process, late timer);
    // the engine is woken once, at `t`.
    DeskTimeline& lateTimerAt(Duration t);

    DeskTimeline& send(const EngineEvent& event);
    // The platform reports idle at `reportedAt`, idle having begun at `since`.
    DeskTimeline& idle(Duration since, Duration reportedAt);
    DeskTimeline& expect(SittingState state);

    EngineStatus status() const;
    Duration streak() const { return status().streak; }
    SittingState state() const { return status().state; }
    // The next due moment, as a test time; fails the test when nothing is due.
    Duration nextDue() const;
    bool nothingDue() const { return !engine.nextDue().has_value(); }
    const SeenTransition& lastTransition() const;

    static Instant instant(Duration t);
    static MonoTime mono(Duration t);
    static Duration fromMono(MonoTime m);

    Duration now;
    Recorder seen;
    SittingEngine engine;
};

} // namespace flexor::core::test

// Readable failure messages: durations in milliseconds, states by name.
template <>
struct doctest::StringMaker<flexor::core::Duration> {
    static String convert(flexor::core::Duration d) {
        return (std::to_string(d.count()) + " ms").c_str();
    }
};
template <>
struct doctest::StringMaker<flexor::core::SittingState> {
    static String convert(flexor::core::SittingState s) {
        return std::string(flexor::core::stateName(s)).c_str();
    }
};
