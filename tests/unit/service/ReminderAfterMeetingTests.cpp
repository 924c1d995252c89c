// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The words of a reminder that waited: right after a meeting they say why it comes now.

#include "service/ReminderText.h"

#include <QLocale>
#include <doctest/doctest.h>

using namespace flexor;
using namespace std::chrono_literals;

namespace {

core::Reminder sat(core::Duration streak) {
    core::Reminder r;
    r.streak = streak;
    return r;
}

} // namespace

TEST_CASE("a reminder released by a meeting's end says the meeting is over") {
    auto reminder = sat(70min);
    reminder.waitedFor = core::HoldReason::Meeting;
    const auto text =
        service::reminderText(reminder, config::Config{}, std::chrono::minutes(5), {});
    CHECK(text.summary == QStringLiteral("Meeting over"));
    CHECK(text.body.startsWith(QStringLiteral("Meeting over: you have been sitting 1 h 10 min.")));
}

TEST_CASE(
    "a reminder that waited the longest for a meeting or waited for do-not-disturb is plain") {
    auto longest = sat(70min);
    longest.waitedFor = core::HoldReason::Meeting;
    longest.waitedLongest = true;
    CHECK(service::reminderText(longest, config::Config{}, std::chrono::minutes(5), {}).summary ==
          QStringLiteral("Time to get up"));
    auto dnd = sat(50min);
    dnd.waitedFor = core::HoldReason::DoNotDisturb;
    CHECK(service::reminderText(dnd, config::Config{}, std::chrono::minutes(5), {}).summary ==
          QStringLiteral("Time to get up"));
}

TEST_CASE("a reminder before a calendar meeting names the meeting's start") {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    auto reminder = sat(35min);
    reminder.beforeMeeting = std::chrono::local_days{std::chrono::January / 8 / 2024} + 15h;
    const auto text =
        service::reminderText(reminder, config::Config{}, std::chrono::minutes(5), {});
    CHECK(text.summary == QStringLiteral("Meeting at 15:00: stretch before it"));
    CHECK(text.body.startsWith(
        QStringLiteral("Meeting at 15:00: stretch before it. You have sat for 35 min.")));
    QLocale::setDefault(QLocale::c());
}
