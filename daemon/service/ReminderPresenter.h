// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ReminderText.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>
#include <utility>

namespace flexor::platform {
class Notification;
class NotificationClient;
} // namespace flexor::platform

namespace flexor::ui {
class ReminderPrompt;
}

namespace flexor::service {

// The answers a reminder offers, wherever it is shown (Stand only on a standing desk).
enum class ReminderAnswer { StartRoutine, Snooze, Skip, Stand };

// The notification action key for an answer, and back. A click on the notification's body
// ("default") starts the routine.
QString actionKey(ReminderAnswer answer);
std::optional<ReminderAnswer> answerForActionKey(const QString& key);

// Shows a reminder as a desktop notification with the three answers, or, where no
// notification server runs, in Flexor's own small window; and reports the answer.
class ReminderPresenter : public QObject {
    Q_OBJECT
public:
    ReminderPresenter(platform::NotificationClient& notifier, QObject* parent = nullptr);
    ~ReminderPresenter() override;

    void present(const ReminderText& text, bool urgent);
    void withdraw();

signals:
    // Closing the reminder without answering counts as "not now": a snooze.
    void answered(ReminderAnswer answer);

private:
    void presentInWindow(const ReminderText& text);
    void onServerChanged();

    platform::NotificationClient& notifier_;
    platform::Notification* notification_ = nullptr;
    // A reminder asked for before the bus said whether a notification server runs.
    std::optional<std::pair<ReminderText, bool>> waiting_;
    QPointer<ui::ReminderPrompt> prompt_;
    // The reminder the prompt window shows, to hand over when a notification server appears.
    std::optional<ReminderText> inWindow_;
    bool inWindowUrgent_ = false;
};

} // namespace flexor::service
