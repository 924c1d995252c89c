// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DeskTimeline.h"

#include <algorithm>
#include <doctest/doctest.h>

namespace flexor::core::test {

namespace {

constexpr std::chrono::local_days kTestMonday{std::chrono::year{2024} / std::chrono::January / 8};
// The monotonic clock starts at an arbitrary point, unrelated to the wall clock.
constexpr Duration kMonoOffset = 1000h;
// More wake-ups than any test day needs: a loop beyond this is an engine that never settles.
constexpr int kMaxWakeUps = 100'000;

} // namespace

LocalTime wallClock(Duration sinceMonday) {
    return kTestMonday + std::chrono::duration_cast<std::chrono::seconds>(sinceMonday);
}

void Recorder::onTransition(const Transition& t) {
    transitions.push_back({clock_, t.from, t.to, t.reason});
}

void Recorder::onReminder(const Reminder& r) {
    reminders.push_back({clock_, r});
}

void Recorder::onReminderWithdrawn() {
    withdrawals.push_back(clock_);
}

void Recorder::onJournal(const JournalEntry& e) {
    journal.push_back(e);
}

void Recorder::onReminderHeld(HoldReasons) {
    holds.push_back(clock_);
}

void Recorder::onReminderElsewhere() {
    shownElsewhere.push_back(clock_);
}

void Recorder::onEyeBreak(const EyeBreak& e) {
    eyeBreaks.emplace_back(clock_, e);
}

void Recorder::onStandingTimeUp(Duration stood) {
    standingTimeUps.emplace_back(clock_, stood);
}

std::vector<Duration> Recorder::eyeBreaksShown() const {
    std::vector<Duration> shown;
    for (const auto& [at, e] : eyeBreaks) {
        if (e.shown()) {
            shown.push_back(at);
        }
    }
    return shown;
}

std::vector<JournalEntry> Recorder::journalOf(JournalKind kind) const {
    std::vector<JournalEntry> found;
    std::copy_if(journal.begin(), journal.end(), std::back_inserter(found),
                 [&](const JournalEntry& e) { return e.kind == kind; });
    return found;
}

std::vector<SeenReminder> Recorder::firstShowings() const {
    std::vector<SeenReminder> found;
    std::copy_if(reminders.begin(), reminders.end(), std::back_inserter(found),
                 [](const SeenReminder& r) { return !r.reminder.repeat; });
    return found;
}

DeskTimeline::DeskTimeline(Duration startAt, EngineSettings settings)
    : now(startAt)
    , seen(now)
    , engine(std::move(settings), seen, instant(startAt)) {}

Instant DeskTimeline::instant(Duration t) {
    return {mono(t), wallClock(t)};
}

MonoTime DeskTimeline::mono(Duration t) {
    return MonoTime{kMonoOffset + t};
}

Duration DeskTimeline::fromMono(MonoTime m) {
    return m.time_since_epoch() - kMonoOffset;
}

DeskTimeline& DeskTimeline::at(Duration t) {
    REQUIRE(t >= now);
    for (int wakeUps = 0;; ++wakeUps) {
        REQUIRE(wakeUps < kMaxWakeUps);
        const auto due = engine.nextDue();
        if (!due || *due > mono(t)) {
            break;
        }
        REQUIRE(*due >= mono(now)); // the timer is never armed in the past
        now = fromMono(*due);
        engine.advance(instant(now));
        const auto following = engine.nextDue();
        REQUIRE((!following || *following > mono(now)));
    }
    now = t;
    return *this;
}

DeskTimeline& DeskTimeline::lateTimerAt(Duration t) {
    REQUIRE(t >= now);
    now = t;
    engine.advance(instant(now));
    const auto following = engine.nextDue();
    REQUIRE((!following || *following > mono(now)));
    return *this;
}

DeskTimeline& DeskTimeline::send(const EngineEvent& event) {
    engine.handle(event, instant(now));
    const auto following = engine.nextDue();
    CHECK((!following || *following > mono(now)));
    return *this;
}

DeskTimeline& DeskTimeline::idle(Duration since, Duration reportedAt) {
    at(reportedAt);
    return send(event::UserIdle{mono(since)});
}

DeskTimeline& DeskTimeline::expect(SittingState state) {
    CHECK(status().state == state);
    return *this;
}

EngineStatus DeskTimeline::status() const {
    return engine.status(instant(now));
}

Duration DeskTimeline::nextDue() const {
    const auto due = engine.nextDue();
    REQUIRE(due.has_value());
    return fromMono(*due);
}

const SeenTransition& DeskTimeline::lastTransition() const {
    REQUIRE(!seen.transitions.empty());
    return seen.transitions.back();
}

} // namespace flexor::core::test
