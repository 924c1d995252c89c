// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Daemon.h"

#include "Autostart.h"
#include "BuildInfo.h"
#include "CalendarFeed.h"
#include "ControlService.h"
#include "DataFiles.h"
#include "DesktopSignals.h"
#include "HistoryKeeper.h"
#include "ReminderText.h"
#include "RoutineLauncher.h"
#include "SettingsFile.h"
#include "SetupNotices.h"
#include "StatisticsOpener.h"
#include "StatusMap.h"
#include "TrayActions.h"
#include "core/DurationText.h"
#include "platform/SystemClock.h"
#include "platform/notify/NotificationClient.h"
#include "ui/TrayIcon.h"
#include "ui/TrayLook.h"

#include <QApplication>
#include <QDBusConnection>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace flexor::app {

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
    control_ = new ControlService(*this, this);
    if (control_->anotherInstanceOwnsTheName()) {
        return false;
    }
    settings_ = new SettingsFile(options_.verbose, this);
    settings_->loadAtStart();
    connect(settings_, &SettingsFile::adopted, this, &Daemon::applyConfig);
    core::EngineObserver& observer = *this;
    engine_ = std::make_unique<core::SittingEngine>(settings_->current().engine, observer,
                                                    platform::now());
    openHistory();
    connectRoutines();
    connectTray();
    connectNotifications();
    connectDesktop();
    calendar_ = new CalendarFeed(options_.verbose, this); // meetings from the user's calendars
    connect(calendar_, &CalendarFeed::happened, this, &Daemon::dispatch);
    calendar_->apply(settings_->current());
    settings_->watch();
    spdlog::info("flexor {} started; state {}", FLEXOR_VERSION,
                 core::stateName(engine_->status(platform::now()).state));
    rearm();
    publishState();
    // Last: owning the bus name tells clients (and tests) that Flexor is fully up.
    return control_->registerOnBus();
}

// ---- config -------------------------------------------------------------------------

void Daemon::applyConfig() {
    const auto& cfg = settings_->current();
    dispatch(core::event::SettingsChanged{cfg.engine});
    history_->setHistoryDays(cfg.historyDays);
    desktop_->apply(cfg);
    calendar_->apply(cfg);
}

QString Daemon::reload() {
    return settings_->reload();
}

// ---- platform wiring ----------------------------------------------------------------

void Daemon::connectNotifications() {
    auto bus = QDBusConnection::sessionBus();
    notifier_ = new platform::NotificationClient(bus, this);
    presenter_ = new ReminderPresenter(*notifier_, this);
    connect(presenter_, &ReminderPresenter::answered, this, &Daemon::onAnswer);
    notifier_->start();
    auto* notices = new SetupNotices(bus, this);
    connect(settings_, &SettingsFile::broken, notices, &SetupNotices::configBroken);
    notices->offerAutostartOnce();
}

// The routine runs in a child process; how it went comes back as engine events.
void Daemon::connectRoutines() {
    routines_ = new RoutineLauncher(config::standardRoutineDirs(dataDir()), options_.languages,
                                    QDBusConnection::sessionBus(), this);
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
    connect(tray_, &ui::TrayIcon::meetingToggled, this,
            [this](bool on) { desktop_->setMeetingByHand(on); });
    connect(tray_, &ui::TrayIcon::openConfigRequested, settings_, &SettingsFile::openInEditor);
    auto* statistics = new StatisticsOpener(
        *history_, [this] { return engine_->settings().remindAfter; }, this);
    connect(tray_, &ui::TrayIcon::statisticsRequested, statistics, &StatisticsOpener::open);
    // The menu is read afresh when it opens: routines added and autostart changed meanwhile.
    connect(tray_, &ui::TrayIcon::menuAboutToShow, this, [this] {
        tray_->setRoutines(routines_->usableRoutines());
        tray_->setStartAtLogin(autostartEnabled() || systemdUnitEnabled());
        publishState();
    });
    tray_->setRoutines(routines_->usableRoutines());
    tray_->start();
}

// ---- the engine loop ------------------------------------------------------------------

void Daemon::dispatch(const core::EngineEvent& event) {
    spdlog::debug("event {}", core::eventName(event));
    engine_->handle(event, platform::now());
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
    auto look = ui::trayLookFor(engine_->status(now), engine_->settings().remindAfter,
                                desktop_->senses(), now.local);
    look.meetingByHand = desktop_->meetingByHand();
    if (calendar_) {
        calendar_->setUserPresent(engine_->status(now).state != SittingState::Away);
    }
    tray_->show(look);
    control_->publishState(statusMap());
}

QVariantMap Daemon::statusMap() const {
    StatusExtras extras;
    extras.presence = desktop_->presenceName();
    extras.senses = !extras.presence.isEmpty() && desktop_->senses();
    extras.routine = QString::fromStdString(settings_->current().routineOn(platform::now().local));
    extras.remindAfter = engine_->settings().remindAfter;
    extras.meetingWhy = desktop_->meetingWhy();
    auto map = toStatusMap(engine_->status(platform::now()), extras);
    if (calendar_) {
        calendar_->addTo(map);
    }
    return map;
}

// ---- engine observer ------------------------------------------------------------------

void Daemon::onTransition(const core::Transition& t) {
    spdlog::info("state {} -> {} ({})", core::stateName(t.from), core::stateName(t.to), t.reason);
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

void Daemon::showReminder(const core::Reminder& r) {
    const auto& cfg = settings_->current();
    if (r.escalated && cfg.escalation == "break-screen" && openRoutine({}, true).isEmpty()) {
        return; // the firmer break: the routine itself, full screen
    }
    const auto length = routines_->lengthOf(cfg.routineOn(platform::now().local));
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

// ---- control ---------------------------------------------------------------------------

void Daemon::snooze(std::optional<core::Duration> length) {
    dispatch(core::event::Snooze{length});
}

QString Daemon::startRoutine(const QString& name) {
    return openRoutine(name, false);
}

QString Daemon::openRoutine(const QString& name, bool breakScreen) {
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

void Daemon::quit() {
    spdlog::info("quitting");
    saveRunningStreak();
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

} // namespace flexor::app
