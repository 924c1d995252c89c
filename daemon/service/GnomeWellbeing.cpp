// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GnomeWellbeing.h"

#include "config/Paths.h"
#include "platform/notify/Notification.h"
#include "platform/wellbeing/GnomeBreakSettingsLoader.h"
#include "platform/wellbeing/GnomeScreenTimeWatcher.h"

#include <QFile>
#include <QSaveFile>
#include <spdlog/spdlog.h>

namespace flexor::service {

namespace {
const QString kTakeOver = QStringLiteral("take-over-breaks");
const QString kKeepBoth = QStringLiteral("keep-both");

// "Keep both" is the user's answer for good: a flag file in the state folder (the user's alone).
QString keptBothFlagPath() {
    return QString::fromStdString((config::stateDir() / "gnome-breaks-kept").string());
}

void rememberKeptBoth() {
    QSaveFile flag(keptBothFlagPath());
    if (flag.open(QIODevice::WriteOnly) &&
        flag.write("Both GNOME's movement breaks and Flexor's reminders were kept.\n") > 0 &&
        flag.commit() &&
        QFile::setPermissions(keptBothFlagPath(), QFile::ReadOwner | QFile::WriteOwner)) {
        spdlog::info("wellbeing: GNOME's movement breaks kept at the user's request; not asking "
                     "again");
        return;
    }
    spdlog::warn("wellbeing: cannot remember the answer in {}: {}",
                 keptBothFlagPath().toStdString(), flag.errorString().toStdString());
}
} // namespace

GnomeWellbeing::GnomeWellbeing(platform::NotificationClient& client, QObject* parent)
    : QObject(parent)
    , screenTime_(new platform::GnomeScreenTimeWatcher(this))
    , notice_(new platform::Notification(client, this)) {
    connect(screenTime_, &platform::GnomeScreenTimeWatcher::breakTaken, this,
            &GnomeWellbeing::breakTaken);
    connect(notice_, &platform::Notification::actionInvoked, this, [this](const QString& key) {
        if (key == kTakeOver && settings_) {
            settings_->turnOffMovementBreaks();
        } else if (key == kKeepBoth) {
            rememberKeptBoth();
        }
    });
}

GnomeWellbeing::~GnomeWellbeing() = default;

void GnomeWellbeing::start() {
    screenTime_->start();
    // Movement breaks already on are reported through the callback. It may come from inside
    // GLib's signal: the offer waits for Qt's loop.
    settings_ = platform::loadGnomeBreakSettings([this](bool on) {
        if (on) {
            QMetaObject::invokeMethod(this, &GnomeWellbeing::offerTakeOver, Qt::QueuedConnection);
        }
    });
    if (settings_ && !settings_->start()) {
        settings_.reset();
    }
}

// Two reminders for one thing help nobody: say so once, and change GNOME's setting only if
// the user asks.
void GnomeWellbeing::offerTakeOver() {
    if (QFile::exists(keptBothFlagPath())) {
        spdlog::info("wellbeing: not offering to take over: the user chose to keep both");
        return;
    }
    platform::NotificationRequest request;
    request.summary = tr("GNOME reminds you to move, too");
    request.body = tr("GNOME's own movement breaks are on, so you may get two reminders for one "
                      "break. Flexor can take them over.");
    request.actions = {{kTakeOver, tr("Let Flexor remind me")}, {kKeepBoth, tr("Keep both")}};
    notice_->show(request);
}

} // namespace flexor::service
