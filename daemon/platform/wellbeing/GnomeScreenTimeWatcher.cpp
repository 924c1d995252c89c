// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/wellbeing/GnomeScreenTimeWatcher.h"

#include "platform/DBusSubscription.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <spdlog/spdlog.h>

namespace flexor::platform {

namespace {

const QString kService = QStringLiteral("org.gnome.Shell.ScreenTime");
const QString kPath = QStringLiteral("/org/gnome/Shell/ScreenTime");
const QString kInterface = QStringLiteral("org.gnome.Shell.ScreenTime");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");
const QString kLastBreakEnd = QStringLiteral("LastBreakEndTime");

} // namespace

GnomeScreenTimeWatcher::GnomeScreenTimeWatcher(QObject* parent)
    : QObject(parent)
    , bus_(QDBusConnection::sessionBus()) {}

void GnomeScreenTimeWatcher::start() {
    if (!bus_.isConnected()) {
        return;
    }
    subscribe(bus_, kService, kPath, kProperties, QStringLiteral("PropertiesChanged"), this,
              SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
    readLastBreakEnd();
}

void GnomeScreenTimeWatcher::readLastBreakEnd() {
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kProperties, "Get");
    call.setArguments({kInterface, kLastBreakEnd});
    auto* watcher = new QDBusPendingCallWatcher(bus_.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        QDBusPendingReply<QDBusVariant> reply = *w;
        w->deleteLater();
        if (!reply.isError()) {
            lastBreakEndIs(reply.value().variant().toULongLong());
        }
    });
}

void GnomeScreenTimeWatcher::onPropertiesChanged(const QString& interface,
                                                 const QVariantMap& changed,
                                                 const QStringList& invalidated) {
    if (interface != kInterface) {
        return;
    }
    if (const auto value = changed.find(kLastBreakEnd); value != changed.end()) {
        lastBreakEndIs(value->toULongLong());
    } else if (invalidated.contains(kLastBreakEnd)) {
        readLastBreakEnd();
    }
}

// The first value seen is history: only a later one is a break that just ended.
void GnomeScreenTimeWatcher::lastBreakEndIs(quint64 seconds) {
    const bool first = !lastBreakEnd_.has_value();
    if (first) {
        spdlog::info("wellbeing: GNOME's break reminders are on this desktop");
    }
    if (!first && seconds > *lastBreakEnd_) {
        spdlog::info("wellbeing: a break was taken through GNOME");
        lastBreakEnd_ = seconds;
        emit breakTaken();
        return;
    }
    lastBreakEnd_ = std::max(seconds, lastBreakEnd_.value_or(0));
}

} // namespace flexor::platform
