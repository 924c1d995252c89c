// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DaemonLink.h"

#include "app/ControlService.h"
#include "app/StatusMap.h"
#include "platform/SystemClock.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <spdlog/spdlog.h>

namespace flexor::window {

namespace {

QDBusMessage controlCall(const QString& method, const QVariantList& args = {}) {
    auto msg = QDBusMessage::createMethodCall(QString::fromLatin1(app::kBusName),
                                              QString::fromLatin1(app::kObjectPath),
                                              QString::fromLatin1(app::kInterfaceName), method);
    msg.setArguments(args);
    msg.setAutoStartService(false); // the window never starts a daemon
    return msg;
}

} // namespace

DaemonLink::DaemonLink(QObject* parent)
    : QObject(parent) {}

bool DaemonLink::connectToDaemon() {
    auto bus = QDBusConnection::sessionBus();
    if (!subscribed_) {
        subscribed_ = true;
        subscribe();
    }
    const QDBusMessage reply = bus.call(controlCall(QStringLiteral("Status")), QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        spdlog::warn("window: the daemon does not answer: {}", reply.errorMessage().toStdString());
        connected_ = false;
        return false;
    }
    connected_ = true;
    told(qdbus_cast<QVariantMap>(reply.arguments().value(0)));
    return true;
}

void DaemonLink::subscribe() {
    auto bus = QDBusConnection::sessionBus();
    bus.connect(QString::fromLatin1(app::kBusName), QString::fromLatin1(app::kObjectPath),
                QString::fromLatin1(app::kInterfaceName), QStringLiteral("StateChanged"), this,
                SLOT(onStateChanged(QVariantMap)));
    bus.connect(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameOwnerChanged"),
                QStringList{QString::fromLatin1(app::kBusName)}, QString(), this,
                SLOT(onOwnerChanged(QString, QString, QString)));
}

QVariantMap DaemonLink::statusNow() const {
    return app::projectedStatusMap(told_, platform::now().mono - toldAt_);
}

void DaemonLink::told(const QVariantMap& status) {
    const bool meeting = status.value(QStringLiteral("meeting")).toBool();
    const bool wasMeeting = told_.value(QStringLiteral("meeting")).toBool();
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
        connected_ = false;
        emit statusChanged();
        return;
    }
    // A daemon started again: ask it once, as at open.
    connectToDaemon();
    emit statusChanged();
}

void DaemonLink::call(const QString& method, const QVariantList& args) {
    auto* watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(controlCall(method, args)), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, method](QDBusPendingCallWatcher* w) {
                const QDBusPendingReply<> reply = *w;
                if (reply.isError()) {
                    spdlog::warn("window: {} failed: {}", method.toStdString(),
                                 reply.error().message().toStdString());
                    emit callFailed(reply.error().message());
                }
                w->deleteLater();
            });
}

void DaemonLink::startRoutine(const QString& name) {
    call(QStringLiteral("StartRoutine"), {name});
}

void DaemonLink::snooze() {
    call(QStringLiteral("Snooze"), {0u});
}

void DaemonLink::pause(std::chrono::seconds length) {
    call(QStringLiteral("Pause"), {static_cast<uint>(length.count())});
}

void DaemonLink::resume() {
    call(QStringLiteral("Resume"));
}

void DaemonLink::setStanding(bool standing) {
    call(QStringLiteral("SetStanding"), {standing});
}

void DaemonLink::setMeeting(bool inMeeting) {
    call(QStringLiteral("SetMeeting"), {inMeeting});
}

} // namespace flexor::window
