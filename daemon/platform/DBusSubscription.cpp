// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DBusSubscription.h"

#include <QDBusError>
#include <spdlog/spdlog.h>

namespace flexor::platform {

bool subscribe(QDBusConnection bus, const QString& service, const QString& path,
               const QString& interface, const QString& signal, QObject* receiver, const char* slot,
               const QStringList& argumentMatch) {
    if (bus.connect(service, path, interface, signal, argumentMatch, QString(), receiver, slot)) {
        return true;
    }
    spdlog::warn("dbus: cannot subscribe to {}.{} on {} ({}); it will not be heard",
                 interface.toStdString(), signal.toStdString(),
                 bus.isConnected() ? "the bus refused" : "no bus connection",
                 bus.lastError().message().toStdString());
    return false;
}

} // namespace flexor::platform
