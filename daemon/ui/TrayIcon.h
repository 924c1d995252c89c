// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TrayLook.h"

#include <QList>
#include <QObject>
#include <QString>
#include <chrono>
#include <optional>
#include <utility>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QDBusServiceWatcher;

namespace flexor::ui {

// The tray icon (StatusNotifierItem or XEmbed, whichever Qt finds) and its menu.
// If no tray host runs yet (autostart races the panel), it waits for one.
class TrayIcon : public QObject {
    Q_OBJECT
public:
    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    void start();
    void show(const TrayLook& look);
    void setStartAtLogin(bool enabled);
    // The routines "Start routine" offers, as (name, title) pairs, in order.
    void setRoutines(const QList<std::pair<QString, QString>>& routines);
    bool isVisible() const;

signals:
    void startRoutineRequested();
    void routineChosen(const QString& name); // from the "Start routine" submenu
    void snoozeRequested(std::chrono::minutes length);
    void standingToggled(bool standing);
    void meetingToggled(bool inMeeting); // "I'm in a meeting", for calls on another device
    void pauseRequested(std::optional<std::chrono::minutes> length); // empty: until tomorrow
    void resumeRequested();
    void windowRequested(); // "Open Flexor"
    void statisticsRequested();
    void openConfigRequested();
    void startAtLoginToggled(bool enabled);
    void quitRequested();
    void menuAboutToShow(); // a moment to refresh the tooltip and checks
    void appeared();        // the icon is in a tray

private slots:
    void onHostChanged();

private:
    void createIcon();
    static void logNoTray();
    void buildMenu();
    void applyLook();
    QMenu* buildSnoozeMenu();
    QMenu* buildPauseMenu();

    QSystemTrayIcon* icon_ = nullptr;
    QMenu* menu_ = nullptr;
    QAction* standing_ = nullptr;
    QAction* meeting_ = nullptr;
    QAction* startAtLogin_ = nullptr;
    QAction* pauseMenu_ = nullptr;
    QAction* resume_ = nullptr;
    QAction* snoozeMenu_ = nullptr;
    QMenu* routineMenu_ = nullptr;
    QList<std::pair<QString, QString>> routines_;
    QDBusServiceWatcher* hostWatcher_ = nullptr;
    TrayLook look_;
};

} // namespace flexor::ui
