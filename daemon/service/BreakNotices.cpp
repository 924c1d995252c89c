// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BreakNotices.h"

#include "platform/notify/Notification.h"
#include "ui/DurationText.h"

#include <spdlog/spdlog.h>

namespace flexor::service {

namespace {
const QString kSit = QStringLiteral("sit");
const QString kKeepStanding = QStringLiteral("keep-standing");
} // namespace

BreakNotices::BreakNotices(platform::NotificationClient& client, QObject* parent)
    : QObject(parent)
    , eyes_(new platform::Notification(client, this))
    , budget_(new platform::Notification(client, this))
    , standing_(new platform::Notification(client, this)) {
    connect(standing_, &platform::Notification::actionInvoked, this, [this](const QString& key) {
        if (key == kSit) {
            emit backToSitting();
        } else if (key == kKeepStanding) {
            emit keepStanding();
        }
    });
    eyesDone_.setSingleShot(true);
    connect(&eyesDone_, &QTimer::timeout, this, [this] {
        spdlog::debug("eye break over");
        eyes_->close();
    });
}

void BreakNotices::showEyeBreak(core::Duration lookFor) {
    platform::NotificationRequest request;
    request.summary = tr("Rest your eyes");
    request.body = tr("Look at something about 6 m away for %1.").arg(ui::durationText(lookFor));
    request.gentle = true;
    request.expireMs = static_cast<int>(lookFor.count()); // at most eye_break_for's 5 min
    eyes_->show(request);
    eyesDone_.start(request.expireMs);
}

void BreakNotices::showDailyLimitReached(core::Duration sittingToday, core::Duration limit) {
    platform::NotificationRequest request;
    request.summary = tr("Enough sitting for today");
    request.body = tr("You have sat for %1 today, past your budget of %2. Work standing for a "
                      "while, or go for a walk.")
                       .arg(ui::durationText(sittingToday), ui::durationText(limit));
    budget_->show(request);
}

void BreakNotices::showStandingTimeUp(core::Duration move) {
    platform::NotificationRequest request;
    request.summary = tr("Back to sitting?");
    request.body = move > core::Duration{}
                       ? tr("Your standing time is up. Walk about for %1, then sit down again.")
                             .arg(ui::durationText(move))
                       : tr("Your standing time is up.");
    request.gentle = true;
    request.actions = {{kSit, tr("Back to sitting")}, {kKeepStanding, tr("Keep standing")}};
    standing_->show(request);
}

void BreakNotices::closeStandingTimeUp() {
    standing_->close();
}

} // namespace flexor::service
