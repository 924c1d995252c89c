// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Daemon.h"

#include "Autostart.h"
#include "ControlService.h"
#include "DataFiles.h"
#include "GnomeWellbeing.h"
#include "HistoryKeeper.h"
#include "Logging.h"
#include "ReminderText.h"
#include "StatusMap.h"
#include "config/Paths.h"
#include "config/RoutineLibrary.h"
#include "core/DurationText.h"
#include "core/Routine.h"
#include "platform/SystemClock.h"
#include "platform/dnd/FullscreenWatcher.h"
#include "platform/inhibit/IdleInhibitWatcher.h"
#include "platform/meeting/MeetingDetector.h"
#include "platform/notify/NotificationClient.h"
#include "platform/presence/PresenceChooser.h"
#include "platform/session/DesktopSessionWatcher.h"
#include "ui/ReminderPrompt.h"
#include "ui/RoutineWindow.h"
#include "ui/StatisticsWindow.h"
#include "ui/TrayIcon.h"

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

// The tray ring moves in this many steps up to remind_after: often enough to read at a
// glance, rare enough that the daemon sleeps for minutes between updates.
constexpr int kRingSteps = 12;

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
    loadConfig(true);
    routines_ = std::make_unique<config::RoutineLibrary>(
        config::standardRoutineDirs(FLEXOR_DATA_DIR, FLEXOR_SOURCE_DATA_DIR));
    for (const auto& problem : routines_->diagnostics()) {
        spdlog::warn("routine: {}", problem.toString());
    }
    core::EngineObserver& observer = *this;
    engine_ =
        std::make_unique<core::SittingEngine>(config_.current().engine, observer, platform::now());
    openHistory();
    connectTray();
    connectNotifications();
    connectDoNotDisturb();
    connectPresence();
    connectIdleInhibitors();
    connectMeetings();
    connectGnomeBreaks();
    connectSession();
    configWatcher_ = new ConfigWatcher(configPath(), this);
    connect(configWatcher_, &ConfigWatcher::changed, this, [this] { loadConfig(false); });
    spdlog::info("flexor {} started; state {}", FLEXOR_VERSION,
                 core::stateName(engine_->status(platform::now()).state));
    rearm();
    publishState();
    // Last: owning the bus name tells clients (and tests) that Flexor is fully up.
    return control_->registerOnBus();
}

// ---- config -------------------------------------------------------------------------

void Daemon::loadConfig(bool initial) {
    const auto result = config::loadConfigFile(config::configFile());
    for (const auto& d : result.diagnostics) {
        if (d.severity == config::Diagnostic::Severity::Warning) {
            spdlog::warn("config: {}", d.toString());
        } else {
            spdlog::error("config: {}", d.toString());
        }
    }
    const auto outcome = config_.apply(result);
    setLogLevel(config_.current().logLevel, options_.verbose);
    switch (outcome) {
    case config::ConfigKeeper::Outcome::KeptLastGood: {
        const auto firstError =
            std::find_if(result.diagnostics.begin(), result.diagnostics.end(), [](const auto& d) {
                return d.severity == config::Diagnostic::Severity::Error;
            });
        const QString first = QString::fromStdString(firstError->toString());
        spdlog::error("config: broken; keeping the {} settings", initial ? "default" : "last good");
        lastConfigProblem_ = first;
        if (!initial) {
            notifyConfigProblem(first);
        }
        return;
    }
    case config::ConfigKeeper::Outcome::Adopted:
        spdlog::info("config: {} loaded", config::configFile().string());
        lastConfigProblem_.clear();
        if (!initial) {
            applyConfig();
        }
        return;
    case config::ConfigKeeper::Outcome::Unchanged:
        lastConfigProblem_.clear();
        return;
    }
}

void Daemon::applyConfig() {
    const auto& cfg = config_.current();
    dispatch(core::event::SettingsChanged{cfg.engine});
    history_->setHistoryDays(cfg.historyDays);
    reportIdleInhibited();
    connectMeetings();
    if (cfg.presence != presencePreference_) {
        spdlog::info("presence: preference changed to {}", cfg.presence);
        connectPresence();
    } else {
        presence_->setIdleThreshold(cfg.engine.awayAfter);
    }
}

QString Daemon::reload() {
    loadConfig(false);
    return lastConfigProblem_;
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

void Daemon::connectPresence() {
    presencePreference_ = config_.current().presence;
    presence_ = platform::choosePresenceMonitor(QString::fromStdString(config_.current().presence));
    presence_->setIdleThreshold(config_.current().engine.awayAfter);
    connect(presence_.get(), &platform::PresenceMonitor::wentIdle, this,
            [this](std::chrono::milliseconds idleFor) {
                dispatch(core::event::UserIdle{platform::now().mono - idleFor});
            });
    connect(presence_.get(), &platform::PresenceMonitor::cameBack, this,
            [this] { dispatch(core::event::UserActive{}); });
    if (!presence_->senses()) {
        spdlog::warn("activity can't be sensed on this desktop: counting time while the "
                     "screen is unlocked");
    }
}

void Daemon::connectIdleInhibitors() {
    inhibitors_ = new platform::IdleInhibitWatcher(this);
    connect(inhibitors_, &platform::IdleInhibitWatcher::inhibitedChanged, this,
            &Daemon::reportIdleInhibited);
    inhibitors_->start();
}

void Daemon::reportIdleInhibited() {
    const bool on = config_.current().idleInhibitors && inhibitors_->inhibited();
    dispatch(core::event::PresentWithoutInput{on});
}

// Started once meeting_detection is on; turning it off only stops counting what it sees.
void Daemon::connectMeetings() {
    if (!meetings_) {
        meetings_ = new platform::MeetingDetector(this);
        connect(meetings_, &platform::MeetingDetector::changed, this, &Daemon::reportMeeting);
    }
    if (config_.current().meetingDetection && !meetingsStarted_) {
        meetings_->start();
        meetingsStarted_ = true;
    }
    reportMeeting();
}

void Daemon::reportMeeting() {
    const bool detected = config_.current().meetingDetection && meetings_->current().any();
    dispatch(core::event::Meeting{detected || meetingByHand_});
}

// A break taken in GNOME's own break overlay is a real break here too.
void Daemon::connectGnomeBreaks() {
    auto* gnome = new GnomeWellbeing(this);
    connect(gnome, &GnomeWellbeing::breakTaken, this,
            [this] { dispatch(core::event::ExternalBreak{}); });
    gnome->start();
}

void Daemon::connectSession() {
    session_ = new platform::DesktopSessionWatcher(this);
    connect(session_, &platform::SessionWatcher::locked, this,
            [this] { dispatch(core::event::ScreenLocked{}); });
    connect(session_, &platform::SessionWatcher::unlocked, this,
            [this] { dispatch(core::event::ScreenUnlocked{}); });
    // Everything is on disk before the sleep inhibitor is released.
    connect(session_, &platform::SessionWatcher::aboutToSleep, this, [this] {
        dispatch(core::event::SleepStarted{});
        history_->flush();
    });
    connect(session_, &platform::SessionWatcher::resumed, this,
            [this] { dispatch(core::event::Resumed{}); });
    session_->start();
}

void Daemon::connectNotifications() {
    auto bus = QDBusConnection::sessionBus();
    notifier_ = new platform::NotificationClient(bus, this);
    configNotice_ = new platform::NotificationClient(bus, this);
    connect(notifier_, &platform::NotificationClient::actionInvoked, this,
            [this](const QString& key) {
                if (key == QLatin1String("start") || key == QLatin1String("default")) {
                    startConfiguredRoutine();
                } else if (key == QLatin1String("snooze")) {
                    snooze(std::nullopt);
                } else if (key == QLatin1String("skip")) {
                    skip();
                }
            });
    // Closing the reminder without answering it is taken as "not now": a snooze.
    connect(notifier_, &platform::NotificationClient::dismissedByUser, this,
            [this] { snooze(std::nullopt); });
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
    offerAutostartOnce();
}

// Do-not-disturb and fullscreen are one reason for a due reminder to wait (core::ReminderHold).
void Daemon::connectDoNotDisturb() {
    fullscreen_ = new platform::FullscreenWatcher(this);
    fullscreen_->start();
    const auto report = [this] { dispatch(core::event::DoNotDisturb{doNotDisturb()}); };
    connect(fullscreen_, &platform::FullscreenWatcher::fullscreenChanged, this, report);
    connect(notifier_, &platform::NotificationClient::inhibitedChanged, this, report);
    report();
}

bool Daemon::doNotDisturb() const {
    return notifier_->inhibited() || fullscreen_->isFullscreen();
}

void Daemon::connectTray() {
    tray_ = new ui::TrayIcon(this);
    connect(tray_, &ui::TrayIcon::startRoutineRequested, this, &Daemon::startConfiguredRoutine);
    connect(tray_, &ui::TrayIcon::snoozeRequested, this,
            [this](std::chrono::minutes length) { snooze(length); });
    connect(tray_, &ui::TrayIcon::standingToggled, this, &Daemon::setStanding);
    connect(tray_, &ui::TrayIcon::meetingToggled, this, [this](bool on) {
        meetingByHand_ = on;
        spdlog::info("meeting {} by hand", on ? "started" : "ended");
        reportMeeting();
    });
    connect(tray_, &ui::TrayIcon::pauseRequested, this,
            [this](std::optional<std::chrono::minutes> length) {
                pause(length ? std::optional<core::Duration>(*length) : std::nullopt);
            });
    connect(tray_, &ui::TrayIcon::resumeRequested, this, &Daemon::resume);
    connect(tray_, &ui::TrayIcon::openConfigRequested, this, &Daemon::openConfigFile);
    connect(tray_, &ui::TrayIcon::statisticsRequested, this, &Daemon::openStatistics);
    connect(tray_, &ui::TrayIcon::quitRequested, this, &Daemon::quit);
    connect(tray_, &ui::TrayIcon::menuAboutToShow, this, [this] {
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
    rearm();
    publishState();
}

void Daemon::onDue() {
    const auto now = platform::now();
    spdlog::debug("timer fired");
    engine_->advance(now);
    rearm();
    publishState();
}

void Daemon::rearm() {
    saveRunningStreak();
    const auto now = platform::now();
    std::optional<core::MonoTime> wake = engine_->nextDue();
    const auto status = engine_->status(now);
    const bool ringMoves =
        status.state == SittingState::Sitting || status.state == SittingState::Snoozed;
    if (ringMoves && tray_->isVisible()) {
        const auto step =
            std::max<core::Duration>(engine_->settings().remindAfter / kRingSteps, 1s);
        const auto nextStep = now.mono + (step - status.streak % step);
        wake = wake ? std::min(*wake, nextStep) : nextStep;
    }
    if (!wake) {
        dueTimer_.stop();
        spdlog::debug("timer disarmed: nothing is due");
        return;
    }
    const int ms = platform::millisecondsUntil(*wake, now.mono);
    dueTimer_.start(ms);
    spdlog::debug("timer armed for {}", core::formatDuration(core::Duration(ms)));
}

void Daemon::publishState() {
    const auto status = engine_->status(platform::now());
    tray_->show(trayLook(status));
    emit control_->StateChanged(statusMap());
}

QVariantMap Daemon::statusMap() const {
    StatusExtras extras;
    extras.presence = presence_ ? presence_->name() : QString();
    extras.senses = presence_ && presence_->senses();
    extras.routine = QString::fromStdString(config_.current().routine);
    extras.remindAfter = engine_->settings().remindAfter;
    if (config_.current().meetingDetection && meetings_) {
        extras.meetingWhy = meetings_->current().names();
    }
    if (meetingByHand_) {
        extras.meetingWhy << QStringLiteral("by-hand");
    }
    return toStatusMap(engine_->status(platform::now()), extras);
}

ui::TrayLook Daemon::trayLook(const core::EngineStatus& status) const {
    ui::TrayLook look;
    look.state = status.state;
    const auto remindAfter = engine_->settings().remindAfter;
    const auto step = std::max<core::Duration>(remindAfter / kRingSteps, 1s);
    const auto steps = static_cast<double>(status.streak / step);
    look.streakFraction = std::min(1.0, steps / kRingSteps);
    look.escalated = status.escalated;
    look.senses = !presence_ || presence_->senses();
    look.meetingByHand = meetingByHand_;
    look.tooltip = trayTooltip(status, look.senses);
    return look;
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
    const auto& cfg = config_.current();
    std::optional<int> minutes;
    if (const auto* entry = routines_->find(cfg.routine); entry && !entry->broken()) {
        const auto length = core::totalLength(*entry->routine);
        minutes = static_cast<int>((length + std::chrono::seconds(30)) / std::chrono::minutes(1));
    }
    const ReminderText text = reminderText(r, cfg, minutes, today());
    if (!notifier_->serverAvailable()) {
        showPrompt(text.summary, text.body);
        return;
    }
    platform::NotificationRequest request;
    request.summary = text.summary;
    request.body = notifier_->supportsActions() ? text.body : text.body + "\n" + text.noActionsHint;
    request.critical = r.escalated;
    request.actions = {{QStringLiteral("default"), text.startLabel},
                       {QStringLiteral("start"), text.startLabel},
                       {QStringLiteral("snooze"), text.snoozeLabel},
                       {QStringLiteral("skip"), text.skipLabel}};
    notifier_->show(request);
}

void Daemon::showPrompt(const QString& summary, const QString& body) {
    if (!prompt_) {
        prompt_ = new ui::ReminderPrompt;
        prompt_->setAttribute(Qt::WA_DeleteOnClose);
        connect(prompt_, &ui::ReminderPrompt::startRequested, this,
                &Daemon::startConfiguredRoutine);
        connect(prompt_, &ui::ReminderPrompt::snoozeRequested, this,
                [this] { snooze(std::nullopt); });
        connect(prompt_, &ui::ReminderPrompt::skipRequested, this, &Daemon::skip);
    }
    const auto snoozeLength = config_.current().engine.snooze;
    prompt_->present(summary, body, snoozeLabel(snoozeLength));
    spdlog::info("reminder shown in Flexor's own window (no notification server)");
}

void Daemon::onReminderWithdrawn() {
    notifier_->close();
    if (prompt_) {
        prompt_->close();
    }
}

void Daemon::onJournal(const core::JournalEntry& e) {
    history_->queue(e);
}

// ---- history ----------------------------------------------------------------------------

void Daemon::openHistory() {
    history_ = new HistoryKeeper(config_.current().historyDays, this);
    const auto now = platform::now();
    if (const auto streak = history_->resumableStreak(now, engine_->settings().awayAfter)) {
        engine_->restoreStreak(*streak, now);
    }
}

void Daemon::saveRunningStreak() {
    const auto now = platform::now();
    history_->saveRunningStreak(engine_->status(now), now);
}

core::TodaySummary Daemon::today() const {
    const auto now = platform::now();
    return history_->today(now, engine_->status(now).streak);
}

void Daemon::openStatistics() {
    if (!statisticsWindow_) {
        statisticsWindow_ =
            new ui::StatisticsWindow(history_->store(), engine_->settings().remindAfter);
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
    const std::string wanted = name.isEmpty() ? config_.current().routine : name.toStdString();
    if (routineWindow_) {
        routineWindow_->present();
        return {};
    }
    routines_->rescan(); // the user may have edited a routine since
    const auto* entry = routines_->find(wanted);
    if (!entry) {
        return tr("There is no routine named '%1'.").arg(QString::fromStdString(wanted));
    }
    if (entry->broken()) {
        const auto problem = entry->diagnostics.empty() ? std::string("unreadable")
                                                        : entry->diagnostics.front().toString();
        return tr("The routine '%1' cannot be used: %2")
            .arg(QString::fromStdString(wanted), QString::fromStdString(problem));
    }
    spdlog::info("routine {}: opening the window", wanted);
    routineWindow_ =
        new ui::RoutineWindow(*entry->routine, today().routinesFinished, config_.current().sound);
    connect(routineWindow_, &ui::RoutineWindow::finished, this,
            [this](int steps) { dispatch(core::event::RoutineFinished{steps}); });
    connect(routineWindow_, &ui::RoutineWindow::abandoned, this, [this](qint64 ms, int steps) {
        dispatch(core::event::RoutineAbandoned{core::Duration(ms), steps});
    });
    dispatch(core::event::RoutineStarted{wanted});
    routineWindow_->present();
    return {};
}

// From a click (notification, tray, prompt): nobody waits for an answer, so say it in the log.
void Daemon::startConfiguredRoutine() {
    const QString problem = startRoutine({});
    if (!problem.isEmpty()) {
        spdlog::error("routine: {}", problem.toStdString());
    }
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
