// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "EngineEvent.h"
#include "EngineObserver.h"
#include "EngineSettings.h"
#include "EyeBreaks.h"
#include "ReminderHold.h"
#include "SittingState.h"
#include "Streak.h"
#include "Time.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace flexor::core {

// The sitting state machine. It never reads a clock and never sleeps: it is told
// what happened and when, and answers with its status and the next moment at which
// it must be woken (advance()). Pure: no Qt, no I/O.
class SittingEngine {
public:
    SittingEngine(EngineSettings settings, EngineObserver& observer, Instant start);

    void handle(const EngineEvent& event, Instant now);

    // Called when the armed timer fires (or at any other moment): applies whatever
    // became due up to now.
    void advance(Instant now);

    // The next moment something is due, or nothing (e.g. away with no deadline).
    std::optional<MonoTime> nextDue() const;

    EngineStatus status(Instant now) const;
    const EngineSettings& settings() const { return settings_; }

    // After a daemon restart: continue a streak that was running before it.
    void restoreStreak(Duration streakSoFar, Instant now);

private:
    // Where the reminder cycle stands while the user sits. The overlays below
    // (pause, schedule, absence, routine, standing) hide it by precedence.
    enum class Phase { Sitting, ReminderDue, Snoozed };

    struct Absence {
        MonoTime since;
        LocalTime sinceLocal;
        bool idle = false;
        bool locked = false;
        bool asleep = false;
        bool confirmed = false; // lasted awayAfter: the streak has ended
        bool stillAway() const { return idle || locked || asleep; }
    };
    struct PauseSpan {
        MonoTime start;
        LocalTime startLocal;
        MonoTime until;
    };
    struct RoutineRun {
        std::string name;
        MonoTime start;
        LocalTime startLocal;
    };
    struct StandingSpan {
        MonoTime start;
        LocalTime startLocal;
        MonoTime renewed;
        std::optional<MonoTime> askBackAt = std::nullopt; // "Stand for a while": ask then
    };

    enum class DeadlineKind {
        PauseEnd,
        ScheduleChange,
        AwayConfirmed,
        StandingLimit,
        RemindAfterReached,
        SnoozeEnded,
        ReminderRepeat,
        HoldRunOut,
        IdleAfterPresence,
        PeerSilent,
        EyeBreakDue,
        StandingAskBack,
        CalendarBoundary,
        BeforeMeeting,
    };
    struct Deadline {
        DeadlineKind kind;
        MonoTime at;
    };

    // The one state in force, by precedence: paused, off schedule, away, in a routine,
    // standing, else the reminder cycle's phase. What the engine does next depends on it.
    SittingState stateInForce() const;
    // Sitting, reminder due or snoozed: the states in which reminders are due, shown and
    // snoozed (otherwise they wait).
    bool reminderCycleRuns() const;
    bool streakCounts() const;

    std::optional<Deadline> earliestDeadline(Instant reference) const;
    void applyDeadline(const Deadline& deadline, Instant at, Instant target);

    // Applies a mutation at `at` and reports the resulting state change, if any.
    void change(Instant at, std::string_view reason, const std::function<void()>& mutate);
    void syncStreakClock(Instant at);
    void settleReminderCycle(Instant at);

    void on(const event::UserIdle& e, Instant now);
    void on(const event::UserActive& e, Instant now);
    void on(const event::ScreenLocked& e, Instant now);
    void on(const event::ScreenUnlocked& e, Instant now);
    void on(const event::SleepStarted& e, Instant now);
    void on(const event::Resumed& e, Instant now);
    void on(const event::PresentWithoutInput& e, Instant now);
    void on(const event::Meeting& e, Instant now);
    void on(const event::DoNotDisturb& e, Instant now);
    void on(const event::ExternalBreak& e, Instant now);
    void on(const event::RoutineStarted& e, Instant now);
    void on(const event::RoutineFinished& e, Instant now);
    void on(const event::RoutineAbandoned& e, Instant now);
    void on(const event::Snooze& e, Instant now);
    void on(const event::Skip& e, Instant now);
    void on(const event::Pause& e, Instant now);
    void on(const event::Resume& e, Instant now);
    void on(const event::Standing& e, Instant now);
    void on(const event::SettingsChanged& e, Instant now);
    void on(const event::PresentElsewhere& e, Instant now);
    void on(const event::AwayElsewhere& e, Instant now);
    void on(const event::BreakElsewhere& e, Instant now);
    void on(const event::AnsweredElsewhere& e, Instant now);

    // ---- other machines of the same person (share_folder) ----
    struct Peer {
        bool present = false;
        MonoTime since;
        MonoTime seen;
    };
    bool presentElsewhere() const;
    bool presentHere() const { return !absence_; }
    bool reminderBelongsHere() const;
    Duration peerSilentAfter() const;
    void elsewhereEnded(MonoTime since, Instant now);
    void restartStreakFrom(MonoTime at, Instant now);
    void followReminder(Instant at);
    void on(const event::EyesResting& e, Instant now);
    void on(const event::CalendarBusy& e, Instant now);

    Absence& beginAbsence(MonoTime since, LocalTime sinceLocal);
    void confirmAbsence();
    void endAbsenceIfOver(Instant at);
    void endStreak(MonoTime at);
    void takeRealBreak(Instant at);
    void endStanding(Instant at);
    void endPause(Instant at);
    void setWithinSchedule(bool within, Instant at);
    void startCountingAgain(Instant at);
    void showReminder(Instant at, bool repeat);
    void releaseHeldReminder(Instant at, bool waitedLongest);
    bool presentWithoutInput() const { return idleInhibited_ || meeting_; }
    void presenceWithoutInputChanged(Instant at);
    bool escalated() const;
    // The calendar (CalendarRules in SittingEngine.cpp).
    const event::CalendarMeeting* calendarMeetingAt(MonoTime at) const;
    std::optional<MonoTime> nextCalendarBoundary() const;
    struct EarlyReminder {
        MonoTime at;
        LocalTime meetingStart;
    };
    std::optional<EarlyReminder> reminderBeforeMeeting() const;
    void followCalendar(Instant at);
    void calendarMeetingBegins(Instant at);
    void calendarMeetingEnds(Instant at);
    void meetingHoldChanged(Instant at);
    void journal(JournalKind kind, LocalTime start, Duration length, std::string detail = {});
    // Eye breaks: the person looks at the screen, and when the sitting reminder falls due.
    bool eyesOnScreen() const;
    std::optional<MonoTime> reminderDueAt() const;
    void configureEyeBreaks(MonoTime at);

    EngineSettings settings_;
    EngineObserver& observer_;
    Instant cursor_; // the latest moment the engine has been brought up to
    Streak streak_;
    Phase phase_ = Phase::Sitting;
    MonoTime snoozedUntil_{};
    MonoTime reminderShownAt_{};
    int snoozesUsed_ = 0;
    bool withinSchedule_ = true;
    std::optional<Absence> absence_;
    std::optional<PauseSpan> pause_;
    std::optional<RoutineRun> routine_;
    std::optional<StandingSpan> standing_;
    bool idleInhibited_ = false;
    bool meeting_ = false;
    // Idle was reported while the user was present without input: it was not an absence.
    bool idleOverlooked_ = false;
    // Presence without input ended at this moment with no input since: idle from then on.
    std::optional<MonoTime> idleAgainSince_;
    ReminderHold hold_;
    std::map<std::string, Peer> peers_;
    MonoTime presentHereSince_{};          // this machine's own presence began (input, unlock)
    bool reminderElsewhere_ = false;       // the due reminder is on another machine's screen
    std::optional<std::string> routineOf_; // the routine runs on this other machine
    // The streak the latest absence ended: another machine in use through that absence
    // continues it.
    struct EndedStreak {
        MonoTime at;
        Duration length;
    };
    std::optional<EndedStreak> endedByAbsence_;
    EyeBreaks eyes_;
    // The calendar's busy stretches, merged where they overlap, in order.
    std::vector<event::CalendarMeeting> calendar_;
    bool inCalendarMeeting_ = false;
    // The meeting going on (any kind, or several back to back) began at this local time.
    std::optional<LocalTime> meetingSince_;
    // Locked or asleep during a calendar meeting: the user sits in it, not away.
    bool lockOverlooked_ = false;
    bool sleepOverlooked_ = false;
    // The reminder on screen came early, before the meeting starting at this local time.
    std::optional<LocalTime> earlyFor_;
};

} // namespace flexor::core
