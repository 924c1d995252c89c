// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "config/RoutineLibrary.h"

#include <QObject>
#include <QString>
#include <set>
#include <string>
#include <string_view>

namespace flexor::platform {
class Notification;
class NotificationClient;
} // namespace flexor::platform

namespace flexor::service {

// Tells the user, once per problem, that the routine they asked for could not be used and which
// one opened instead, with the file:line:col of the first error: a broken user copy of a routine
// must not turn "Start stretch" into a button that silently does nothing. It has its own
// notification, so it replaces neither the reminder nor a config notice.
class RoutineFallbackNotice : public QObject {
    Q_OBJECT
public:
    explicit RoutineFallbackNotice(platform::NotificationClient& client, QObject* parent = nullptr);

    // Shows the notice for a choice that fell back, unless this same problem was told before.
    // Returns the text (empty when nothing was told), also for the log.
    QString tell(const config::RoutineChoice& choice, std::string_view asked);

    // The words, for tests: empty when the choice did not fall back.
    static QString message(const config::RoutineChoice& choice, std::string_view asked);

    // Why no routine can open for this choice, or empty when one can. A name that nobody has is
    // refused when it was asked for by name (`flexor stretch NAME`); a configured one that is
    // missing falls back like a broken one, so "Start stretch" is never a dead button.
    static QString refusal(const config::RoutineChoice& choice, std::string_view asked,
                           bool askedByName);

private:
    platform::Notification* notice_ = nullptr;
    std::set<std::string> told_;
};

} // namespace flexor::service
