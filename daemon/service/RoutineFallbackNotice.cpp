// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutineFallbackNotice.h"

#include "platform/notify/Notification.h"

#include <spdlog/spdlog.h>

namespace flexor::service {

RoutineFallbackNotice::RoutineFallbackNotice(platform::NotificationClient& client, QObject* parent)
    : QObject(parent)
    , notice_(new platform::Notification(client, this)) {}

QString RoutineFallbackNotice::message(const config::RoutineChoice& choice,
                                       std::string_view asked) {
    if (!choice.fellBack()) {
        return {};
    }
    const QString wanted = QString::fromUtf8(asked.data(), static_cast<qsizetype>(asked.size()));
    const QString opened = QString::fromStdString(choice.entry->name);
    if (choice.missing) {
        return tr("There is no routine named '%1' (the config's routine key), so Flexor opened "
                  "'%2' instead.")
            .arg(wanted, opened);
    }
    const auto& problems = choice.unusable->diagnostics;
    const QString where = problems.empty() ? QString::fromStdString(choice.unusable->file.string())
                                           : QString::fromStdString(problems.front().toString());
    return tr("Your routine '%1' cannot be used, so Flexor opened the %2 routine '%3' "
              "instead.\n%4")
        .arg(wanted, choice.entry->fromUser ? tr("next usable") : tr("shipped"), opened, where);
}

QString RoutineFallbackNotice::refusal(const config::RoutineChoice& choice, std::string_view asked,
                                       bool askedByName) {
    const QString wanted = QString::fromUtf8(asked.data(), static_cast<qsizetype>(asked.size()));
    if (choice.missing && (askedByName || choice.entry == nullptr)) {
        return tr("There is no routine named '%1'.").arg(wanted);
    }
    if (choice.entry == nullptr) {
        const auto& problems = choice.unusable->diagnostics;
        return tr("The routine '%1' cannot be used: %2")
            .arg(wanted, problems.empty() ? tr("it cannot be read")
                                          : QString::fromStdString(problems.front().toString()));
    }
    return {};
}

QString RoutineFallbackNotice::tell(const config::RoutineChoice& choice, std::string_view asked) {
    const QString text = message(choice, asked);
    if (text.isEmpty()) {
        return {};
    }
    // The same file with the same first problem is told once; a new mistake is news again.
    if (!told_.insert(text.toStdString()).second) {
        return {};
    }
    spdlog::warn("routine: {}", text.toStdString());
    platform::NotificationRequest request;
    request.summary = tr("A routine of yours has a problem");
    request.body = text;
    notice_->show(request);
    return text;
}

} // namespace flexor::service
