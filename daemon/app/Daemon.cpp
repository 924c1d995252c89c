// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Daemon.h"

#include "Autostart.h"
#include "BuildInfo.h"
#include "ControlService.h"
#include "DataFiles.h"
#include "DesktopSignals.h"
#include "HistoryKeeper.h"
#include "ReminderText.h"
#include "RoutineFallbackNotice.h"
#include "RoutineProcess.h"
#include "SettingsFile.h"
#include "StatusMap.h"
#include "config/Paths.h"
#include "config/RoutineLibrary.h"
#include "core/DurationText.h"
#include "core/Routine.h"
#include "platform/SystemClock.h"
#include "platform/history/HistoryStore.h"
#include "platform/notify/NotificationClient.h"
#include "ui/StatisticsWindow.h"
#include "ui/TrayIcon.h"
#include "ui/TrayLook.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDesktopServices>
#include <QFile>
#include <QUrl>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace flexor::app {

using core::SittingState;
using namespace std::chrono_literals;

namespace {

std::string holdReleaseText(const core::Reminder& r) {
    if (r.waitedLongest) {
        return r.waitedFor.has(core::HoldReason::Meeting) ? "waited meeting_max_delay"
                                                          : "waited dnd_max_delay";
    }
    return std::string(core::holdReasonsName(r.waitedFor)) + " ended";
}

QString configPath() {
    return QString::fromStdString(config::configFile().string());
}

} // namespace

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
    connect(settings_, &SettingsFile::broken, this, &Daemon::notifyConfigProblem);
    routines_ = std::make_unique<config::RoutineLibrary>(config::standardRoutineDirs(dataDir()));
    for (const auto& problem : routines_->diagnostics()) {
        spdlog::warn("routine: {}", problem.toString());
    }
    core::EngineObserver& observer = *this;
    engine_ = std::make_unique<core::SittingEngine>(settings_->current().engine, observer,
                                                    platform::now());
    openHistory();
    connectTray();
    connectNotifications();
    connectDesktop();
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
}

QString Daemon::reload() {
    return settings_->reload();
}

void Daemon::notifyConfigProblem(const QString& problem) {
    if (!configNotice_->serverAvailable()) {
        return;
    }
    platform::NotificationRequest request;
    request.summary = tr("Flexor's config file has a problem");
    request.body = tr("%1\nFlexor keeps running on the last good settings.").arg(problem);
    configNotice_->show(request);
}

// On the first start only: offer to start at login, unless it already does.
void Daemon::offerAutostartOnce() {
    if (!configNotice_->serverAvailable() || !shouldOfferAutostart()) {
        return;
    }
    platform::NotificationRequest request;
    request.summary = tr("Start Flexor when you log in?");
    request.body = tr("Flexor can only count your sitting time while it runs. You can change "
                      "this later in the tray menu (Start at login).");
    request.actions = {{QStringLiteral("enable-autostart"), tr("Start at login")},
                       {QStringLiteral("no"), tr("Not now")}};
    configNotice_->show(request);
    rememberAutostartOffered();
    spdlog::info("autostart: offered to start at login");
}

void Daemon::openConfigFile() {
    const QString path = configPath();
    if (!QFile::exists(path)) {
        // Start the user from the documented reference, so every key is there to edit.
        const QString reference = referenceConfigPath();
        if (!reference.isEmpty()) {
            QFile::copy(reference, path);
            QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

// ---- platform wiring ----------------------------------------------------------------

void Daemon::connectNotifications() {
    auto bus = QDBusConnection::sessionBus();
    notifier_ = new platform::NotificationClient(bus, this);
    configNotice_ = new platform::NotificationClient(bus, this);
    presenter_ = new ReminderPresenter(*notifier_, this);
    connect(presenter_, &ReminderPresenter::answered, this, &Daemon::onAnswer);
    connect(configNotice_, &platform::NotificationClient::actionInvoked, this,
            [](const QString& key) {
                if (key == QLatin1String("enable-autostart")) {
                    QString error;
                    if (!setAutostart(true, &error)) {
                        spdlog::error("autostart: {}", error.toStdString());
                    }
                }
            });
    notifier_->start();
    configNotice_->start();
    routineNotice_ = new RoutineFallbackNotice(bus, this);
    offerAutostartOnce();
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
    connect(tray_, &ui::TrayIcon::startRoutineRequested, this, &Daemon::startConfiguredRoutine);
    connect(tray_, &ui::TrayIcon::snoozeRequested, this,
            [this](std::chrono::minutes length) { snooze(length); });
    connect(tray_, &ui::TrayIcon::standingToggled, this, &Daemon::setStanding);
    connect(tray_, &ui::TrayIcon::meetingToggled, this,
            [this](bool on) { desktop_->setMeetingByHand(on); });
    connect(tray_, &ui::TrayIcon::pauseRequested, this,
            [this](std::optional<std::chrono::minutes> length) {
                pause(length ? std::optional<core::Duration>(*length) : std::nullopt);
            });
    connect(tray_, &ui::TrayIcon::resumeRequested, this, &Daemon::resume);
    connect(tray_, &ui::TrayIcon::openConfigRequested, this, &Daemon::openConfigFile);
    connect(tray_, &ui::TrayIcon::statisticsRequested, this, &Daemon::openStatistics);
    connect(tray_, &ui::TrayIcon::quitRequested, this, &Daemon::quit);
    connect(tray_, &ui::TrayIcon::routineChosen, this, [this](const QString& name) {
        if (const QString problem = startRoutine(name); !problem.isEmpty()) {
            spdlog::error("routine: {}", problem.toStdString());
        }
    });
    offerRoutines();
    connect(tray_, &ui::TrayIcon::menuAboutToShow, this, [this] {
        offerRoutines();
        tray_->setStartAtLogin(autostartEnabled() || systemdUnitEnabled());
        publishState();
    });
    connect(tray_, &ui::TrayIcon::startAtLoginToggled, this, [](bool enabled) {
        QString error;
        if (!setAutostart(enabled, &error)) {
            spdlog::error("autostart: {}", error.toStdString());
        }
    });
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
    return toStatusMap(engine_->status(platform::now()), extras);
}

// ---- engine observer ------------------------------------------------------------------

void Daemon::onTransition(const core::Transition& t) {
    spdlog::info("state {} -> {} ({})", core::stateName(t.from), core::stateName(t.to), t.reason);
}

void Daemon::onReminder(const core::Reminder& r) {
    spdlog::info("reminder{}{} after {}", r.repeat ? " again" : "",
                 r.escalated ? " (escalated)" : "", core::formatDuration(r.streak));
    if (!r.waitedFor.empty()) {
        spdlog::info("reminder released: {}", holdReleaseText(r));
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
    std::optional<core::Duration> length;
    if (const auto* entry = routines_->choose(cfg.routineOn(platform::now().local)).entry) {
        length = core::totalLength(*entry->routine);
    }
    presenter_->present(reminderText(r, cfg, length, today()), r.escalated);
}

void Daemon::onAnswer(ReminderAnswer answer) {
    switch (answer) {
    case ReminderAnswer::StartRoutine:
        startConfiguredRoutine();
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

void Daemon::openStatistics() {
    if (!statisticsWindow_) {
        const auto& store = history_->store();
        statisticsWindow_ = new ui::StatisticsWindow(
            [&store](core::LocalTime from, core::LocalTime to) { return store.entries(from, to); },
            [] { return platform::now().local; }, engine_->settings().remindAfter);
        statisticsWindow_->setAttribute(Qt::WA_DeleteOnClose);
    }
    statisticsWindow_->show();
    statisticsWindow_->raise();
    statisticsWindow_->activateWindow();
}

// ---- control ---------------------------------------------------------------------------

void Daemon::snooze(std::optional<core::Duration> length) {
    dispatch(core::event::Snooze{length});
}

QString Daemon::startRoutine(const QString& name) {
    return openRoutine(name, false);
}

QString Daemon::openRoutine(const QString& name, bool breakScreen) {
    const std::string wanted =
        name.isEmpty() ? settings_->current().routineOn(platform::now().local) : name.toStdString();
    routines_->rescan(); // the user may have edited a routine since
    // Checked first, even while a routine runs: a name must never be taken unchecked.
    const auto choice = routines_->choose(wanted);
    if (const QString refused = RoutineFallbackNotice::refusal(choice, wanted, !name.isEmpty());
        !refused.isEmpty()) {
        return refused;
    }
    routineNotice_->tell(choice, wanted);
    if (routineProcess_ && routineProcess_->running()) {
        routineProcess_->present();
        return {};
    }
    const auto* entry = choice.entry;
    spdlog::info("routine {}: opening the window", entry->name);
    if (!routineProcess_) {
        routineProcess_ = new RoutineProcess(this);
        connect(routineProcess_, &RoutineProcess::finished, this,
                [this](int steps) { dispatch(core::event::RoutineFinished{steps}); });
        connect(routineProcess_, &RoutineProcess::abandoned, this, [this](qint64 ms, int steps) {
            dispatch(core::event::RoutineAbandoned{core::Duration(ms), steps});
        });
        connect(routineProcess_, &RoutineProcess::skipped, this, [this](qint64 ms, int steps) {
            dispatch(core::event::RoutineAbandoned{core::Duration(ms), steps});
            skip(); // asked twice and confirmed: a skipped break, the count starts over
        });
    }
    const auto& cfg = settings_->current();
    if (!routineProcess_->start({entry->name, today().routinesFinished, cfg.voice, cfg.sound,
                                 options_.verbose, breakScreen})) {
        return tr("The routine window could not be opened.");
    }
    dispatch(core::event::RoutineStarted{entry->name});
    return {};
}

// From a click (notification, tray, prompt): nobody waits for an answer, so say it in the log.
void Daemon::startConfiguredRoutine() {
    const QString problem = startRoutine({});
    if (!problem.isEmpty()) {
        spdlog::error("routine: {}", problem.toStdString());
    }
}

void Daemon::offerRoutines() {
    routines_->rescan(); // a routine the user just added shows up
    QList<std::pair<QString, QString>> offered;
    for (const auto& entry : routines_->entries()) {
        if (!entry.broken()) {
            offered.append(
                {QString::fromStdString(entry.name), QString::fromStdString(entry.routine->title)});
        }
    }
    tray_->setRoutines(offered);
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
