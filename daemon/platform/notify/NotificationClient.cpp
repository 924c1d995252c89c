// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NotificationClient.h"

#include "Notification.h"
#include "platform/DBusSubscription.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDBusVariant>
#include <limits>
#include <memory>
#include <spdlog/spdlog.h>

namespace flexor::platform {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

QDBusMessage notificationCall(const QString& method) {
    return QDBusMessage::createMethodCall(kService, kPath, kInterface, method);
}

QDBusMessage busCall(const QString& method) {
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                          QStringLiteral("/org/freedesktop/DBus"),
                                          QStringLiteral("org.freedesktop.DBus"), method);
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
                if (!newOwner.isEmpty()) {
                    spdlog::info("notification server {} took the name", newOwner.toStdString());
                }
                refreshServer(!newOwner.isEmpty());
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
    // Notifications asked for before the bus answered are sent once it has.
    refreshServer(true);
}

// Asks the bus whether a server runs, else whether it can start one; both answers arrive later.
void NotificationClient::refreshServer(bool showAgain) {
    const quint64 probe = ++probe_;
    byId_.clear(); // ids belong to the previous server
    capabilities_.clear();
    serverName_.clear();
    setInhibited(false);
    if (!bus_.isConnected()) {
        serverAnswered(false, false, showAgain);
        return;
    }
    auto hasOwner = busCall(QStringLiteral("NameHasOwner"));
    hasOwner << kService;
    auto* call = new QDBusPendingCallWatcher(bus_.asyncCall(hasOwner), this);
    connect(call, &QDBusPendingCallWatcher::finished, this,
            [this, probe, showAgain](QDBusPendingCallWatcher* w) {
                QDBusPendingReply<bool> reply = *w;
                w->deleteLater();
                if (probe != probe_) {
                    return;
                }
                if (!reply.isError() && reply.value()) {
                    serverAnswered(true, false, showAgain);
                    return;
                }
                auto* list = new QDBusPendingCallWatcher(
                    bus_.asyncCall(busCall(QStringLiteral("ListActivatableNames"))), this);
                connect(list, &QDBusPendingCallWatcher::finished, this,
                        [this, probe, showAgain](QDBusPendingCallWatcher* l) {
                            QDBusPendingReply<QStringList> names = *l;
                            l->deleteLater();
                            if (probe == probe_) {
                                serverAnswered(false,
                                               !names.isError() && names.value().contains(kService),
                                               showAgain);
                            }
                        });
            });
}

void NotificationClient::serverAnswered(bool running, bool activatable, bool showAgain) {
    available_ = running || activatable;
    spdlog::info("notification server {}", running       ? "running"
                                           : activatable ? "activatable"
                                                         : "missing");
    if (!running) {
        announce(showAgain);
        return;
    }
    readInhibited();
    readServerDetails(showAgain);
}

void NotificationClient::announce(bool showAgain) {
    known_ = true;
    // Copied: a sender may be deleted by what it does with the news.
    const auto senders = senders_;
    for (const auto& sender : senders) {
        if (sender) {
            sender->serverChanged(showAgain && available_);
        }
    }
    emit serverChanged();
}

// What the server can show (actions, how many buttons) shapes the first notification sent to
// it, so the server is announced only once both answers are in (or have failed).
void NotificationClient::readServerDetails(bool showAgain) {
    const quint64 probe = probe_;
    auto awaited = std::make_shared<int>(2);
    const auto answered = [this, probe, showAgain, awaited] {
        if (--*awaited == 0 && probe == probe_) {
            announce(showAgain);
        }
    };
    auto* call = new QDBusPendingCallWatcher(
        bus_.asyncCall(notificationCall(QStringLiteral("GetCapabilities"))), this);
    connect(call, &QDBusPendingCallWatcher::finished, this,
            [this, probe, answered](QDBusPendingCallWatcher* w) {
                QDBusPendingReply<QStringList> reply = *w;
                w->deleteLater();
                if (probe != probe_) {
                    return;
                }
                if (reply.isError()) {
                    spdlog::warn("notification server capabilities: {}",
                                 reply.error().message().toStdString());
                } else {
                    capabilities_ = reply.value();
                    spdlog::info("notification server capabilities: {}",
                                 capabilities_.join(QLatin1Char(' ')).toStdString());
                }
                answered();
            });
    auto* info = new QDBusPendingCallWatcher(
        bus_.asyncCall(notificationCall(QStringLiteral("GetServerInformation"))), this);
    connect(info, &QDBusPendingCallWatcher::finished, this,
            [this, probe, answered](QDBusPendingCallWatcher* w) {
                QDBusPendingReply<QString, QString, QString, QString> reply = *w;
                w->deleteLater();
                if (probe != probe_) {
                    return;
                }
                if (!reply.isError()) {
                    serverName_ = reply.argumentAt<0>();
                    spdlog::info("notification server is {} {}", serverName_.toStdString(),
                                 reply.argumentAt<2>().toStdString());
                }
                answered();
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

void NotificationClient::attach(Notification* notification) {
    senders_.append(notification);
}

void NotificationClient::detach(Notification* notification) {
    senders_.removeAll(notification);
    senders_.removeAll(nullptr);
    for (auto it = byId_.begin(); it != byId_.end();) {
        it = (it.value() == notification || !it.value()) ? byId_.erase(it) : std::next(it);
    }
}

void NotificationClient::shown(Notification* notification, uint id) {
    byId_.insert(id, notification);
}

void NotificationClient::forget(uint id) {
    byId_.remove(id);
}

void NotificationClient::onActionInvoked(uint id, const QString& key) {
    if (const auto sender = byId_.value(id)) {
        sender->answered(key);
    }
}

void NotificationClient::onNotificationClosed(uint id, uint reason) {
    if (const auto sender = byId_.value(id)) {
        byId_.remove(id);
        sender->closedByServer(reason);
    }
}

} // namespace flexor::platform
