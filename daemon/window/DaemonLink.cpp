// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DaemonLink.h"

#include "Flexor1Proxy.h"
#include "dbus/ControlService.h"
#include "dbus/StatusKeys.h"
#include "dbus/StatusMap.h"
#include "platform/SystemClock.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <spdlog/spdlog.h>

namespace flexor::window {

DaemonLink::DaemonLink(QObject* parent)
    : QObject(parent) {}

DaemonLink::~DaemonLink() = default;

void DaemonLink::connectToDaemon() {
    if (!subscribed_) {
        subscribed_ = true;
        subscribe();
    }
    // Who owns the name now; NameOwnerChanged tells every change after that.
    auto bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || bus.interface() == nullptr) {
        spdlog::warn("window: no session bus");
        return;
    }
    auto* watcher =
        new QDBusPendingCallWatcher(bus.interface()->asyncCall(QStringLiteral("GetNameOwner"),
                                                               QString::fromLatin1(dbus::kBusName)),
                                    this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        const QDBusPendingReply<QString> owner = *w;
        w->deleteLater();
        if (owner.isError()) {
            spdlog::warn("window: the daemon does not answer: {}",
                         owner.error().message().toStdString());
            speakTo({});
            return;
        }
        speakTo(owner.value());
    });
}

void DaemonLink::speakTo(const QString& uniqueName) {
    if (uniqueName.isEmpty()) {
        daemon_.reset();
        connected_ = false;
        emit statusChanged();
        return;
    }
    daemon_ = std::make_unique<Flexor1Proxy>(uniqueName, QString::fromLatin1(dbus::kObjectPath),
                                             QDBusConnection::sessionBus());
    askStatus();
}

void DaemonLink::askStatus() {
    auto* watcher = new QDBusPendingCallWatcher(daemon_->Status(), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        const QDBusPendingReply<QVariantMap> reply = *w;
        w->deleteLater();
        if (reply.isError()) {
            spdlog::warn("window: the daemon does not answer: {}",
                         reply.error().message().toStdString());
            connected_ = false;
        } else {
            connected_ = true;
            told(reply.value());
        }
        emit statusChanged();
    });
}

void DaemonLink::subscribe() {
    auto bus = QDBusConnection::sessionBus();
    bus.connect(QString::fromLatin1(dbus::kBusName), QString::fromLatin1(dbus::kObjectPath),
                QString::fromLatin1(Flexor1Proxy::staticInterfaceName()),
                QStringLiteral("StateChanged"), this, SLOT(onStateChanged(QVariantMap)));
    bus.connect(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameOwnerChanged"),
                QStringList{QString::fromLatin1(dbus::kBusName)}, QString(), this,
                SLOT(onOwnerChanged(QString, QString, QString)));
}

QVariantMap DaemonLink::statusNow() const {
    return dbus::projectedStatusMap(told_, platform::now().mono - toldAt_);
}

void DaemonLink::told(const QVariantMap& status) {
    const bool meeting = status.value(dbus::status_key::kMeeting).toBool();
    const bool wasMeeting = told_.value(dbus::status_key::kMeeting).toBool();
    if (!meeting) {
        meetingSince_.reset();
    } else if (!wasMeeting && !told_.isEmpty()) {
        meetingSince_ = platform::now().local; // seen starting, not found going on at open
    }
    told_ = status;
    toldAt_ = platform::now().mono;
}

void DaemonLink::onStateChanged(const QVariantMap& status) {
    connected_ = true;
    told(status);
    emit statusChanged();
}

void DaemonLink::onOwnerChanged(const QString&, const QString&, const QString& newOwner) {
    if (newOwner.isEmpty()) {
        spdlog::info("window: the daemon went away");
    }
    // A daemon started again: ask it once, as at open.
    speakTo(newOwner);
}

void DaemonLink::call(const char* method,
                      const std::function<QDBusPendingCall(Flexor1Proxy&)>& send) {
    if (!daemon_) {
        spdlog::warn("window: {} not sent: the daemon is not running", method);
        return;
    }
    auto* watcher = new QDBusPendingCallWatcher(send(*daemon_), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, method](QDBusPendingCallWatcher* w) {
                const QDBusPendingReply<> reply = *w;
                if (reply.isError()) {
                    spdlog::warn("window: {} failed: {}", method,
                                 reply.error().message().toStdString());
                    emit callFailed(reply.error().message());
                }
                w->deleteLater();
            });
}

void DaemonLink::startRoutine(const QString& name) {
    call("StartRoutine", [name](Flexor1Proxy& d) { return d.StartRoutine(name); });
}

void DaemonLink::snooze() {
    call("Snooze", [](Flexor1Proxy& d) { return d.Snooze(0); });
}

void DaemonLink::pause(std::chrono::seconds length) {
    const auto seconds = static_cast<uint>(length.count());
    call("Pause", [seconds](Flexor1Proxy& d) { return d.Pause(seconds); });
}

void DaemonLink::resume() {
    call("Resume", [](Flexor1Proxy& d) { return d.Resume(); });
}

void DaemonLink::setStanding(bool standing) {
    call("SetStanding", [standing](Flexor1Proxy& d) { return d.SetStanding(standing); });
}

void DaemonLink::setMeeting(bool inMeeting) {
    call("SetMeeting", [inMeeting](Flexor1Proxy& d) { return d.SetMeeting(inMeeting); });
}

} // namespace flexor::window
