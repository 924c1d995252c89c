// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetupNotices.h"

#include "Autostart.h"
#include "platform/notify/NotificationClient.h"

#include <spdlog/spdlog.h>

namespace flexor::app {

namespace {

const QString kEnableAutostart = QStringLiteral("enable-autostart");

} // namespace

SetupNotices::SetupNotices(QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , client_(new platform::NotificationClient(bus, this)) {
    connect(client_, &platform::NotificationClient::actionInvoked, this, &SetupNotices::onAction);
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

void SetupNotices::offerAutostartOnce() {
    if (!client_->serverAvailable() || !shouldOfferAutostart()) {
        return;
    }
    platform::NotificationRequest request;
    request.summary = tr("Start Flexor when you log in?");
    request.body = tr("Flexor can only count your sitting time while it runs. You can change "
                      "this later in the tray menu (Start at login).");
    request.actions = {{kEnableAutostart, tr("Start at login")},
                       {QStringLiteral("no"), tr("Not now")}};
    client_->show(request);
    rememberAutostartOffered();
    spdlog::info("autostart: offered to start at login");
}

void SetupNotices::onAction(const QString& key) {
    if (key != kEnableAutostart) {
        return;
    }
    QString error;
    if (!setAutostart(true, &error)) {
        spdlog::error("autostart: {}", error.toStdString());
    }
}

} // namespace flexor::app
