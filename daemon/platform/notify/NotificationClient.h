// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVector>

class QDBusServiceWatcher;

namespace flexor::platform {

class Notification;

struct NotificationAction {
    QString key;
    QString label;
};

struct NotificationRequest {
    QString summary;
    QString body;
    QVector<NotificationAction> actions; // an action with key "default" is a click on the body
    bool critical = false;               // urgent and never expires
    // Low urgency and transient (kept out of the server's history): a passing hint.
    bool gentle = false;
    int expireMs = -1; // the notification's own timeout; -1: the server's default
};

// The daemon's one client of org.freedesktop.Notifications: it follows the server (one service
// watcher, one set of subscriptions), knows its capabilities and its do-not-disturb switch, and
// routes each ActionInvoked/NotificationClosed by id to the Notification that sent it. Signals
// are taken only from the server's real name owner. Every call is asynchronous: nothing here
// waits for the bus on the GUI thread. Whether a server runs is known once the bus has answered
// and a running server has said what it can show (serverKnown()); a Notification shown before
// that is sent then.
class NotificationClient : public QObject {
    Q_OBJECT
public:
    explicit NotificationClient(QDBusConnection bus, QObject* parent = nullptr);

    void start();

    // The bus has said whether a server runs (or can be started), and a running one its
    // capabilities and name.
    bool serverKnown() const { return known_; }
    // A server runs or can be started by the bus.
    bool serverAvailable() const { return available_; }
    bool supportsActions() const { return capabilities_.contains(QStringLiteral("actions")); }
    bool supportsBodyMarkup() const {
        return capabilities_.contains(QStringLiteral("body-markup"));
    }
    // How many action buttons the server shows; it leaves the others off without a word.
    // GNOME Shell shows three; the others known show all (or a menu of them).
    int maxButtons() const;
    // The server says do-not-disturb is on (KDE's Inhibited property).
    bool inhibited() const { return inhibited_; }
    QString serverName() const { return serverName_; }

signals:
    void serverChanged(); // known, appeared, vanished or restarted; capabilities re-read
    void inhibitedChanged(bool inhibited);

private slots:
    void onActionInvoked(uint id, const QString& key);
    void onNotificationClosed(uint id, uint reason);
    void onPropertiesChanged(const QString& interface, const QVariantMap& changed,
                             const QStringList& invalidated);

private:
    friend class Notification;
    void attach(Notification* notification);
    void detach(Notification* notification);
    void shown(Notification* notification, uint id);
    void forget(uint id);
    QDBusConnection& bus() { return bus_; }

    void refreshServer(bool showAgain);
    void serverAnswered(bool running, bool activatable, bool showAgain);
    void announce(bool showAgain);
    void readServerDetails(bool showAgain);
    void readInhibited();
    void setInhibited(bool inhibited);

    QDBusConnection bus_;
    QDBusServiceWatcher* watcher_ = nullptr;
    bool known_ = false;
    bool available_ = false;
    quint64 probe_ = 0; // the newest server probe: an older answer is stale
    QStringList capabilities_;
    QString serverName_;
    bool inhibited_ = false;
    QList<QPointer<Notification>> senders_;
    QHash<uint, QPointer<Notification>> byId_; // what the server shows, by its id
};

} // namespace flexor::platform
