// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ReminderPresenter.h"
#include "core/DailySittingLimit.h"
#include "core/EngineObserver.h"
#include "core/SittingEngine.h"
#include "core/Statistics.h"
#include "dbus/DaemonControl.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace flexor::platform {
class NotificationClient;
} // namespace flexor::platform

namespace flexor::ui {
class TrayIcon;
} // namespace flexor::ui

namespace flexor::dbus {
class ControlService;
} // namespace flexor::dbus

namespace flexor::service {

class BreakNotices;
class CalendarFeed;
class DesktopSignals;
class SettingsFile;
class HistoryKeeper;
class OtherMachines;
class ReminderPresenter;
class RoutineLauncher;
class WindowLauncher;

struct DaemonOptions {
    bool verbose = false;
    std::vector<std::string>
        languages; // from start::Translations::install; routines are shown in these
};

// The wiring: desktop signals in, engine decisions out to the notification, the tray and
// the D-Bus clients. It keeps exactly one timer armed, for the engine's next due moment.
class Daemon : public QObject, public dbus::DaemonControl, private core::EngineObserver {
    Q_OBJECT
public:
    explicit Daemon(DaemonOptions options, QObject* parent = nullptr);
    ~Daemon() override;

    // False when another Flexor already runs in this session (or there is no session bus):
    // then it has opened nothing and will write nothing.
    bool start();

    // dbus::DaemonControl
    QVariantMap statusMap() const override;
    void snooze(std::optional<core::Duration> length) override;
    dbus::Refusal startRoutine(const QString& name) override;
    void skip() override;
    void pause(std::optional<core::Duration> length) override;
    void resume() override;
    void setStanding(bool standing) override;
    void setMeeting(bool inMeeting) override;
    dbus::Refusal reload() override;
    void quit() override;
    dbus::Refusal showWindow(const QString& page, const QString& activationToken) override;

private:
    // EngineObserver
    void onTransition(const core::Transition& t) override;
    void onReminder(const core::Reminder& r) override;
    void onReminderWithdrawn() override;
    void onJournal(const core::JournalEntry& e) override;
    void onReminderHeld(core::HoldReasons reasons) override;
    void onReminderElsewhere() override;
    void onEyeBreak(const core::EyeBreak& e) override;
    void onStandingTimeUp(core::Duration stood) override;

    void dispatch(const core::EngineEvent& event);
    void onDue();
    void afterEngineStep();
    void rearm();
    void publishState();

    void applyConfig();
    void connectNotifications();
    void connectRoutines();
    void connectDesktop();
    void connectTray();
    void openHistory();
    void resumeStreak();
    void saveRunningStreak();
    core::TodaySummary today() const;
    // The daily sitting budget: its one notice, and when to look again.
    void checkDailyLimit();
    std::optional<core::MonoTime> dailyLimitDue() const;
    void showReminder(const core::Reminder& r);
    void onAnswer(ReminderAnswer answer);
    // "Stand for a while" and "Keep standing": standing, asked back after stand_for.
    void standForAWhile();
    dbus::Refusal openRoutine(const QString& name, bool breakScreen);

    DaemonOptions options_;
    SettingsFile* settings_ = nullptr;
    std::unique_ptr<core::SittingEngine> engine_;
    QTimer dueTimer_;
    platform::NotificationClient* notifier_ = nullptr;
    ReminderPresenter* presenter_ = nullptr;
    ui::TrayIcon* tray_ = nullptr;
    dbus::ControlService* control_ = nullptr;
    DesktopSignals* desktop_ = nullptr;
    RoutineLauncher* routines_ = nullptr;
    HistoryKeeper* history_ = nullptr;
    WindowLauncher* windows_ = nullptr;
    std::unique_ptr<OtherMachines> share_; // the person's other machines (share_folder)
    BreakNotices* breakNotices_ = nullptr;
    core::DailySittingLimit dailyLimit_;
    CalendarFeed* calendar_ = nullptr;
};

} // namespace flexor::service
