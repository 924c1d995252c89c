// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/presence/GnomeIdleMonitor.h"

#include "platform/DBusSubscription.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <spdlog/spdlog.h>

namespace flexor::platform {

namespace {
const QString service = QStringLiteral("org.gnome.Mutter.IdleMonitor");
const QString path = QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core");
const QString interface = QStringLiteral("org.gnome.Mutter.IdleMonitor");
} // namespace

GnomeIdleMonitor::GnomeIdleMonitor(QObject* parent)
    : PresenceMonitor(parent)
    , bus_(QDBusConnection::sessionBus()) {}

bool GnomeIdleMonitor::start() {
    if (!bus_.isConnected()) {
        reason_ = QStringLiteral("no session bus");
        return false;
    }
    if (!bus_.interface()->isServiceRegistered(service)) {
        reason_ = QStringLiteral("%1 is not on the session bus").arg(service);
        return false;
    }
    // The name is there; whether the interface answers is found out without waiting for it
    // (a hung compositor would hold the daemon's start): an error answer says failed().
    auto* probe = callAsync(QStringLiteral("GetIdletime"), {});
    connect(probe, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        if (w->isError()) {
            reason_ = QStringLiteral("%1 did not answer: %2").arg(service, w->error().message());
            emit failed();
        }
    });
    subscribe(bus_, service, path, interface, QStringLiteral("WatchFired"), this,
              SLOT(onWatchFired(uint)));
    ownerWatcher_ =
        new QDBusServiceWatcher(service, bus_, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(ownerWatcher_, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString&, const QString&, const QString& newOwner) {
                onOwnerChanged(newOwner);
            });
    addIdleWatch();
    return true;
}

void GnomeIdleMonitor::setIdleThreshold(std::chrono::milliseconds threshold) {
    threshold_ = threshold;
    if (ownerWatcher_ == nullptr) {
        return;
    }
    removeWatch(idleWatch_);
    idleWatch_ = 0;
    addIdleWatch();
}

void GnomeIdleMonitor::onWatchFired(uint id) {
    if (id == 0) {
        return;
    }
    if (id == idleWatch_) {
        if (observedIdle(threshold_)) {
            addUserActiveWatch(); // an active watch fires once: one per idle spell
        }
    } else if (id == activeWatch_) {
        activeWatch_ = 0;
        observedActive();
    }
}

void GnomeIdleMonitor::onOwnerChanged(const QString& newOwner) {
    // The old owner's watches died with it.
    idleWatch_ = 0;
    activeWatch_ = 0;
    if (newOwner.isEmpty()) {
        spdlog::warn("presence: {} left the session bus", service.toStdString());
        return;
    }
    spdlog::info("presence: {} has a new owner, watching again", service.toStdString());
    addIdleWatch();
    if (isIdle()) {
        addUserActiveWatch();
    }
}

void GnomeIdleMonitor::addIdleWatch() {
    auto* watcher = callAsync(QStringLiteral("AddIdleWatch"),
                              {QVariant::fromValue(quint64(threshold_.count()))});
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        QDBusPendingReply<uint> reply = *w;
        w->deleteLater();
        if (reply.isError()) {
            spdlog::error("presence: AddIdleWatch failed: {}",
                          reply.error().message().toStdString());
            return;
        }
        removeWatch(idleWatch_); // a threshold change may have raced this reply
        idleWatch_ = reply.value();
    });
}

void GnomeIdleMonitor::addUserActiveWatch() {
    auto* watcher = callAsync(QStringLiteral("AddUserActiveWatch"), {});
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        QDBusPendingReply<uint> reply = *w;
        w->deleteLater();
        if (reply.isError()) {
            spdlog::error("presence: AddUserActiveWatch failed: {}",
                          reply.error().message().toStdString());
            return;
        }
        activeWatch_ = reply.value();
    });
}

void GnomeIdleMonitor::removeWatch(uint id) {
    if (id != 0) {
        callAsync(QStringLiteral("RemoveWatch"), {QVariant::fromValue(id)})->deleteLater();
    }
}

QDBusPendingCallWatcher* GnomeIdleMonitor::callAsync(const QString& method,
                                                     const QVariantList& args) {
    QDBusMessage message = QDBusMessage::createMethodCall(service, path, interface, method);
    message.setArguments(args);
    return new QDBusPendingCallWatcher(bus_.asyncCall(message), this);
}

} // namespace flexor::platform
