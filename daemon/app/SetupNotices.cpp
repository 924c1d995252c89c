// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetupNotices.h"

#include "platform/notify/NotificationClient.h"

namespace flexor::app {

SetupNotices::SetupNotices(QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , client_(new platform::NotificationClient(bus, this)) {
    client_->start();
}

void SetupNotices::configBroken(const QString& problem) {
    if (!client_->serverAvailable()) {
        return;
    }
    platform::NotificationRequest request;
    request.summary = tr("Flexor's config file has a problem");
    request.body = tr("%1\nFlexor keeps running on the last good settings.").arg(problem);
    client_->show(request);
}

void SetupNotices::configNotOpened(const QString& problem) {
    if (!client_->serverAvailable()) {
        return; // the log has it
    }
    platform::NotificationRequest request;
    request.summary = tr("Flexor's config file could not be opened");
    request.body = problem;
    client_->show(request);
}

} // namespace flexor::app
