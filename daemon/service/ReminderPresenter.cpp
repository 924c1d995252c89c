// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReminderPresenter.h"

#include "platform/notify/Notification.h"
#include "ui/ReminderPrompt.h"

#include <array>
#include <spdlog/spdlog.h>

namespace flexor::service {

namespace {

struct ActionKey {
    QLatin1StringView key;
    ReminderAnswer answer;
};

// The one table of answers and their notification keys.
constexpr std::array kActionKeys{
    ActionKey{QLatin1StringView("start"), ReminderAnswer::StartRoutine},
    ActionKey{QLatin1StringView("snooze"), ReminderAnswer::Snooze},
    ActionKey{QLatin1StringView("skip"), ReminderAnswer::Skip},
    ActionKey{QLatin1StringView("stand"), ReminderAnswer::Stand},
};
constexpr QLatin1StringView kBodyClick("default");

} // namespace

QString actionKey(ReminderAnswer answer) {
    for (const auto& entry : kActionKeys) {
        if (entry.answer == answer) {
            return entry.key;
        }
    }
    return {};
}

std::optional<ReminderAnswer> answerForActionKey(const QString& key) {
    if (key == kBodyClick) {
        return ReminderAnswer::StartRoutine;
    }
    for (const auto& entry : kActionKeys) {
        if (key == entry.key) {
            return entry.answer;
        }
    }
    return std::nullopt;
}

ReminderPresenter::ReminderPresenter(platform::NotificationClient& notifier, QObject* parent)
    : QObject(parent)
    , notifier_(notifier)
    , notification_(new platform::Notification(notifier, this)) {
    connect(notification_, &platform::Notification::actionInvoked, this,
            [this](const QString& key) {
                if (const auto answer = answerForActionKey(key)) {
                    emit answered(*answer);
                }
            });
    connect(notification_, &platform::Notification::dismissedByUser, this,
            [this] { emit answered(ReminderAnswer::Snooze); });
    connect(&notifier_, &platform::NotificationClient::serverChanged, this,
            &ReminderPresenter::onServerChanged);
}

ReminderPresenter::~ReminderPresenter() {
    delete prompt_;
}

void ReminderPresenter::present(const ReminderText& text, bool urgent) {
    if (!notifier_.serverKnown()) {
        waiting_.emplace(text, urgent); // decided in onServerChanged()
        return;
    }
    waiting_.reset();
    if (!notifier_.serverAvailable()) {
        inWindow_ = text;
        inWindowUrgent_ = urgent;
        presentInWindow(text);
        return;
    }
    inWindow_.reset();
    platform::NotificationRequest request;
    request.summary = text.summary;
    request.body = notifier_.supportsActions() ? text.body : text.body + "\n" + text.noActionsHint;
    request.critical = urgent;
    request.actions = {{kBodyClick, text.startLabel},
                       {actionKey(ReminderAnswer::StartRoutine), text.startLabel},
                       {actionKey(ReminderAnswer::Snooze), text.snoozeLabel},
                       {actionKey(ReminderAnswer::Skip), text.skipLabel}};
    if (!text.standLabel.isEmpty()) {
        request.actions.insert(2, {actionKey(ReminderAnswer::Stand), text.standLabel});
    }
    // A click on the body starts the stretch as its button does: when the server shows fewer
    // buttons than there are answers (GNOME Shell, with the standing desk's), that button
    // goes, so that every answer stays on screen.
    if (request.actions.size() - 1 > notifier_.maxButtons()) {
        request.actions.removeAt(1);
    }
    notification_->show(request);
}

void ReminderPresenter::presentInWindow(const ReminderText& text) {
    if (!prompt_) {
        prompt_ = new ui::ReminderPrompt;
        prompt_->setAttribute(Qt::WA_DeleteOnClose);
        connect(prompt_, &ui::ReminderPrompt::startRequested, this,
                [this] { emit answered(ReminderAnswer::StartRoutine); });
        connect(prompt_, &ui::ReminderPrompt::snoozeRequested, this,
                [this] { emit answered(ReminderAnswer::Snooze); });
        connect(prompt_, &ui::ReminderPrompt::skipRequested, this,
                [this] { emit answered(ReminderAnswer::Skip); });
        connect(prompt_, &ui::ReminderPrompt::standRequested, this,
                [this] { emit answered(ReminderAnswer::Stand); });
    }
    prompt_->present(text.summary, text.body, text.snoozeLabel, text.standLabel);
    spdlog::info("reminder shown in Flexor's own window (no notification server)");
}

// A notification server that appears while the prompt window shows a due reminder takes it
// over at once (once it says it can show the answers as buttons), as the desktop's own way.
void ReminderPresenter::onServerChanged() {
    if (waiting_ && notifier_.serverKnown()) {
        const auto [text, urgent] = *waiting_;
        present(text, urgent);
        return;
    }
    if (!inWindow_ || !prompt_ || !prompt_->isVisible() || !notifier_.serverAvailable() ||
        !notifier_.supportsActions()) {
        return;
    }
    const ReminderText text = *inWindow_;
    prompt_->close();
    spdlog::info("reminder moved from Flexor's own window to the notification server");
    present(text, inWindowUrgent_);
}

void ReminderPresenter::withdraw() {
    inWindow_.reset();
    waiting_.reset();
    notification_->close();
    if (prompt_) {
        prompt_->close();
    }
}

} // namespace flexor::service
