// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TrayIcon.h"

#include "TrayIconEngine.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusServiceWatcher>
#include <QGuiApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <spdlog/spdlog.h>

namespace flexor::ui {

using core::SittingState;
using namespace std::chrono_literals;

namespace {

const QString kWatcher = QStringLiteral("org.kde.StatusNotifierWatcher");

bool statusNotifierHostRegistered() {
    QDBusInterface watcher(kWatcher, QStringLiteral("/StatusNotifierWatcher"), kWatcher,
                           QDBusConnection::sessionBus());
    return watcher.isValid() && watcher.property("IsStatusNotifierHostRegistered").toBool();
}

} // namespace

TrayIcon::TrayIcon(QObject* parent)
    : QObject(parent) {}

TrayIcon::~TrayIcon() {
    delete menu_;
}

void TrayIcon::start() {
    // Qt decides once per process between StatusNotifierItem and XEmbed. On X11 it can
    // also embed later, when a tray appears; elsewhere only a StatusNotifier host can
    // show us, so wait for one before creating the icon.
    if (QGuiApplication::platformName() == QLatin1String("xcb") || statusNotifierHostRegistered()) {
        createIcon();
        return;
    }
    spdlog::info("tray: no StatusNotifier host yet; waiting for one");
    logNoTray();
    hostWatcher_ = new QDBusServiceWatcher(kWatcher, QDBusConnection::sessionBus(),
                                           QDBusServiceWatcher::WatchForRegistration, this);
    connect(hostWatcher_, &QDBusServiceWatcher::serviceRegistered, this, &TrayIcon::onHostChanged);
    // The ui layer does not see platform's subscribe(): the same check, said the same way.
    if (!QDBusConnection::sessionBus().connect(
            kWatcher, QStringLiteral("/StatusNotifierWatcher"), kWatcher,
            QStringLiteral("StatusNotifierHostRegistered"), this, SLOT(onHostChanged()))) {
        spdlog::warn("dbus: cannot subscribe to {}.StatusNotifierHostRegistered; it will not be "
                     "heard",
                     kWatcher.toStdString());
    }
}

// Said once: on stock GNOME no tray ever comes, and the user should learn where Flexor is.
void TrayIcon::logNoTray() {
    spdlog::info("tray: this desktop shows no tray icons yet (on GNOME the tray needs the "
                 "AppIndicator extension); the Flexor window (flexor window, or start Flexor "
                 "again) and the notifications reach everything");
}

void TrayIcon::onHostChanged() {
    if (!icon_ && statusNotifierHostRegistered()) {
        createIcon();
    }
}

void TrayIcon::createIcon() {
    buildMenu();
    icon_ = new QSystemTrayIcon(this);
    icon_->setContextMenu(menu_);
    connect(icon_, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick) {
            emit startRoutineRequested();
        }
    });
    applyLook();
    icon_->show();
    spdlog::info("tray: icon shown ({})", QSystemTrayIcon::isSystemTrayAvailable()
                                              ? "tray available"
                                              : "waiting for a tray to embed into");
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        logNoTray();
    }
    emit appeared();
}

void TrayIcon::buildMenu() {
    menu_ = new QMenu;
    connect(menu_, &QMenu::aboutToShow, this, &TrayIcon::menuAboutToShow);
    menu_->addAction(tr("Start stretch now"), this, &TrayIcon::startRoutineRequested);
    routineMenu_ = new QMenu(tr("Start routine"), menu_);
    menu_->addMenu(routineMenu_);
    setRoutines(routines_);
    snoozeMenu_ = menu_->addMenu(buildSnoozeMenu());
    standing_ = menu_->addAction(tr("I'm standing"));
    standing_->setCheckable(true);
    connect(standing_, &QAction::triggered, this, &TrayIcon::standingToggled);
    meeting_ = menu_->addAction(tr("I'm in a meeting"));
    meeting_->setCheckable(true);
    connect(meeting_, &QAction::triggered, this, &TrayIcon::meetingToggled);
    pauseMenu_ = menu_->addMenu(buildPauseMenu());
    resume_ = menu_->addAction(tr("Resume"), this, &TrayIcon::resumeRequested);
    menu_->addSeparator();
    menu_->addAction(tr("Open Flexor"), this, &TrayIcon::windowRequested);
    menu_->addAction(tr("Statistics…"), this, &TrayIcon::statisticsRequested);
    menu_->addAction(tr("Open config file"), this, &TrayIcon::openConfigRequested);
    startAtLogin_ = menu_->addAction(tr("Start at login"));
    startAtLogin_->setCheckable(true);
    connect(startAtLogin_, &QAction::triggered, this, &TrayIcon::startAtLoginToggled);
    menu_->addSeparator();
    menu_->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
}

void TrayIcon::setRoutines(const QList<std::pair<QString, QString>>& routines) {
    const bool changed = routines != routines_;
    routines_ = routines;
    if (!routineMenu_ || (!changed && !routineMenu_->isEmpty())) {
        return;
    }
    routineMenu_->clear();
    for (const auto& [name, title] : routines_) {
        // The title for people, the name for telling two alike apart and for `flexor stretch`.
        routineMenu_->addAction(tr("%1 (%2)").arg(title, name), this,
                                [this, name] { emit routineChosen(name); });
    }
    routineMenu_->menuAction()->setEnabled(!routines_.isEmpty());
}

QMenu* TrayIcon::buildSnoozeMenu() {
    auto* snooze = new QMenu(tr("Snooze"), menu_);
    for (const auto minutes : {5min, 10min, 15min, 30min}) {
        snooze->addAction(tr("%n min", nullptr, static_cast<int>(minutes.count())), this,
                          [this, minutes] { emit snoozeRequested(minutes); });
    }
    return snooze;
}

QMenu* TrayIcon::buildPauseMenu() {
    auto* pause = new QMenu(tr("Pause"), menu_);
    pause->addAction(tr("30 min"), this, [this] { emit pauseRequested(30min); });
    pause->addAction(tr("1 hour"), this, [this] { emit pauseRequested(60min); });
    pause->addAction(tr("Until tomorrow"), this, [this] { emit pauseRequested(std::nullopt); });
    return pause;
}

void TrayIcon::show(const TrayLook& look) {
    if (look == look_ && icon_) {
        return;
    }
    look_ = look;
    applyLook();
}

void TrayIcon::applyLook() {
    if (!icon_) {
        return;
    }
    icon_->setIcon(QIcon(new TrayIconEngine(look_)));
    // Named wall-clock moments keep the tooltip the same across ring steps; setting it anyway
    // would send the StatusNotifier host a NewToolTip, and the host would fetch every property
    // again.
    if (icon_->toolTip() != look_.tooltip) {
        icon_->setToolTip(look_.tooltip);
    }
    const bool paused = look_.state == SittingState::Paused;
    pauseMenu_->setVisible(!paused);
    resume_->setVisible(paused);
    standing_->setChecked(look_.state == SittingState::Standing);
    meeting_->setChecked(look_.meetingByHand);
    snoozeMenu_->setEnabled(look_.state == SittingState::ReminderDue ||
                            look_.state == SittingState::Snoozed ||
                            look_.state == SittingState::Sitting);
}

void TrayIcon::setStartAtLogin(bool enabled) {
    if (startAtLogin_) {
        startAtLogin_->setChecked(enabled);
    }
}

bool TrayIcon::isVisible() const {
    return icon_ && icon_->isVisible();
}

} // namespace flexor::ui
