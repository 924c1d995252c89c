// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FlexorWindow.h"

#include "DaemonLink.h"
#include "NowPage.h"
#include "SettingsPage.h"
#include "WelcomePage.h"
#include "config/ConfigLoader.h"
#include "config/Paths.h"
#include "platform/history/HistoryStore.h"
#include "platform/history/LocalNow.h"
#include "ui/StatisticsWindow.h"
#include "ui/StatusAnnouncer.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>
#include <memory>

namespace flexor::window {

namespace {

const QString kNow = QStringLiteral("now");
const QString kStatistics = QStringLiteral("statistics");
const QString kSettings = QStringLiteral("settings");
const QString kWelcome = QStringLiteral("welcome");

// The settings the statistics are read against (the defaults while the file is broken).
config::Config currentConfig() {
    auto loaded = config::loadConfigFile(config::configFile());
    return loaded.config ? *loaded.config : config::Config{};
}

} // namespace

FlexorWindow::FlexorWindow(DaemonLink& daemon, const QList<std::pair<QString, QString>>& routines,
                           QWidget* parent)
    : QWidget(parent)
    , daemon_(daemon) {
    setWindowTitle(tr("Flexor"));
    auto* layout = new QVBoxLayout(this);
    tabs_ = new QTabWidget;
    tabs_->setAccessibleName(tr("Flexor pages"));
    now_ = new NowPage(daemon_, routines);
    tabs_->addTab(now_, tr("Now"));
    statisticsHolder_ = new QWidget;
    new QVBoxLayout(statisticsHolder_);
    tabs_->addTab(statisticsHolder_, tr("Statistics"));
    tabs_->addTab(new SettingsPage, tr("Settings"));
    layout->addWidget(tabs_);
    // The state sentence, for a screen reader when it changes (see StatusAnnouncer).
    announcer_ = new ui::StatusAnnouncer(this, now_->sentenceLabel());
    now_->setAnnouncer(announcer_);
    // The state as the window opens, told once the window is first active: what a screen reader
    // user hears on turning to it, before anything changes.
    announcer_->announce(now_->sentence());
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        if (tabs_->currentWidget() == statisticsHolder_) {
            buildStatistics();
        }
    });
    resize(560, 600);
}

void FlexorWindow::buildStatistics() {
    if (statistics_) {
        return;
    }
    // The window reads the history itself, read-only, as `flexor stats` does: the daemon
    // keeps no copy of it for the window, and SQLite's WAL lets a reader in while it writes.
    const config::Config settings = currentConfig();
    platform::history::HistoryOptions options;
    options.access = platform::history::HistoryAccess::ReadOnly;
    auto store = std::make_shared<platform::history::HistoryStore>(
        config::stateDir() / "history.sqlite", options);
    statistics_ = new ui::StatisticsWindow(
        [store](core::LocalTime from, core::LocalTime to) {
            auto entries =
                store->isOpen() ? store->entries(from, to) : std::vector<core::JournalEntry>{};
            if (store->isOpen()) {
                if (const auto running = store->runningStreak()) {
                    entries.push_back(
                        {core::JournalKind::Streak, running->started, running->soFar, {}});
                }
            }
            return entries;
        },
        [] { return platform::history::localNow(); }, settings.engine.remindAfter);
    statistics_->setDailyLimit(settings.dailySittingLimit);
    statisticsHolder_->layout()->setContentsMargins(0, 0, 0, 0);
    statisticsHolder_->layout()->addWidget(statistics_);
}

void FlexorWindow::showPage(const QString& page) {
    if (page == kWelcome) {
        if (!welcome_) {
            welcome_ = new WelcomePage(daemon_);
            tabs_->insertTab(0, welcome_, tr("Welcome"));
            connect(welcome_, &WelcomePage::done, this, [this] { tabs_->setCurrentWidget(now_); });
        }
        tabs_->setCurrentWidget(welcome_);
    } else if (page == kNow) {
        tabs_->setCurrentWidget(now_);
    } else if (page == kStatistics) {
        buildStatistics();
        tabs_->setCurrentWidget(statisticsHolder_);
    } else if (page == kSettings) {
        tabs_->setCurrentIndex(tabs_->count() - 1);
    }
}

QString FlexorWindow::currentPage() const {
    const QWidget* current = tabs_->currentWidget();
    if (current == now_) {
        return kNow;
    }
    if (current == statisticsHolder_) {
        return kStatistics;
    }
    if (welcome_ && current == welcome_) {
        return kWelcome;
    }
    return kSettings;
}

} // namespace flexor::window
