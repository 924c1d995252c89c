// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QVariantMap>
#include <optional>

namespace flexor::platform {

// GNOME 48's own break reminders (Settings → Wellbeing): the shell publishes
// org.gnome.Shell.ScreenTime with the property LastBreakEndTime (seconds since the epoch).
// When it moves forward, the user just finished a break in GNOME's overlay: to Flexor that is
// a real break too. Followed through PropertiesChanged, never polled.
class GnomeScreenTimeWatcher : public QObject {
    Q_OBJECT
public:
    explicit GnomeScreenTimeWatcher(QObject* parent = nullptr);

    void start();

signals:
    void breakTaken();

private slots:
    void onPropertiesChanged(const QString& interface, const QVariantMap& changed,
                             const QStringList& invalidated);

private:
    void readLastBreakEnd();
    void lastBreakEndIs(quint64 seconds);

    QDBusConnection bus_;
    std::optional<quint64> lastBreakEnd_;
};

} // namespace flexor::platform
