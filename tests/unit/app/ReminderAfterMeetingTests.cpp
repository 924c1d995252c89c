// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The words of a reminder that waited: right after a meeting they say why it comes now.

#include "app/ReminderText.h"

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
    const auto text = app::reminderText(reminder, config::Config{}, std::chrono::minutes(5), {});
    CHECK(text.summary == QStringLiteral("Meeting over"));
    CHECK(text.body.startsWith(QStringLiteral("Meeting over: you have been sitting 1 h 10 min.")));
}

TEST_CASE(
    "a reminder that waited the longest for a meeting or waited for do-not-disturb is plain") {
    auto longest = sat(70min);
    longest.waitedFor = core::HoldReason::Meeting;
    longest.waitedLongest = true;
    CHECK(app::reminderText(longest, config::Config{}, std::chrono::minutes(5), {}).summary ==
          QStringLiteral("Time to get up"));
    auto dnd = sat(50min);
    dnd.waitedFor = core::HoldReason::DoNotDisturb;
    CHECK(app::reminderText(dnd, config::Config{}, std::chrono::minutes(5), {}).summary ==
          QStringLiteral("Time to get up"));
}
