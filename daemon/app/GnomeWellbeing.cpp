// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GnomeWellbeing.h"

#include "platform/notify/NotificationClient.h"
#include "platform/wellbeing/GnomeBreakSettings.h"
#include "platform/wellbeing/GnomeScreenTimeWatcher.h"

#include <QDBusConnection>

namespace flexor::app {

namespace {
const QString kTakeOver = QStringLiteral("take-over-breaks");
} // namespace

GnomeWellbeing::GnomeWellbeing(QObject* parent)
    : QObject(parent)
    , screenTime_(new platform::GnomeScreenTimeWatcher(this))
    , settings_(new platform::GnomeBreakSettings(this))
    , notice_(new platform::NotificationClient(QDBusConnection::sessionBus(), this)) {
    connect(screenTime_, &platform::GnomeScreenTimeWatcher::breakTaken, this,
            &GnomeWellbeing::breakTaken);
    connect(settings_, &platform::GnomeBreakSettings::movementBreaksChanged, this, [this](bool on) {
        if (on) {
            offerTakeOver();
        }
    });
    connect(notice_, &platform::NotificationClient::actionInvoked, this,
            [this](const QString& key) {
                if (key == kTakeOver) {
                    settings_->turnOffMovementBreaks();
                }
            });
}

void GnomeWellbeing::start() {
    notice_->start();
    screenTime_->start();
    settings_->start(); // movement breaks already on are reported through the signal
}

// Two reminders for one thing help nobody: say so once, and change GNOME's setting only if
// the user asks.
void GnomeWellbeing::offerTakeOver() {
    if (!notice_->serverAvailable()) {
        return;
    }
    platform::NotificationRequest request;
    request.summary = tr("GNOME reminds you to move, too");
    request.body = tr("GNOME's own movement breaks are on, so you may get two reminders for one "
                      "break. Flexor can take them over.");
    request.actions = {{kTakeOver, tr("Let Flexor remind me")},
                       {QStringLiteral("no"), tr("Keep both")}};
    notice_->show(request);
}

} // namespace flexor::app
