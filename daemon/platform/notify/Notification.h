// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NotificationClient.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace flexor::platform {

// One sender's notification, sent through the shared NotificationClient: one at a time,
// updated in place, with actions. Only the answers to its own notification reach it. A
// notification still open when its server went away (a crash, a restart) is shown again as
// soon as a server owns the name: a due reminder must not wait for its next repeat.
class Notification : public QObject {
    Q_OBJECT
public:
    explicit Notification(NotificationClient& client, QObject* parent = nullptr);
    ~Notification() override;

    // Shown now, or once the bus has said a server runs; dropped (with a log line) when none does.
    void show(const NotificationRequest& request);
    void close();
    bool isShowing() const { return currentId_ != 0 || pendingShow_; }

signals:
    void actionInvoked(const QString& key);
    void dismissedByUser();

private:
    friend class NotificationClient;
    // From the client: the server changed (ids are void), and whether to show the open one again.
    void serverChanged(bool showAgain);
    void answered(const QString& key);
    void closedByServer(uint reason);
    void send();

    // The client may go first when both are children of one object: nothing is sent then.
    QPointer<NotificationClient> client_;
    uint currentId_ = 0;
    bool pendingShow_ = false;
    bool closeWhenShown_ = false;
    bool resendWhenShown_ = false;
    quint64 sendCount_ = 0; // the newest Notify call: an older answer is stale
    // What is meant to be on screen: set by show(), cleared by close() and by the user's answer.
    std::optional<NotificationRequest> open_;
};

} // namespace flexor::platform
