// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Notification.h"

#include "BuildInfo.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <spdlog/spdlog.h>

namespace flexor::platform {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kAppName = QStringLiteral("flexor");
const QString kAppId = QStringLiteral(FLEXOR_APP_ID);
constexpr uint kExpired = 1;
constexpr uint kClosedByUser = 2;

QVariantMap hintsFor(const NotificationRequest& request) {
    QVariantMap hints;
    const uchar urgency = request.critical ? 2 : request.gentle ? 0 : 1;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(urgency));
    hints.insert(QStringLiteral("desktop-entry"), kAppId);
    hints.insert(QStringLiteral("category"), QStringLiteral("x-flexor.reminder"));
    if (request.critical) {
        hints.insert(QStringLiteral("resident"), true);
    }
    if (request.gentle) {
        hints.insert(QStringLiteral("transient"), true);
    }
    return hints;
}

} // namespace

Notification::Notification(NotificationClient& client, QObject* parent)
    : QObject(parent)
    , client_(&client) {
    client_->attach(this);
}

Notification::~Notification() {
    if (client_) {
        client_->detach(this);
    }
}

void Notification::show(const NotificationRequest& request) {
    open_ = request;
    closeWhenShown_ = false;
    if (!client_) {
        return;
    }
    if (!client_->serverKnown()) {
        return; // sent by serverChanged() once the bus has answered
    }
    if (!client_->serverAvailable()) {
        spdlog::info("notification '{}' not shown: no notification server",
                     request.summary.toStdString());
        return; // kept, for a server that appears later
    }
    if (pendingShow_) {
        resendWhenShown_ = true; // replaces the one on its way, once its id is known
        return;
    }
    send();
}

void Notification::send() {
    const auto& request = *open_;
    QStringList actions;
    for (const auto& action : request.actions) {
        actions << action.key << action.label;
    }
    auto msg =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    msg << kAppName << currentId_ << kAppId << request.summary << request.body << actions
        << hintsFor(request) << (request.critical ? 0 : request.expireMs);
    pendingShow_ = true;
    resendWhenShown_ = false;
    const quint64 sent = ++sendCount_;
    auto* call = new QDBusPendingCallWatcher(client_->bus().asyncCall(msg), this);
    connect(
        call, &QDBusPendingCallWatcher::finished, this, [this, sent](QDBusPendingCallWatcher* w) {
            QDBusPendingReply<uint> reply = *w;
            w->deleteLater();
            if (sent != sendCount_ || !client_) {
                return; // a newer Notify is on its way (its answer counts), or the client is gone
            }
            pendingShow_ = false;
            if (reply.isError()) {
                spdlog::warn("notification not shown: {}", reply.error().message().toStdString());
                currentId_ = 0;
                return;
            }
            if (currentId_ != 0 && currentId_ != reply.value()) {
                client_->forget(currentId_);
            }
            currentId_ = reply.value();
            client_->shown(this, currentId_);
            spdlog::debug("notification {} shown", currentId_);
            if (closeWhenShown_) {
                close();
            } else if (resendWhenShown_ && open_) {
                send();
            }
        });
}

void Notification::close() {
    open_.reset();
    if (pendingShow_) {
        closeWhenShown_ = true;
        return;
    }
    if (currentId_ == 0 || !client_) {
        return;
    }
    auto msg = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                              QStringLiteral("CloseNotification"));
    msg << currentId_;
    client_->bus().asyncCall(msg);
    spdlog::debug("notification {} closed", currentId_);
    client_->forget(currentId_);
    currentId_ = 0;
}

void Notification::serverChanged(bool showAgain) {
    currentId_ = 0;
    pendingShow_ = false;
    resendWhenShown_ = false;
    ++sendCount_; // an answer from the previous server is void
    if (closeWhenShown_) {
        closeWhenShown_ = false;
        open_.reset();
    }
    if (showAgain && open_) {
        spdlog::info("notification server: showing '{}'", open_->summary.toStdString());
        send();
    }
}

void Notification::answered(const QString& key) {
    spdlog::info("notification action '{}'", key.toStdString());
    open_.reset();
    emit actionInvoked(key);
}

void Notification::closedByServer(uint reason) {
    currentId_ = 0;
    // Expired or dismissed: it was seen and is gone. Other reasons (the server quitting)
    // leave it open, to be shown again by the next server.
    if (reason == kExpired || reason == kClosedByUser) {
        open_.reset();
    }
    if (reason == kClosedByUser) {
        spdlog::info("notification dismissed by the user");
        emit dismissedByUser();
    }
}

} // namespace flexor::platform
