// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Daemon.h"

#include "BreakNotices.h"
#include "BuildInfo.h"
#include "CalendarFeed.h"
#include "DesktopSignals.h"
#include "HistoryKeeper.h"
#include "OtherMachines.h"
#include "ReminderText.h"
#include "RoutineLauncher.h"
#include "SettingsFile.h"
#include "SetupNotices.h"
#include "TrayActions.h"
#include "WindowLauncher.h"
#include "core/DurationSyntax.h"
#include "core/Schedule.h"
#include "dbus/ControlService.h"
#include "dbus/StatusMap.h"
#include "platform/SystemClock.h"
#include "platform/notify/NotificationClient.h"
#include "start/Autostart.h"
#include "start/DataFiles.h"
#include "ui/TrayIcon.h"
#include "ui/TrayLook.h"

#include <QApplication>
#include <QDBusConnection>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace flexor::service {

using core::SittingState;

Daemon::Daemon(DaemonOptions options, QObject* parent)
    : QObject(parent)
    , options_(options) {
    dueTimer_.setSingleShot(true);
    // Precise: a coarse timer may fire up to 5% early, which would cost a second wake-up.
    dueTimer_.setTimerType(Qt::PreciseTimer);
    connect(&dueTimer_, &QTimer::timeout, this, &Daemon::onDue);
}

Daemon::~Daemon() {
    if (engine_ && history_) {
        saveRunningStreak();
    }
}

bool Daemon::start() {
    control_ = new dbus::ControlService(*this, this);
    if (!control_->claimTheSession()) {
        return false;
    }
    settings_ = new SettingsFile(options_.verbose, this);
    settings_->loadAtStart();
    connect(settings_, &SettingsFile::adopted, this, &Daemon::applyConfig);
    core::EngineObserver& observer = *this;
    engine_ = std::make_unique<core::SittingEngine>(settings_->current().engine, observer,
                                                    platform::now());
    dailyLimit_.setLimit(settings_->current().dailySittingLimit);
    openHistory();
    windows_ = new WindowLauncher(options_.verbose, this);
    connectNotifications();
    connectRoutines();
    connectTray();
    // A streak longer than remind_after is due at once: the presenter must exist by then.
    resumeStreak();
    connectDesktop();
    if ((share_ = OtherMachines::create(settings_->current()))) {
        connect(share_.get(), &OtherMachines::happened, this, &Daemon::dispatch);
        share_->start();
    }
    calendar_ = new CalendarFeed(options_.verbose, this); // meetings from the user's calendars
    connect(calendar_, &CalendarFeed::happened, this, &Daemon::dispatch);
    calendar_->apply(settings_->current());
    settings_->watch();
    spdlog::info("flexor {} started; state {}", FLEXOR_VERSION,
                 core::stateName(engine_->status(platform::now()).state));
    rearm();
    publishState();
    windows_->welcomeOnFirstStart();
    return true;
}

// ---- config -------------------------------------------------------------------------

void Daemon::applyConfig() {
    const auto& cfg = settings_->current();
    dailyLimit_.setLimit(cfg.dailySittingLimit);
    dispatch(core::event::SettingsChanged{cfg.engine});
    history_->setHistoryDays(cfg.historyDays);
    desktop_->apply(cfg);
    if (share_) {
        share_->setEngineSettings(cfg.engine);
    }
    calendar_->apply(cfg);
}

dbus::Refusal Daemon::reload() {
    return settings_->reload();
}

// ---- platform wiring ----------------------------------------------------------------

void Daemon::connectNotifications() {
    // One client of the notification server, shared by everything that notifies.
    notifier_ = new platform::NotificationClient(QDBusConnection::sessionBus(), this);
    presenter_ = new ReminderPresenter(*notifier_, this);
    connect(presenter_, &ReminderPresenter::answered, this, &Daemon::onAnswer);
    notifier_->start();
    breakNotices_ = new BreakNotices(*notifier_, this);
    connect(breakNotices_, &BreakNotices::keepStanding, this, &Daemon::standForAWhile);
    connect(breakNotices_, &BreakNotices::backToSitting, this, [this] { setStanding(false); });
    auto* notices = new SetupNotices(*notifier_, this);
    connect(settings_, &SettingsFile::broken, notices, &SetupNotices::configBroken);
    connect(settings_, &SettingsFile::cannotOpen, notices, &SetupNotices::configNotOpened);
}

// The routine runs in a child process; how it went comes back as engine events.
void Daemon::connectRoutines() {
    routines_ = new RoutineLauncher(config::standardRoutineDirs(start::dataDir()),
                                    options_.languages, *notifier_, this);
    connect(routines_, &RoutineLauncher::happened, this, &Daemon::dispatch);
    connect(routines_, &RoutineLauncher::skipConfirmed, this, &Daemon::skip);
}

// The desktop's signals (activity, inhibitors, meetings, lock, sleep, do-not-disturb) drive
// the engine; sleep waits until the history is on disk.
void Daemon::connectDesktop() {
    desktop_ = new DesktopSignals(*notifier_, this);
    connect(desktop_, &DesktopSignals::happened, this, &Daemon::dispatch);
    connect(desktop_, &DesktopSignals::aboutToSleep, history_, &HistoryKeeper::flush);
    desktop_->start(settings_->current());
}

void Daemon::connectTray() {
    tray_ = new ui::TrayIcon(this);
    connectTrayActions(*tray_, *this, this);
    connect(tray_, &ui::TrayIcon::meetingToggled, this, &Daemon::setMeeting);
    connect(tray_, &ui::TrayIcon::openConfigRequested, settings_, &SettingsFile::openInEditor);
    connect(tray_, &ui::TrayIcon::windowRequested, this, [this] { showWindow({}, {}); });
    connect(tray_, &ui::TrayIcon::statisticsRequested, this,
            [this] { showWindow(QStringLiteral("statistics"), {}); });
    // The menu is read afresh when it opens: routines added and autostart changed meanwhile.
    connect(tray_, &ui::TrayIcon::menuAboutToShow, this, [this] {
        tray_->setRoutines(routines_->usableRoutines());
        tray_->setStartAtLogin(start::autostartEnabled() || start::systemdUnitEnabled());
        publishState();
    });
    tray_->setRoutines(routines_->usableRoutines());
    tray_->start();
}

// ---- the engine loop ------------------------------------------------------------------

void Daemon::dispatch(const core::EngineEvent& event) {
    spdlog::debug("event {}", core::eventName(event));
    engine_->handle(event, platform::now());
    if (share_) {
        share_->noteLocal(event, engine_->status(platform::now()));
    }
    afterEngineStep();
}

void Daemon::onDue() {
    const auto now = platform::now();
    spdlog::debug("timer fired");
    engine_->advance(now);
    afterEngineStep();
}

// After every step of the engine: keep the running streak on disk (so a kill loses
// nothing), arm the timer for the next due moment, and show the new state.
void Daemon::afterEngineStep() {
    saveRunningStreak();
    checkDailyLimit();
    rearm();
    publishState();
}

void Daemon::rearm() {
    const auto now = platform::now();
    std::optional<core::MonoTime> wake = engine_->nextDue();
    const auto status = engine_->status(now);
    const bool ringMoves =
        status.state == SittingState::Sitting || status.state == SittingState::Snoozed;
    if (ringMoves && tray_->isVisible()) {
        const auto nextStep =
            now.mono + ui::untilNextRingStep(status.streak, engine_->settings().remindAfter);
        wake = wake ? std::min(*wake, nextStep) : nextStep;
    }
    if (const auto limit = dailyLimitDue()) {
        wake = wake ? std::min(*wake, *limit) : *limit;
    }
    if (!wake) {
        dueTimer_.stop();
        spdlog::debug("timer disarmed: nothing is due");
        return;
    }
    const int ms = core::millisecondsUntil(*wake, now.mono);
    dueTimer_.start(ms);
    spdlog::debug("timer armed for {}", core::formatDuration(core::Duration(ms)));
}

void Daemon::publishState() {
    const auto now = platform::now();
    auto look =
        ui::trayLookFor(engine_->status(now), engine_->settings().remindAfter, desktop_->senses(),
                        now.local, core::countingStarts(engine_->settings().schedule, now.local));
    look.meetingByHand = desktop_->meetingByHand();
    if (share_) {
        look.tooltip = share_->withMachines(look.tooltip, engine_->status(now));
    }
    if (dailyLimit_.enabled()) {
        look.tooltip +=
            QLatin1Char('\n') + ui::dailyBudgetText(today().sitting, dailyLimit_.limit());
    }
    if (calendar_) {
        calendar_->setUserPresent(engine_->status(now).state != SittingState::Away);
    }
    tray_->show(look);
    control_->publishState(statusMap());
}

QVariantMap Daemon::statusMap() const {
    dbus::StatusExtras extras;
    extras.presence = desktop_->presenceName();
    extras.senses = !extras.presence.isEmpty() && desktop_->senses();
    extras.routine = QString::fromStdString(settings_->current().routineOn(platform::now().local));
    extras.remindAfter = engine_->settings().remindAfter;
    extras.meetingWhy = desktop_->meetingWhy();
    extras.countingStarts =
        core::countingStarts(engine_->settings().schedule, platform::now().local);
    if (share_) {
        extras.machines = share_->machinesStatus();
    }
    extras.dailyLimit = dailyLimit_.limit();
    if (dailyLimit_.enabled()) {
        extras.sittingToday = today().sitting;
    }
    auto map = dbus::toStatusMap(engine_->status(platform::now()), extras);
    if (calendar_) {
        calendar_->addTo(map);
    }
    return map;
}

// ---- engine observer ------------------------------------------------------------------

void Daemon::onTransition(const core::Transition& t) {
    spdlog::info("state {} -> {} ({})", core::stateName(t.from), core::stateName(t.to), t.reason);
    if (t.from == SittingState::Standing) {
        breakNotices_->closeStandingTimeUp();
    }
}

void Daemon::onReminder(const core::Reminder& r) {
    spdlog::info("reminder{}{} after {}", r.repeat ? " again" : "",
                 r.escalated ? " (escalated)" : "", core::formatDuration(r.streak));
    if (!r.waitedFor.empty()) {
        spdlog::info("reminder released: {}", core::holdReleaseName(r.waitedFor, r.waitedLongest));
    }
    showReminder(r);
}

void Daemon::onReminderHeld(core::HoldReasons reasons) {
    spdlog::info("reminder held: {}", core::holdReasonsName(reasons));
}

void Daemon::onReminderElsewhere() {
    spdlog::info("reminder shown on another machine");
}

void Daemon::onEyeBreak(const core::EyeBreak& e) {
    if (e.yielded) {
        spdlog::info("eye break: the sitting reminder counts as one");
        return;
    }
    if (!e.skippedFor.empty()) {
        spdlog::info("eye break skipped: {}", core::holdReasonsName(e.skippedFor));
        return;
    }
    spdlog::info("eye break: look away for {}", core::formatDuration(e.lookFor));
    breakNotices_->showEyeBreak(e.lookFor);
}

void Daemon::onStandingTimeUp(core::Duration stood) {
    spdlog::info("standing for {}: asking whether to sit again", core::formatDuration(stood));
    breakNotices_->showStandingTimeUp(settings_->current().rhythmMove);
}

void Daemon::standForAWhile() {
    dispatch(core::event::Standing{true, settings_->current().standFor});
}

void Daemon::showReminder(const core::Reminder& r) {
    const auto& cfg = settings_->current();
    if (r.escalated && cfg.escalation == config::Escalation::BreakScreen &&
        !openRoutine({}, true)) {
        return; // the firmer break: the routine itself, full screen
    }
    const auto length = routines_->offeredLength(cfg, platform::now().local);
    presenter_->present(reminderText(r, cfg, length, today()), r.escalated);
}

void Daemon::onAnswer(ReminderAnswer answer) {
    switch (answer) {
    case ReminderAnswer::StartRoutine:
        startRoutineFromClick(*this);
        return;
    case ReminderAnswer::Snooze:
        snooze(std::nullopt);
        return;
    case ReminderAnswer::Skip:
        skip();
        return;
    case ReminderAnswer::Stand:
        standForAWhile();
        return;
    }
}

void Daemon::onReminderWithdrawn() {
    presenter_->withdraw();
}

void Daemon::onJournal(const core::JournalEntry& e) {
    history_->queue(e);
}

// ---- history ----------------------------------------------------------------------------

void Daemon::openHistory() {
    history_ = new HistoryKeeper(settings_->current().historyDays, this);
}

void Daemon::resumeStreak() {
    const auto now = platform::now();
    if (const auto streak = history_->resumableStreak(now, platform::wallMilliseconds(),
                                                      engine_->settings().awayAfter)) {
        engine_->restoreStreak(*streak, now);
    }
}

void Daemon::saveRunningStreak() {
    const auto now = platform::now();
    history_->saveRunningStreak(engine_->status(now), now, platform::wallMilliseconds());
}

core::TodaySummary Daemon::today() const {
    const auto now = platform::now();
    return history_->today(now, engine_->status(now).streak);
}

// ---- the daily sitting budget ---------------------------------------------------------------

void Daemon::checkDailyLimit() {
    if (!dailyLimit_.enabled()) {
        return;
    }
    const auto now = platform::now();
    const auto sitting = today().sitting;
    if (dailyLimit_.noticeDue(sitting, now.local)) {
        spdlog::info("daily sitting limit reached: {} of {} today", core::formatDuration(sitting),
                     core::formatDuration(dailyLimit_.limit()));
        breakNotices_->showDailyLimitReached(sitting, dailyLimit_.limit());
    }
}

// Looked at again when today's sitting may reach the limit; at least a second ahead, so a
// figure that rounds to whole seconds never makes the timer spin.
std::optional<core::MonoTime> Daemon::dailyLimitDue() const {
    if (!dailyLimit_.enabled()) {
        return std::nullopt;
    }
    const auto now = platform::now();
    const auto until =
        dailyLimit_.untilReached(today().sitting, engine_->status(now).streakRunning, now.local);
    if (!until) {
        return std::nullopt;
    }
    return now.mono + std::max<core::Duration>(*until, std::chrono::seconds(1));
}

// ---- control ---------------------------------------------------------------------------

void Daemon::snooze(std::optional<core::Duration> length) {
    dispatch(core::event::Snooze{length});
}

dbus::Refusal Daemon::startRoutine(const QString& name) {
    return openRoutine(name, false);
}

dbus::Refusal Daemon::openRoutine(const QString& name, bool breakScreen) {
    const auto& cfg = settings_->current();
    return routines_->open(
        name, cfg.routineOn(platform::now().local),
        {{}, today().routinesFinished, cfg.voice, cfg.sound, options_.verbose, breakScreen});
}

void Daemon::skip() {
    dispatch(core::event::Skip{});
}

void Daemon::pause(std::optional<core::Duration> length) {
    dispatch(core::event::Pause{length});
}

void Daemon::resume() {
    dispatch(core::event::Resume{});
}

void Daemon::setStanding(bool standing) {
    dispatch(core::event::Standing{standing});
}

dbus::Refusal Daemon::showWindow(const QString& page, const QString& activationToken) {
    return windows_->show(page, activationToken);
}

void Daemon::setMeeting(bool inMeeting) {
    desktop_->setMeetingByHand(inMeeting);
}

void Daemon::quit() {
    spdlog::info("quitting");
    saveRunningStreak();
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

} // namespace flexor::service
