// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

class QDBusServiceWatcher;
class QDBusPendingCallWatcher;

namespace flexor::platform {

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

// Flexor's own client of org.freedesktop.Notifications: one notification at a time,
// updated in place, with actions. Signals are taken only from the server's real name
// owner, and its capabilities are read again whenever the server changes. A notification
// that was still open when its server went away (a crash, a restart) is shown again as soon
// as a server owns the name: a due reminder must not wait for its next repeat.
class NotificationClient : public QObject {
    Q_OBJECT
public:
    explicit NotificationClient(QDBusConnection bus, QObject* parent = nullptr);

    void start();

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

    void show(const NotificationRequest& request);
    void close();
    bool isShowing() const { return currentId_ != 0 || pendingShow_; }

signals:
    void actionInvoked(const QString& key);
    void dismissedByUser();
    void serverChanged(); // appeared, vanished or restarted; capabilities re-read
    void inhibitedChanged(bool inhibited);

private slots:
    void onActionInvoked(uint id, const QString& key);
    void onNotificationClosed(uint id, uint reason);
    void onPropertiesChanged(const QString& interface, const QVariantMap& changed,
                             const QStringList& invalidated);

private:
    void refreshServer();
    void onOwnerChanged(const QString& newOwner);
    void readCapabilities();
    void readInhibited();
    void setInhibited(bool inhibited);

    QDBusConnection bus_;
    QDBusServiceWatcher* watcher_ = nullptr;
    bool available_ = false;
    QStringList capabilities_;
    QString serverName_;
    bool inhibited_ = false;
    uint currentId_ = 0;
    bool pendingShow_ = false;
    bool closeWhenShown_ = false;
    // What is meant to be on screen: set by show(), cleared by close() and by the user's answer.
    std::optional<NotificationRequest> open_;
};

} // namespace flexor::platform
