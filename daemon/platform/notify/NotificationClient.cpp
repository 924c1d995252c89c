// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NotificationClient.h"

#include "BuildInfo.h"
#include "platform/DBusSubscription.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDBusVariant>
#include <limits>
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

QDBusMessage notificationCall(const QString& method) {
    return QDBusMessage::createMethodCall(kService, kPath, kInterface, method);
}

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

NotificationClient::NotificationClient(QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , bus_(std::move(bus)) {}

void NotificationClient::start() {
    watcher_ =
        new QDBusServiceWatcher(kService, bus_, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher_, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString&, const QString&, const QString& newOwner) {
                onOwnerChanged(newOwner);
            });
    // Subscribing by the well-known name makes Qt accept these signals only from the
    // name's current owner: another client cannot fake an answer.
    subscribe(bus_, kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
              SLOT(onActionInvoked(uint, QString)));
    subscribe(bus_, kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
              SLOT(onNotificationClosed(uint, uint)));
    subscribe(bus_, kService, kPath, QStringLiteral("org.freedesktop.DBus.Properties"),
              QStringLiteral("PropertiesChanged"), this,
              SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
    refreshServer();
}

void NotificationClient::refreshServer() {
    const auto* iface = bus_.interface();
    const bool running = iface && iface->isServiceRegistered(kService).value();
    const bool activatable = iface && iface->activatableServiceNames().value().contains(kService);
    available_ = running || activatable;
    currentId_ = 0; // ids belong to the previous server
    capabilities_.clear();
    serverName_.clear();
    setInhibited(false);
    spdlog::info("notification server {}", running       ? "running"
                                           : activatable ? "activatable"
                                                         : "missing");
    if (running) {
        readCapabilities();
        readInhibited();
    }
    emit serverChanged();
}

void NotificationClient::onOwnerChanged(const QString& newOwner) {
    refreshServer();
    if (!newOwner.isEmpty() && open_) {
        spdlog::info("notification server {}: showing the open notification again",
                     newOwner.toStdString());
        show(*open_);
    }
}

void NotificationClient::readCapabilities() {
    auto* call = new QDBusPendingCallWatcher(
        bus_.asyncCall(notificationCall(QStringLiteral("GetCapabilities"))), this);
    connect(call, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        QDBusPendingReply<QStringList> reply = *w;
        w->deleteLater();
        if (reply.isError()) {
            spdlog::warn("notification server capabilities: {}",
                         reply.error().message().toStdString());
            return;
        }
        capabilities_ = reply.value();
        spdlog::info("notification server capabilities: {}",
                     capabilities_.join(QLatin1Char(' ')).toStdString());
        emit serverChanged();
    });
    auto* info = new QDBusPendingCallWatcher(
        bus_.asyncCall(notificationCall(QStringLiteral("GetServerInformation"))), this);
    connect(info, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        QDBusPendingReply<QString, QString, QString, QString> reply = *w;
        w->deleteLater();
        if (!reply.isError()) {
            serverName_ = reply.argumentAt<0>();
            spdlog::info("notification server is {} {}", serverName_.toStdString(),
                         reply.argumentAt<2>().toStdString());
        }
    });
}

int NotificationClient::maxButtons() const {
    // MAX_NOTIFICATION_BUTTONS in GNOME Shell's js/ui/messageTray.js.
    constexpr int kGnomeShellButtons = 3;
    return serverName_ == QLatin1String("gnome-shell") ? kGnomeShellButtons
                                                       : std::numeric_limits<int>::max();
}

void NotificationClient::readInhibited() {
    auto msg = QDBusMessage::createMethodCall(
        kService, kPath, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    msg << kInterface << QStringLiteral("Inhibited");
    auto* call = new QDBusPendingCallWatcher(bus_.asyncCall(msg), this);
    connect(call, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        QDBusPendingReply<QDBusVariant> reply = *w;
        w->deleteLater();
        // Most servers have no such property: that simply means "not inhibited".
        if (!reply.isError()) {
            setInhibited(reply.value().variant().toBool());
        }
    });
}

void NotificationClient::setInhibited(bool inhibited) {
    if (inhibited == inhibited_) {
        return;
    }
    inhibited_ = inhibited;
    spdlog::info("notification server do-not-disturb {}", inhibited ? "on" : "off");
    emit inhibitedChanged(inhibited);
}

void NotificationClient::onPropertiesChanged(const QString& interface, const QVariantMap& changed,
                                             const QStringList&) {
    if (interface == kInterface && changed.contains(QStringLiteral("Inhibited"))) {
        setInhibited(changed.value(QStringLiteral("Inhibited")).toBool());
    }
}

void NotificationClient::show(const NotificationRequest& request) {
    QStringList actions;
    for (const auto& action : request.actions) {
        actions << action.key << action.label;
    }
    open_ = request;
    auto msg = notificationCall(QStringLiteral("Notify"));
    msg << kAppName << currentId_ << kAppId << request.summary << request.body << actions
        << hintsFor(request) << (request.critical ? 0 : request.expireMs);
    pendingShow_ = true;
    closeWhenShown_ = false;
    auto* call = new QDBusPendingCallWatcher(bus_.asyncCall(msg), this);
    connect(call, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        QDBusPendingReply<uint> reply = *w;
        w->deleteLater();
        pendingShow_ = false;
        if (reply.isError()) {
            spdlog::warn("notification not shown: {}", reply.error().message().toStdString());
            currentId_ = 0;
            return;
        }
        currentId_ = reply.value();
        spdlog::debug("notification {} shown", currentId_);
        if (closeWhenShown_) {
            close();
        }
    });
}

void NotificationClient::close() {
    open_.reset();
    if (pendingShow_) {
        closeWhenShown_ = true;
        return;
    }
    if (currentId_ == 0) {
        return;
    }
    auto msg = notificationCall(QStringLiteral("CloseNotification"));
    msg << currentId_;
    bus_.asyncCall(msg);
    spdlog::debug("notification {} closed", currentId_);
    currentId_ = 0;
}

void NotificationClient::onActionInvoked(uint id, const QString& key) {
    if (id == 0 || id != currentId_) {
        return;
    }
    spdlog::info("notification action '{}'", key.toStdString());
    open_.reset();
    emit actionInvoked(key);
}

void NotificationClient::onNotificationClosed(uint id, uint reason) {
    if (id == 0 || id != currentId_) {
        return;
    }
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
