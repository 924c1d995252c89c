// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetupNotices.h"

#include "platform/notify/Notification.h"

namespace flexor::service {

SetupNotices::SetupNotices(platform::NotificationClient& client, QObject* parent)
    : QObject(parent)
    , notice_(new platform::Notification(client, this)) {}

void SetupNotices::configBroken(const QString& problem) {
    platform::NotificationRequest request;
    request.summary = tr("Flexor's config file has a problem");
    request.body = tr("%1\nFlexor keeps running on the last good settings.").arg(problem);
    notice_->show(request);
}

void SetupNotices::configNotOpened(const QString& problem) {
    platform::NotificationRequest request;
    request.summary = tr("Flexor's config file could not be opened");
    request.body = problem;
    notice_->show(request);
}

} // namespace flexor::service
