// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WelcomePage.h"

#include "DaemonLink.h"
#include "config/ConfigLoader.h"
#include "config/Paths.h"
#include "dbus/StatusKeys.h"
#include "dbus/StatusMap.h"
#include "platform/SystemClock.h"
#include "start/Autostart.h"
#include "ui/DurationText.h"
#include "ui/StateSentence.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace flexor::window {

using namespace std::chrono;

WelcomePage::WelcomePage(DaemonLink& daemon, QWidget* parent)
    : QWidget(parent)
    , daemon_(daemon) {
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Welcome to Flexor"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    what_ = new QLabel;
    what_->setWordWrap(true);
    layout->addWidget(what_);
    schedule_ = new QLabel;
    schedule_->setObjectName(QStringLiteral("welcomeSchedule"));
    schedule_->setWordWrap(true);
    layout->addWidget(schedule_);

    startAtLogin_ = new QCheckBox(tr("Start Flexor when I log in"));
    startAtLogin_->setChecked(start::autostartEnabled() || start::systemdUnitEnabled());
    connect(startAtLogin_, &QCheckBox::toggled, this, [this](bool on) {
        QString error;
        if (!start::setAutostart(on, &error)) {
            spdlog::error("autostart: {}", error.toStdString());
            startAtLogin_->setToolTip(error);
        } else {
            spdlog::info("autostart: {} from the welcome", on ? "enabled" : "disabled");
        }
    });
    layout->addWidget(startAtLogin_);

    auto* row = new QHBoxLayout;
    auto* tryIt = new QPushButton(tr("Try the routine"));
    connect(tryIt, &QPushButton::clicked, this, [this] { daemon_.startRoutine({}); });
    row->addWidget(tryIt);
    row->addStretch(1);
    auto* next = new QPushButton(tr("Continue"));
    connect(next, &QPushButton::clicked, this, &WelcomePage::done);
    row->addWidget(next);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(&daemon_, &DaemonLink::statusChanged, this, &WelcomePage::refresh);
    refresh();
}

QString WelcomePage::scheduleSentence() const {
    return schedule_->text();
}

void WelcomePage::refresh() {
    const QVariantMap status = daemon_.statusNow();
    const auto remindAfter = seconds(status.value(dbus::status_key::kRemindAfter).toUInt());
    what_->setText(
        tr("Flexor counts how long you sit without a break. After %1 it reminds you to get up "
           "for a short guided stretch of the hip flexors. Getting up, locking the screen or "
           "stepping away starts the count again.")
            .arg(ui::durationText(remindAfter)));
    const auto loaded = config::loadConfigFile(config::configFile());
    const auto schedule = loaded.config ? loaded.config->engine.schedule : core::WeeklySchedule{};
    const auto starts = dbus::countingStartsFrom(status);
    const QString when =
        status.value(dbus::status_key::kState).toString() != QLatin1String("off-schedule")
            ? tr("It is counting now.")
        : starts ? tr("It starts counting %1.").arg(ui::momentText(*starts, platform::now().local))
                 : tr("It is not counting: no day of the schedule is on.");
    schedule_->setText(tr("It keeps this schedule: %1. %2 You can change it under Settings.")
                           .arg(ui::scheduleText(schedule), when));
}

} // namespace flexor::window
