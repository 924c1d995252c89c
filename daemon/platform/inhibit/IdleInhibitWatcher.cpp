// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/inhibit/IdleInhibitWatcher.h"

#include "platform/DBusSubscription.h"
#include "platform/session/Logind.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <spdlog/spdlog.h>

namespace flexor::platform {

namespace {

const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");
const QString kBlockInhibited = QStringLiteral("BlockInhibited");

const QString kGnomeService = QStringLiteral("org.gnome.SessionManager");
const QString kGnomePath = QStringLiteral("/org/gnome/SessionManager");
constexpr uint kGnomeInhibitIdle = 8;

const QString kKdeService = QStringLiteral("org.kde.Solid.PowerManagement");
const QString kKdePath = QStringLiteral("/org/kde/Solid/PowerManagement/PolicyAgent");
const QString kKdeInterface = QStringLiteral("org.kde.Solid.PowerManagement.PolicyAgent");
constexpr uint kKdeChangeScreenSettings = 4;

bool listsIdle(const QString& what) {
    return what.split(QLatin1Char(':')).contains(QLatin1String("idle"));
}

// Calls `call` and hands a boolean answer to `done`; an error (service gone) counts as false.
template <typename Done>
void askBool(QDBusConnection bus, const QDBusMessage& call, QObject* context, Done done) {
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [done](QDBusPendingCallWatcher* w) {
                         QDBusPendingReply<bool> reply = *w;
                         w->deleteLater();
                         done(!reply.isError() && reply.value());
                     });
}

} // namespace

IdleInhibitWatcher::IdleInhibitWatcher(QObject* parent)
    : QObject(parent)
    , systemBus_(QDBusConnection::systemBus())
    , sessionBus_(QDBusConnection::sessionBus()) {}

void IdleInhibitWatcher::start() {
    watchLogind();
    watchGnome();
    watchKde();
}

void IdleInhibitWatcher::set(bool& source, bool value, const char* name) {
    if (source == value) {
        return;
    }
    const bool before = inhibited();
    source = value;
    spdlog::info("idle inhibitor {} ({})", value ? "on" : "off", name);
    if (inhibited() != before) {
        emit inhibitedChanged(inhibited());
    }
}

// ---- logind ---------------------------------------------------------------------------------

void IdleInhibitWatcher::watchLogind() {
    if (!systemBus_.isConnected()) {
        return;
    }
    // Subscribed whether or not logind runs yet; it emits the property on every change.
    subscribe(systemBus_, logind::kService, logind::kPath, kProperties,
              QStringLiteral("PropertiesChanged"), this,
              SLOT(onLogindPropertiesChanged(QString, QVariantMap, QStringList)));
    readLogind();
}

void IdleInhibitWatcher::readLogind() {
    QDBusMessage call =
        QDBusMessage::createMethodCall(logind::kService, logind::kPath, kProperties, "Get");
    call.setArguments({logind::kManager, kBlockInhibited});
    auto* watcher = new QDBusPendingCallWatcher(systemBus_.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        QDBusPendingReply<QDBusVariant> reply = *w;
        w->deleteLater();
        if (!reply.isError()) {
            set(logind_, listsIdle(reply.value().variant().toString()), "logind");
        }
    });
}

void IdleInhibitWatcher::onLogindPropertiesChanged(const QString& interface,
                                                   const QVariantMap& changed,
                                                   const QStringList& invalidated) {
    if (interface != logind::kManager) {
        return;
    }
    if (const auto value = changed.find(kBlockInhibited); value != changed.end()) {
        set(logind_, listsIdle(value->toString()), "logind");
    } else if (invalidated.contains(kBlockInhibited)) {
        readLogind();
    }
}

// ---- GNOME ----------------------------------------------------------------------------------

void IdleInhibitWatcher::watchGnome() {
    if (!sessionBus_.isConnected()) {
        return;
    }
    for (const char* signal : {"InhibitorAdded", "InhibitorRemoved"}) {
        subscribe(sessionBus_, kGnomeService, kGnomePath, kGnomeService,
                  QString::fromLatin1(signal), this, SLOT(onGnomeInhibitorsChanged()));
    }
    if (sessionBus_.interface()->isServiceRegistered(kGnomeService)) {
        onGnomeInhibitorsChanged();
    }
}

void IdleInhibitWatcher::onGnomeInhibitorsChanged() {
    QDBusMessage call = QDBusMessage::createMethodCall(kGnomeService, kGnomePath, kGnomeService,
                                                       QStringLiteral("IsInhibited"));
    call.setArguments({kGnomeInhibitIdle});
    askBool(sessionBus_, call, this, [this](bool on) { set(gnome_, on, "GNOME session"); });
}

// ---- KDE ------------------------------------------------------------------------------------

void IdleInhibitWatcher::watchKde() {
    if (!sessionBus_.isConnected()) {
        return;
    }
    subscribe(sessionBus_, kKdeService, kKdePath, kKdeInterface,
              QStringLiteral("InhibitionsChanged"), this, SLOT(onKdeInhibitionsChanged()));
    if (sessionBus_.interface()->isServiceRegistered(kKdeService)) {
        onKdeInhibitionsChanged();
    }
}

void IdleInhibitWatcher::onKdeInhibitionsChanged() {
    QDBusMessage call = QDBusMessage::createMethodCall(kKdeService, kKdePath, kKdeInterface,
                                                       QStringLiteral("HasInhibition"));
    call.setArguments({kKdeChangeScreenSettings});
    askBool(sessionBus_, call, this, [this](bool on) { set(kde_, on, "KDE power management"); });
}

} // namespace flexor::platform
