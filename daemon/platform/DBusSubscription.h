// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDBusConnection>
#include <QString>
#include <QStringList>

namespace flexor::platform {

// QDBusConnection::connect, and when the bus refuses the subscription one warning that names
// the signal: a watcher that silently hears nothing is the worst way to fail. argumentMatch
// filters on the signal's leading string arguments, as QDBusConnection's does.
bool subscribe(QDBusConnection bus, const QString& service, const QString& path,
               const QString& interface, const QString& signal, QObject* receiver, const char* slot,
               const QStringList& argumentMatch = {});

} // namespace flexor::platform
