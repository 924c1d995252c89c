// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SittingEngine.h"

#include "Schedule.h"

#include <algorithm>
#include <utility>

namespace flexor::core {

namespace {

Duration atLeastZero(Duration d) {
    return std::max(d, Duration{});
}

} // namespace

SittingEngine::SittingEngine(EngineSettings settings, EngineObserver& observer, Instant start)
    : settings_(std::move(settings))
    , observer_(observer)
    , cursor_(start)
    , withinSchedule_(isWithinSchedule(settings_.schedule, start.local))
    , presentHereSince_(start.mono) {
    hold_.setLimits({settings_.dndMaxDelay, settings_.meetingMaxDelay});
    syncStreakClock(start);
    configureEyeBreaks(start.mono);
}

// ---- queries ----------------------------------------------------------------------------------

SittingState SittingEngine::stateInForce() const {
    if (pause_) {
        return SittingState::Paused;
    }
    if (!withinSchedule_) {
        return SittingState::OffSchedule;
    }
    if (absence_ && !presentElsewhere()) {
        return SittingState::Away;
    }
    if (routine_) {
        return SittingState::InRoutine;
    }
    if (standing_) {
        return SittingState::Standing;
    }
    switch (phase_) {
    case Phase::ReminderDue:
        return SittingState::ReminderDue;
    case Phase::Snoozed:
        return SittingState::Snoozed;
    case Phase::Sitting:
        break;
    }
    return SittingState::Sitting;
}

bool SittingEngine::reminderCycleRuns() const {
    const SittingState state = stateInForce();
    return state == SittingState::Sitting || state == SittingState::ReminderDue ||
           state == SittingState::Snoozed;
}

// Locked or asleep for less than awayAfter still counts, as a short idle would.
bool SittingEngine::streakCounts() const {
    const bool goneForGood = absence_ && absence_->confirmed && !presentElsewhere();
    return !pause_ && withinSchedule_ && !goneForGood && !routine_ && !standing_;
}

bool SittingEngine::escalated() const {
    return snoozesUsed_ >= settings_.maxSnoozes;
}

std::optional<MonoTime> SittingEngine::nextDue() const {
    if (auto deadline = earliestDeadline(cursor_)) {
        return deadline->at;
    }
    return std::nullopt;
}

EngineStatus SittingEngine::status(Instant now) const {
    EngineStatus s;
    s.state = stateInForce();
    s.streak = streak_.length(now.mono);
    s.streakRunning = streak_.running();
    s.snoozesUsed = snoozesUsed_;
    s.escalated = escalated();
    s.locked = absence_ && absence_->locked;
    s.presentWithoutInput = presentWithoutInput();
    s.meeting = meeting_;
    s.reminderHeld = hold_.waiting();
    s.elsewhere = absence_ && presentElsewhere();
    s.machinesElsewhere = static_cast<int>(std::count_if(
        peers_.begin(), peers_.end(), [](const auto& p) { return p.second.present; }));
    s.calendarMeeting = inCalendarMeeting_;
    s.meetingSince = meetingSince_;
    s.locked = s.locked || lockOverlooked_;
    const Duration untilThreshold = atLeastZero(settings_.remindAfter - s.streak);
    switch (s.state) {
    case SittingState::Sitting:
        s.reminderIn = untilThreshold;
        if (auto early = reminderBeforeMeeting(); early && phase_ == Phase::Sitting) {
            s.reminderIn = std::min(untilThreshold, atLeastZero(early->at - now.mono));
            s.reminderBeforeMeeting = early->meetingStart;
        }
        break;
    case SittingState::Snoozed:
        s.stateEndsIn = atLeastZero(snoozedUntil_ - now.mono);
        s.reminderIn = std::max(*s.stateEndsIn, untilThreshold);
        break;
    case SittingState::Paused:
        s.stateEndsIn = atLeastZero(pause_->until - now.mono);
        break;
    case SittingState::Standing:
        s.stateEndsIn = atLeastZero(standing_->renewed + settings_.standingLimit - now.mono);
        break;
    default:
        break;
    }
    return s;
}

// ---- time -------------------------------------------------------------------------------------

std::optional<SittingEngine::Deadline> SittingEngine::earliestDeadline(Instant reference) const {
    std::optional<Deadline> earliest;
    const auto consider = [&](DeadlineKind kind, MonoTime at) {
        if (!earliest || at < earliest->at) {
            earliest = Deadline{kind, at};
        }
    };
    if (pause_) {
        consider(DeadlineKind::PauseEnd, pause_->until);
    }
    if (auto change = nextScheduleChange(settings_.schedule, cursor_.local, withinSchedule_)) {
        const MonoTime at = reference.mono + Duration{*change - reference.local};
        consider(DeadlineKind::ScheduleChange, std::max(at, cursor_.mono));
    }
    for (const auto& [name, peer] : peers_) {
        if (peer.present) {
            consider(DeadlineKind::PeerSilent,
                     std::max(peer.seen + peerSilentAfter(), cursor_.mono));
        }
    }
    if (absence_ && !absence_->confirmed && !presentElsewhere()) {
        consider(DeadlineKind::AwayConfirmed, absence_->since + settings_.awayAfter);
    }
    if (standing_) {
        consider(DeadlineKind::StandingLimit, standing_->renewed + settings_.standingLimit);
    }
    if (idleAgainSince_) {
        consider(DeadlineKind::IdleAfterPresence, *idleAgainSince_ + settings_.awayAfter);
    }
    if (standing_ && standing_->askBackAt) {
        consider(DeadlineKind::StandingAskBack, *standing_->askBackAt);
    }
    if (auto eyeBreak = eyes_.nextDue()) {
        consider(DeadlineKind::EyeBreakDue, *eyeBreak);
    }
    if (auto boundary = nextCalendarBoundary()) {
        consider(DeadlineKind::CalendarBoundary, *boundary);
    }
    if (!reminderCycleRuns()) {
        return earliest;
    }
    switch (phase_) {
    case Phase::Sitting:
        if (auto since = streak_.runningSince()) {
            consider(DeadlineKind::RemindAfterReached,
                     *since + (settings_.remindAfter - streak_.banked()));
        }
        if (auto early = reminderBeforeMeeting()) {
            consider(DeadlineKind::BeforeMeeting, early->at);
        }
        break;
    case Phase::Snoozed:
        consider(DeadlineKind::SnoozeEnded, snoozedUntil_);
        break;
    case Phase::ReminderDue:
        if (auto runOut = hold_.releaseAt()) {
            consider(DeadlineKind::HoldRunOut, *runOut);
        } else if (settings_.repeatEvery > Duration{} && !hold_.waiting()) {
            consider(DeadlineKind::ReminderRepeat, reminderShownAt_ + settings_.repeatEvery);
        }
        break;
    }
    return earliest;
}

void SittingEngine::advance(Instant now) {
    // Deadlines that passed together (a late timer) are applied one by one, oldest first.
    for (;;) {
        const auto deadline = earliestDeadline(now);
        if (!deadline || deadline->at > now.mono) {
            break;
        }
        const MonoTime when = std::max(deadline->at, cursor_.mono);
        const Instant at{when, now.localAt(when)};
        applyDeadline(*deadline, at, now);
        cursor_ = at;
    }
    cursor_ = now;
}

void SittingEngine::applyDeadline(const Deadline& deadline, Instant at, Instant target) {
    const auto nothingElse = [] {};
    switch (deadline.kind) {
    case DeadlineKind::PauseEnd:
        change(at, "pause-ended", [&] { endPause(at); });
        break;
    case DeadlineKind::ScheduleChange: {
        const bool within = !withinSchedule_;
        change(at, within ? "schedule-started" : "schedule-ended",
               [&] { setWithinSchedule(within, at); });
        break;
    }
    case DeadlineKind::AwayConfirmed:
        change(at, "away-confirmed", [&] { confirmAbsence(); });
        break;
    case DeadlineKind::StandingLimit:
        change(at, "standing-limit-reached", [&] { endStanding(at); });
        break;
    case DeadlineKind::RemindAfterReached:
        change(at, "remind-after-reached", nothingElse);
        break;
    case DeadlineKind::SnoozeEnded:
        change(at, "snooze-ended", nothingElse);
        break;
    case DeadlineKind::HoldRunOut:
        releaseHeldReminder(at, true);
        break;
    case DeadlineKind::IdleAfterPresence: {
        const MonoTime since = *std::exchange(idleAgainSince_, std::nullopt);
        change(at, "idle-after-presence", [&] {
            beginAbsence(since, at.localAt(since)).idle = true;
            confirmAbsence();
        });
        break;
    }
    case DeadlineKind::PeerSilent:
        // Nothing heard from that machine for a while (off, asleep, sync stopped): it no
        // longer counts as in use, from the last moment it was heard of.
        change(at, "machine-silent", [&] {
            const bool before = presentElsewhere();
            MonoTime lastHeard{};
            for (auto& [name, peer] : peers_) {
                if (peer.present && peer.seen + peerSilentAfter() <= at.mono) {
                    peer.present = false;
                    peer.since = peer.seen;
                    lastHeard = std::max(lastHeard, peer.seen);
                    if (routine_ && routineOf_ == name) {
                        routine_.reset();
                    }
                }
            }
            if (before && !presentElsewhere()) {
                elsewhereEnded(lastHeard, at);
            }
        });
        followReminder(at);
        break;
    case DeadlineKind::CalendarBoundary: {
        const bool inside = calendarMeetingAt(at.mono) != nullptr;
        change(at, inside ? "calendar-meeting-started" : "calendar-meeting-ended",
               [&] { followCalendar(at); });
        break;
    }
    case DeadlineKind::BeforeMeeting: {
        const auto early = reminderBeforeMeeting();
        change(at, "before-meeting", [&] {
            earlyFor_ = early->meetingStart;
            phase_ = Phase::ReminderDue;
            journal(JournalKind::Reminder, at.local, {}, escalated() ? "escalated" : "");
        });
        break;
    }
    case DeadlineKind::ReminderRepeat:
        reminderShownAt_ = at.mono;
        // A late timer shows only the latest of the repeats it missed.
        if (at.mono + settings_.repeatEvery > target.mono) {
            showReminder(at, true);
        }
        break;
    case DeadlineKind::StandingAskBack:
        standing_->askBackAt.reset();
        observer_.onStandingTimeUp(at.mono - standing_->start);
        break;
    case DeadlineKind::EyeBreakDue: {
        const EyeBreak e = eyes_.fallDue(at.mono, reminderDueAt());
        // A late timer reports no eye break that would already be over.
        if (at.mono + e.lookFor >= target.mono) {
            observer_.onEyeBreak(e);
        }
        break;
    }
    }
}

// ---- state changes ----------------------------------------------------------------------------

void SittingEngine::handle(const EngineEvent& event, Instant now) {
    advance(now);
    change(now, eventName(event), [&] { std::visit([&](const auto& e) { on(e, now); }, event); });
    advance(now); // anything the event made due at once (e.g. awayAfter of zero)
    followReminder(now);
}

void SittingEngine::restoreStreak(Duration streakSoFar, Instant now) {
    advance(now);
    change(now, "streak-restored", [&] {
        if (streakCounts()) {
            streak_.restore(streakSoFar, now);
        }
    });
    advance(now);
}

void SittingEngine::change(Instant at, std::string_view reason,
                           const std::function<void()>& mutate) {
    const SittingState before = stateInForce();
    mutate();
    syncStreakClock(at);
    settleReminderCycle(at);
    eyes_.setWatching(eyesOnScreen(), at.mono);
    const SittingState after = stateInForce();
    if (before == after) {
        return;
    }
    observer_.onTransition({before, after, std::string(reason)});
    if (before == SittingState::ReminderDue) {
        earlyFor_.reset();
        hold_.forget();
        observer_.onReminderWithdrawn();
    }
    if (after == SittingState::ReminderDue) {
        showReminder(at, false);
    }
}

void SittingEngine::syncStreakClock(Instant at) {
    const bool counts = streakCounts();
    if (counts && !streak_.running()) {
        streak_.run(at);
    } else if (!counts && streak_.running()) {
        streak_.freeze(at.mono);
    }
}

void SittingEngine::settleReminderCycle(Instant at) {
    if (!reminderCycleRuns()) {
        return;
    }
    if (phase_ == Phase::Snoozed && snoozedUntil_ <= at.mono) {
        phase_ = Phase::Sitting;
    }
    if (phase_ == Phase::Sitting && streak_.length(at.mono) >= settings_.remindAfter) {
        phase_ = Phase::ReminderDue;
        journal(JournalKind::Reminder, at.local, {}, escalated() ? "escalated" : "");
    }
}

// ---- events -----------------------------------------------------------------------------------

void SittingEngine::on(const event::UserIdle& e, Instant now) {
    if (absence_ && absence_->idle) {
        return;
    }
    if (presentWithoutInput() || inCalendarMeeting_) {
        idleOverlooked_ = true;
        return;
    }
    const MonoTime since = std::min(e.idleSince, now.mono);
    beginAbsence(since, now.localAt(since)).idle = true;
    // The platform reports idle only once it lasted awayAfter: the user got up, unless they
    // sat down at another machine.
    if (!presentElsewhere()) {
        confirmAbsence();
    }
}

void SittingEngine::on(const event::UserActive&, Instant now) {
    idleOverlooked_ = false;
    idleAgainSince_.reset();
    if (!absence_ || !absence_->idle) {
        return;
    }
    absence_->idle = false;
    endAbsenceIfOver(now);
}

void SittingEngine::on(const event::ScreenLocked&, Instant now) {
    if (inCalendarMeeting_) {
        lockOverlooked_ = true;
        return;
    }
    if (absence_ && absence_->locked) {
        return;
    }
    beginAbsence(now.mono, now.local).locked = true;
}

void SittingEngine::on(const event::ScreenUnlocked&, Instant now) {
    lockOverlooked_ = false;
    if (!absence_ || !absence_->locked) {
        return;
    }
    absence_->locked = false;
    endAbsenceIfOver(now);
}

void SittingEngine::on(const event::SleepStarted&, Instant now) {
    if (inCalendarMeeting_) {
        sleepOverlooked_ = true;
        return;
    }
    if (absence_ && absence_->asleep) {
        return;
    }
    beginAbsence(now.mono, now.local).asleep = true;
}

void SittingEngine::on(const event::Resumed&, Instant now) {
    sleepOverlooked_ = false;
    if (!absence_ || !absence_->asleep) {
        return;
    }
    absence_->asleep = false;
    endAbsenceIfOver(now);
}

void SittingEngine::on(const event::PresentWithoutInput& e, Instant now) {
    idleInhibited_ = e.on;
    presenceWithoutInputChanged(now);
}

// A meeting is presence without input, and a reason for a due reminder to wait. Camera or
// microphone in use means the user is at the desk: an idle absence ends (a lock does not).
void SittingEngine::on(const event::Meeting& e, Instant now) {
    meeting_ = e.on;
    if (meeting_ && absence_ && absence_->idle) {
        absence_->idle = false;
        endAbsenceIfOver(now);
    }
    presenceWithoutInputChanged(now);
    meetingHoldChanged(now);
    eyes_.setQuiet(HoldReason::Meeting, meeting_, now.mono);
}

void SittingEngine::on(const event::DoNotDisturb& e, Instant now) {
    hold_.setReason(HoldReason::DoNotDisturb, e.on);
    eyes_.setQuiet(HoldReason::DoNotDisturb, e.on, now.mono);
    if (hold_.mayRelease(now.mono)) {
        releaseHeldReminder(now, false);
    }
}

// GNOME's own movement break: a real break, as a finished routine would be.
void SittingEngine::on(const event::ExternalBreak& e, Instant now) {
    if (!streakCounts()) {
        return;
    }
    takeRealBreak(now);
    const Duration lasted = atLeastZero(e.lasted);
    journal(JournalKind::NaturalBreak, now.localAt(now.mono - lasted), lasted, "external");
}

void SittingEngine::on(const event::RoutineStarted& e, Instant now) {
    const SittingState state = stateInForce();
    if (routine_ || !(reminderCycleRuns() || state == SittingState::Standing)) {
        return;
    }
    routine_ = RoutineRun{e.routine, now.mono, now.local};
    routineOf_.reset();
    // Coming back from a short routine, the streak alone decides whether a reminder is due.
    if (phase_ == Phase::Snoozed) {
        phase_ = Phase::Sitting;
    }
}

void SittingEngine::on(const event::RoutineFinished&, Instant now) {
    if (!routine_) {
        return;
    }
    const RoutineRun run = *std::exchange(routine_, std::nullopt);
    takeRealBreak(now);
    journal(JournalKind::RoutineBreak, run.startLocal, now.mono - run.start, run.name);
}

void SittingEngine::on(const event::RoutineAbandoned& e, Instant now) {
    if (!routine_) {
        return;
    }
    const RoutineRun run = *std::exchange(routine_, std::nullopt);
    if (e.ranFor >= settings_.minRoutine) {
        takeRealBreak(now);
        journal(JournalKind::AbandonedBreak, run.startLocal, e.ranFor, run.name);
    }
}

void SittingEngine::on(const event::Snooze& e, Instant now) {
    const Duration length = e.length.value_or(settings_.snooze);
    if (!reminderCycleRuns() || length <= Duration{}) {
        return;
    }
    phase_ = Phase::Snoozed;
    snoozedUntil_ = now.mono + length;
    ++snoozesUsed_;
    journal(JournalKind::Snooze, now.local, length);
}

// Skipping before the reminder is due skips the coming break: the count starts over too.
void SittingEngine::on(const event::Skip&, Instant now) {
    if (!reminderCycleRuns()) {
        return;
    }
    takeRealBreak(now);
    journal(JournalKind::SkippedBreak, now.local, {});
}

void SittingEngine::on(const event::Pause& e, Instant now) {
    if (e.length && *e.length <= Duration{}) {
        return;
    }
    const MonoTime until = e.length ? now.mono + *e.length
                                    : now.mono + Duration{nextLocalMidnight(now.local) - now.local};
    if (pause_) {
        pause_->until = until;
        return;
    }
    endStreak(now.mono);
    pause_ = PauseSpan{now.mono, now.local, until};
}

void SittingEngine::on(const event::Resume&, Instant now) {
    if (pause_) {
        endPause(now);
    }
}

void SittingEngine::on(const event::Standing& e, Instant now) {
    if (!e.on) {
        if (standing_) {
            endStanding(now);
        }
        return;
    }
    if (standing_) {
        standing_->renewed = now.mono;
    } else if (reminderCycleRuns()) {
        standing_ = StandingSpan{now.mono, now.local, now.mono};
    }
    if (standing_) {
        standing_->askBackAt.reset();
        if (e.askAfter) {
            standing_->askBackAt = now.mono + *e.askAfter;
        }
    }
}

void SittingEngine::on(const event::SettingsChanged& e, Instant now) {
    settings_ = e.settings;
    hold_.setLimits({settings_.dndMaxDelay, settings_.meetingMaxDelay});
    configureEyeBreaks(now.mono);
    const bool within = isWithinSchedule(settings_.schedule, now.local);
    if (within != withinSchedule_) {
        setWithinSchedule(within, now);
    }
}

// ---- building blocks --------------------------------------------------------------------------

SittingEngine::Absence& SittingEngine::beginAbsence(MonoTime since, LocalTime sinceLocal) {
    if (!absence_) {
        absence_ = Absence{since, sinceLocal};
    } else if (!absence_->confirmed && since < absence_->since) {
        absence_->since = since;
        absence_->sinceLocal = sinceLocal;
    }
    return *absence_;
}

void SittingEngine::confirmAbsence() {
    if (absence_->confirmed) {
        return;
    }
    absence_->confirmed = true;
    const Duration length = streak_.length(absence_->since);
    endStreak(absence_->since);
    endedByAbsence_ = EndedStreak{absence_->since, length};
}

// Back at the desk once idle, lock and sleep are all over: the whole absence is judged.
void SittingEngine::endAbsenceIfOver(Instant at) {
    if (absence_->stillAway()) {
        return;
    }
    const Absence absence = *std::exchange(absence_, std::nullopt);
    presentHereSince_ = at.mono;
    // Not confirmed means shorter than awayAfter (the confirmation is due at exactly
    // awayAfter and always applied first): the streak went on counting.
    if (!absence.confirmed) {
        return;
    }
    const Duration lasted = at.mono - absence.since;
    snoozesUsed_ = 0;
    if (lasted > Duration{}) {
        journal(JournalKind::NaturalBreak, absence.sinceLocal, lasted);
    }
}

void SittingEngine::endStreak(MonoTime at) {
    if (streak_.length(at) > Duration{}) {
        journal(JournalKind::Streak, streak_.startedAt(), streak_.span(at));
    }
    streak_.clear();
    endedByAbsence_.reset();
    phase_ = Phase::Sitting;
}

void SittingEngine::takeRealBreak(Instant at) {
    endStreak(at.mono);
    snoozesUsed_ = 0;
}

void SittingEngine::endStanding(Instant at) {
    const StandingSpan span = *std::exchange(standing_, std::nullopt);
    const Duration lasted = at.mono - span.start;
    // Standing that long means the user was not sitting: the count starts over.
    if (lasted >= settings_.awayAfter) {
        endStreak(at.mono);
    }
    journal(JournalKind::Standing, span.startLocal, lasted);
}

void SittingEngine::endPause(Instant at) {
    const PauseSpan span = *std::exchange(pause_, std::nullopt);
    journal(JournalKind::Pause, span.startLocal, at.mono - span.start);
    startCountingAgain(at);
}

void SittingEngine::setWithinSchedule(bool within, Instant at) {
    withinSchedule_ = within;
    if (within) {
        startCountingAgain(at);
    } else {
        endStreak(at.mono);
    }
}

// After a pause or outside the schedule, an absence that is still going on counts from now:
// the time before did not count anyway. Only idle stays confirmed, as the platform reports it
// once; a lock or sleep has to last awayAfter again. The fresh streak owes nothing to the
// snoozes of the one before: a new morning never starts with an urgent reminder.
void SittingEngine::startCountingAgain(Instant at) {
    snoozesUsed_ = 0;
    if (absence_ && absence_->since < at.mono) {
        absence_->since = at.mono;
        absence_->sinceLocal = at.local;
        absence_->confirmed = absence_->idle && !presentElsewhere();
    }
}

// Idle reported while present without input was overlooked. When that presence ends with
// no input since, the user is idle from that moment: away once it lasts awayAfter. (Where the
// desktop honours inhibitors in its own idle timer, ext-idle-notify, it reports idle again
// at about the same moment; whichever comes first counts.)
void SittingEngine::presenceWithoutInputChanged(Instant at) {
    if (presentWithoutInput()) {
        if (idleAgainSince_) {
            idleAgainSince_.reset();
            idleOverlooked_ = true;
        }
    } else if (idleOverlooked_ && !inCalendarMeeting_) {
        idleOverlooked_ = false;
        idleAgainSince_ = at.mono;
    }
}

void SittingEngine::showReminder(Instant at, bool repeat) {
    reminderShownAt_ = at.mono;
    if (!reminderBelongsHere()) {
        if (!std::exchange(reminderElsewhere_, true)) {
            observer_.onReminderElsewhere();
        }
        return;
    }
    reminderElsewhere_ = false;
    if (hold_.holdBack(at.mono)) {
        observer_.onReminderHeld(hold_.active());
        return;
    }
    Reminder r;
    r.streak = streak_.length(at.mono);
    r.snoozesUsed = snoozesUsed_;
    r.escalated = escalated();
    r.repeat = repeat;
    r.beforeMeeting = earlyFor_;
    observer_.onReminder(r);
}

// The reasons ended, or the reminder waited the longest allowed: it shows now, as a first
// showing (nothing was on screen), and repeats from here.
void SittingEngine::releaseHeldReminder(Instant at, bool waitedLongest) {
    if (!hold_.waiting()) {
        return;
    }
    if (!reminderBelongsHere()) {
        hold_.release(waitedLongest);
        showReminder(at, false);
        return;
    }
    Reminder r;
    r.streak = streak_.length(at.mono);
    r.snoozesUsed = snoozesUsed_;
    r.escalated = escalated();
    r.waitedFor = hold_.release(waitedLongest);
    r.waitedLongest = waitedLongest;
    reminderShownAt_ = at.mono;
    observer_.onReminder(r);
}

// ---- other machines of the same person --------------------------------------------------------

bool SittingEngine::presentElsewhere() const {
    return std::any_of(peers_.begin(), peers_.end(),
                       [](const auto& p) { return p.second.present; });
}

// The reminder shows where the person is: the machine in use whose use began last.
bool SittingEngine::reminderBelongsHere() const {
    if (!presentElsewhere()) {
        return true;
    }
    if (!presentHere()) {
        return false;
    }
    return std::none_of(peers_.begin(), peers_.end(), [&](const auto& p) {
        return p.second.present && p.second.since > presentHereSince_;
    });
}

// A machine in use writes at least every awayAfter; two missed words and the skew mean
// it is gone.
Duration SittingEngine::peerSilentAfter() const {
    return 2 * std::max<Duration>(settings_.awayAfter, 1s) + settings_.shareSkew;
}

// The last other machine stopped being in use at `since`: an absence here counts from then.
void SittingEngine::elsewhereEnded(MonoTime since, Instant now) {
    if (!absence_) {
        return;
    }
    if (since > absence_->since) {
        absence_->since = std::min(since, now.mono);
        absence_->sinceLocal = now.localAt(absence_->since);
    }
    absence_->confirmed = false;
}

// A break or a skip at `at` elsewhere: the streak here starts over from that moment, unless
// it began after it.
void SittingEngine::restartStreakFrom(MonoTime at, Instant now) {
    snoozesUsed_ = 0;
    if (streak_.length(now.mono) <= now.mono - at) {
        return;
    }
    endStreak(now.mono);
    if (streakCounts()) {
        streak_.run(Instant{at, now.localAt(at)});
    }
}

// The due reminder moves to the machine where the person is now.
void SittingEngine::followReminder(Instant at) {
    if (stateInForce() != SittingState::ReminderDue) {
        reminderElsewhere_ = false;
        return;
    }
    const bool here = reminderBelongsHere();
    if (here && reminderElsewhere_) {
        showReminder(at, false);
    } else if (!here && !reminderElsewhere_) {
        reminderElsewhere_ = true;
        observer_.onReminderWithdrawn();
        observer_.onReminderElsewhere();
    }
}

void SittingEngine::on(const event::PresentElsewhere& e, Instant now) {
    const bool before = presentElsewhere();
    Peer& peer = peers_[e.peer];
    const MonoTime since = std::min(e.since, now.mono);
    const MonoTime seen = std::max(std::min(e.seen, now.mono), since);
    if (seen + peerSilentAfter() <= now.mono) {
        return; // old news: that machine has been silent since
    }
    peer = Peer{true, since, seen};
    if (before || !absence_) {
        return;
    }
    // Away here, in use there: the person sits. The streak goes on through a gap shorter than
    // awayAfter (word of it came late); after a longer one it starts when that use began.
    const bool streakHadEnded = absence_->confirmed;
    absence_->confirmed = false;
    if (!streakHadEnded || !streakCounts()) {
        return;
    }
    if (endedByAbsence_ && since < endedByAbsence_->at + settings_.awayAfter) {
        const EndedStreak ended = *std::exchange(endedByAbsence_, std::nullopt);
        streak_.restore(ended.length + atLeastZero(now.mono - ended.at), now);
    } else {
        // The break ended when the person sat down there.
        const MonoTime from = std::max(since, absence_->since);
        journal(JournalKind::NaturalBreak, absence_->sinceLocal, from - absence_->since);
        snoozesUsed_ = 0;
        streak_.run(Instant{from, now.localAt(from)});
    }
}

void SittingEngine::on(const event::AwayElsewhere& e, Instant now) {
    const auto it = peers_.find(e.peer);
    if (it == peers_.end() || !it->second.present) {
        peers_[e.peer] = Peer{false, std::min(e.since, now.mono), now.mono};
        return;
    }
    it->second.present = false;
    it->second.since = std::max(std::min(e.since, now.mono), it->second.since);
    if (!presentElsewhere()) {
        elsewhereEnded(it->second.since, now);
    }
}

void SittingEngine::on(const event::BreakElsewhere& e, Instant now) {
    if (routine_ && routineOf_) {
        routine_.reset();
        routineOf_.reset();
    }
    restartStreakFrom(std::min(e.at, now.mono), now);
}

// An answer given there holds here; the other machine keeps it in its history.
void SittingEngine::on(const event::AnsweredElsewhere& e, Instant now) {
    using Answer = event::AnsweredElsewhere::Answer;
    const MonoTime at = std::min(e.at, now.mono);
    switch (e.answer) {
    case Answer::Snooze:
        if (reminderCycleRuns() && e.until > now.mono) {
            phase_ = Phase::Snoozed;
            snoozedUntil_ = e.until;
            ++snoozesUsed_;
        }
        return;
    case Answer::Skip:
        if (reminderCycleRuns()) {
            restartStreakFrom(at, now);
        }
        return;
    case Answer::RoutineStarted:
        // An old start (read again after a restart) is not a routine running now.
        if (routine_ || now.mono - at > settings_.awayAfter + settings_.shareSkew ||
            !(reminderCycleRuns() || stateInForce() == SittingState::Standing)) {
            return;
        }
        routine_ = RoutineRun{{}, at, now.localAt(at)};
        routineOf_ = e.peer;
        if (phase_ == Phase::Snoozed) {
            phase_ = Phase::Sitting;
        }
        return;
    case Answer::RoutineEnded:
        if (routine_ && routineOf_) {
            routine_.reset();
            routineOf_.reset();
        }
        return;
    }
}

void SittingEngine::on(const event::EyesResting& e, Instant now) {
    eyes_.setLookingAway(e.on, now.mono);
}

// The eyes are on the screen while the person sits or stands at the desk with no reminder
// showing: away, paused, off schedule or in a routine they rest.
bool SittingEngine::eyesOnScreen() const {
    const SittingState state = stateInForce();
    return state == SittingState::Sitting || state == SittingState::Snoozed ||
           state == SittingState::Standing;
}

std::optional<MonoTime> SittingEngine::reminderDueAt() const {
    if (!reminderCycleRuns()) {
        return std::nullopt;
    }
    if (phase_ == Phase::Snoozed) {
        return snoozedUntil_;
    }
    if (auto since = streak_.runningSince(); since && phase_ == Phase::Sitting) {
        return *since + (settings_.remindAfter - streak_.banked());
    }
    return std::nullopt;
}

// ---- the calendar ------------------------------------------------------------------------------

void SittingEngine::on(const event::CalendarBusy& e, Instant now) {
    std::vector<event::CalendarMeeting> meetings;
    for (const auto& m : e.meetings) {
        if (m.end > m.start && m.end > now.mono) {
            meetings.push_back(m);
        }
    }
    std::sort(meetings.begin(), meetings.end(),
              [](const auto& a, const auto& b) { return a.start < b.start; });
    // Back-to-back or overlapping meetings are one stretch of sitting in meetings.
    calendar_.clear();
    for (const auto& m : meetings) {
        if (!calendar_.empty() && m.start <= calendar_.back().end) {
            calendar_.back().end = std::max(calendar_.back().end, m.end);
        } else {
            calendar_.push_back(m);
        }
    }
    followCalendar(now);
}

const event::CalendarMeeting* SittingEngine::calendarMeetingAt(MonoTime at) const {
    for (const auto& m : calendar_) {
        if (m.start <= at && at < m.end) {
            return &m;
        }
    }
    return nullptr;
}

std::optional<MonoTime> SittingEngine::nextCalendarBoundary() const {
    for (const auto& m : calendar_) {
        if (m.start > cursor_.mono) {
            return m.start;
        }
        if (m.end > cursor_.mono) {
            return m.end;
        }
    }
    return std::nullopt;
}

void SittingEngine::configureEyeBreaks(MonoTime at) {
    eyes_.configure(settings_.eyeBreaks, settings_.eyeBreakEvery, settings_.eyeBreakFor, at);
    eyes_.setWatching(eyesOnScreen(), at);
}

// A reminder that would fall due inside a long meeting about to start comes before it, as
// soon as the meeting is beforeMeeting away and the streak is at least half of remindAfter.
std::optional<SittingEngine::EarlyReminder> SittingEngine::reminderBeforeMeeting() const {
    const auto since = streak_.runningSince();
    if (!since || settings_.beforeMeeting <= Duration{} || inCalendarMeeting_) {
        return std::nullopt;
    }
    const MonoTime due = *since + (settings_.remindAfter - streak_.banked());
    for (const auto& m : calendar_) {
        if (m.start <= cursor_.mono) {
            continue;
        }
        if (m.start > due) {
            break;
        }
        if (due < m.end && m.end - m.start >= settings_.longMeeting) {
            const MonoTime halfway = *since + (settings_.remindAfter / 2 - streak_.banked());
            const MonoTime at = std::max(m.start - settings_.beforeMeeting, halfway);
            if (at < m.start) {
                return EarlyReminder{at, m.startLocal};
            }
        }
        break;
    }
    return std::nullopt;
}

void SittingEngine::followCalendar(Instant at) {
    const bool inside = calendarMeetingAt(at.mono) != nullptr;
    if (inside && !inCalendarMeeting_) {
        calendarMeetingBegins(at);
    } else if (!inside && inCalendarMeeting_) {
        calendarMeetingEnds(at);
    }
}

// The user sits in the meeting wherever the computer is: an absence so far ends here (a
// break before the meeting, if it was long enough), and idle, lock and sleep from now on
// are overlooked until the meeting ends.
void SittingEngine::calendarMeetingBegins(Instant at) {
    inCalendarMeeting_ = true;
    if (absence_) {
        const Absence absence = *std::exchange(absence_, std::nullopt);
        if (absence.confirmed) {
            snoozesUsed_ = 0;
            if (at.mono > absence.since) {
                journal(JournalKind::NaturalBreak, absence.sinceLocal, at.mono - absence.since);
            }
        }
        idleOverlooked_ = idleOverlooked_ || absence.idle;
        lockOverlooked_ = absence.locked;
        sleepOverlooked_ = absence.asleep;
    }
    if (idleAgainSince_) {
        idleAgainSince_.reset();
        idleOverlooked_ = true;
    }
    meetingHoldChanged(at);
}

// Still away when the meeting ends: away from here on, an absence like any other. A held
// reminder then waits for the user's return, and shows the moment they are back.
void SittingEngine::calendarMeetingEnds(Instant at) {
    inCalendarMeeting_ = false;
    const bool idle = idleOverlooked_ && !presentWithoutInput();
    if (idle || lockOverlooked_ || sleepOverlooked_) {
        Absence& absence = beginAbsence(at.mono, at.local);
        absence.idle = idle;
        absence.locked = lockOverlooked_;
        absence.asleep = sleepOverlooked_;
        idleOverlooked_ = idleOverlooked_ && !idle;
        lockOverlooked_ = false;
        sleepOverlooked_ = false;
    }
    meetingHoldChanged(at);
}

// One hold rule for a meeting, detected or in the calendar: meeting_max_delay caps both.
void SittingEngine::meetingHoldChanged(Instant at) {
    const bool inMeeting = meeting_ || inCalendarMeeting_;
    if (!inMeeting) {
        meetingSince_.reset();
    } else {
        // The earliest start of what goes on: a calendar meeting joined late began at its own
        // start, a detected one when it was first noticed.
        LocalTime since = meetingSince_.value_or(at.local);
        if (const auto* m = calendarMeetingAt(at.mono); m != nullptr && inCalendarMeeting_) {
            since = std::min(since, m->startLocal);
        }
        meetingSince_ = since;
    }
    hold_.setReason(HoldReason::Meeting, inMeeting);
    if (!absence_ && hold_.mayRelease(at.mono)) {
        releaseHeldReminder(at, false);
    }
}

void SittingEngine::journal(JournalKind kind, LocalTime start, Duration length,
                            std::string detail) {
    observer_.onJournal({kind, start, length, std::move(detail)});
}

} // namespace flexor::core
