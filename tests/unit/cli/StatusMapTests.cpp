// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QStringMaker.h"
#include "cli/StatusOutput.h"
#include "dbus/StatusMap.h"
#include "service/ReminderText.h"
#include "ui/StateSentence.h"
#include "ui/TrayLook.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <doctest/doctest.h>

using namespace std::chrono_literals;
using flexor::cli::statusJson;
using flexor::cli::statusLine;
using flexor::cli::waybarJson;
using flexor::core::EngineStatus;
using flexor::core::SittingState;
using flexor::dbus::changedBeyondTheClock;
using flexor::dbus::projectedStatusMap;
using flexor::dbus::StatusExtras;
using flexor::dbus::toStatusMap;

namespace {

const StatusExtras kExtras{
    QStringLiteral("x11-sync"), true, QStringLiteral("psoas"), 45min, {}, {}, {}};

// Saturday 5 December 2026, 10:00: what the status line names days from.
const flexor::core::LocalTime kSaturday10{
    std::chrono::local_days{std::chrono::year{2026} / 12 / 5}.time_since_epoch() + 10h};

EngineStatus sittingFor(flexor::core::Duration streak) {
    EngineStatus status;
    status.streak = streak;
    status.streakRunning = true;
    status.reminderIn = 45min - streak;
    return status;
}

} // namespace

TEST_CASE("the status map carries the engine's view and the extras in whole seconds") {
    auto status = sittingFor(10min + 500ms);
    status.snoozesUsed = 2;
    status.escalated = true;
    status.locked = true;
    const auto map = toStatusMap(status, kExtras);

    CHECK(map.value("state").toString() == "sitting");
    CHECK(map.value("streak_seconds").toUInt() == 600);
    CHECK(map.value("remind_after_seconds").toUInt() == 45 * 60);
    CHECK(map.value("reminder_in_seconds").toUInt() == 35 * 60 - 1);
    CHECK_FALSE(map.contains("state_ends_in_seconds"));
    CHECK(map.value("snoozes").toUInt() == 2);
    CHECK(map.value("escalated").toBool());
    CHECK(map.value("locked").toBool());
    CHECK(map.value("presence").toString() == "x11-sync");
    CHECK(map.value("senses").toBool());
    CHECK(map.value("routine").toString() == "psoas");
}

TEST_CASE("the other machines of share_folder are listed, and sitting elsewhere is said") {
    auto status = sittingFor(10min);
    status.elsewhere = true;
    StatusExtras extras = kExtras;
    extras.machines = {QVariantMap{{"id", "4f2a"}, {"host", "laptop"}, {"in_use", true}}};
    const auto map = toStatusMap(status, extras);
    CHECK(map.value("sitting_elsewhere").toBool());
    const auto json = statusJson(map);
    CHECK(json.value("machines").toArray().at(0).toObject().value("host").toString() == "laptop");
    CHECK(flexor::dbus::engineStatusFrom(map).elsewhere);
    CHECK(toStatusMap(sittingFor(10min), kExtras).value("machines").toList().isEmpty());
}

TEST_CASE("a countdown already past reads as zero, not as a huge unsigned number") {
    EngineStatus status;
    status.state = SittingState::Snoozed;
    status.stateEndsIn = -3s;
    CHECK(toStatusMap(status, kExtras).value("state_ends_in_seconds").toUInt() == 0);
}

TEST_CASE("the JSON status has every key, with null for an absent countdown") {
    const auto json = statusJson(toStatusMap(EngineStatus{}, kExtras));
    CHECK(json.value("reminder_in_seconds").isNull());
    CHECK(json.value("state_ends_in_seconds").isNull());
    CHECK(json.value("state").toString() == "sitting");

    const auto counting = statusJson(toStatusMap(sittingFor(5min), kExtras));
    CHECK(counting.value("reminder_in_seconds").toInt() == 40 * 60);
}

TEST_CASE("waybar shows the streak, the state as class and how far to the reminder") {
    const auto bar = waybarJson(toStatusMap(sittingFor(9min), kExtras), kSaturday10);
    CHECK(QStringList(bar.keys()) == QStringList{"class", "percentage", "text", "tooltip"});
    CHECK(bar.value("text").toString() == "9 min");
    CHECK(bar.value("class").toString() == "sitting");
    CHECK(bar.value("percentage").toInt() == 20);
    CHECK(bar.value("tooltip").toString() ==
          "Sitting since " + flexor::ui::clockText(kSaturday10 - 9min) + " · reminder at " +
              flexor::ui::clockText(kSaturday10 + 36min));
}

TEST_CASE("waybar's percentage stops at 100 and survives a zero remind_after") {
    auto due = sittingFor(90min);
    due.state = SittingState::ReminderDue;
    CHECK(waybarJson(toStatusMap(due, kExtras), kSaturday10).value("percentage").toInt() == 100);

    auto noThreshold = kExtras;
    noThreshold.remindAfter = 0s;
    CHECK(waybarJson(toStatusMap(sittingFor(30s), noThreshold), kSaturday10)
              .value("percentage")
              .toInt() == 100);
}

TEST_CASE("flexor status, read back from the map, says what the tray's tooltip says") {
    for (const auto state : {SittingState::Sitting, SittingState::Snoozed, SittingState::Standing,
                             SittingState::Paused, SittingState::Away}) {
        auto status = sittingFor(12min);
        status.state = state;
        status.stateEndsIn = 7min;
        for (const bool senses : {true, false}) {
            auto extras = kExtras;
            extras.senses = senses;
            CAPTURE(senses);
            CHECK(statusLine(toStatusMap(status, extras), kSaturday10) ==
                  flexor::ui::statusText(status, senses, kSaturday10));
        }
    }
}

TEST_CASE("a map from an older or newer daemon still reads: sitting, senses by default") {
    QVariantMap map;
    map.insert("state", QStringLiteral("not-a-state"));
    map.insert("streak_seconds", 90u);
    CHECK(statusLine(map, kSaturday10) ==
          "Sitting since " + flexor::ui::clockText(kSaturday10 - 90s));
}

TEST_CASE("a follower computes the status a ring step later from the last one it was told") {
    const auto told = toStatusMap(sittingFor(10min), kExtras);
    CHECK(told.value("streak_running").toBool());
    const auto later = projectedStatusMap(told, 3min + 45s);
    CHECK(later.value("streak_seconds").toUInt() == 13 * 60 + 45);
    CHECK(later.value("reminder_in_seconds").toUInt() == 31 * 60 + 15);
    CHECK(later.value("state").toString() == "sitting");
    CHECK(waybarJson(later, kSaturday10).value("text").toString() == "13 min");

    auto standing = sittingFor(10min);
    standing.state = SittingState::Standing;
    standing.streakRunning = false;
    standing.reminderIn.reset();
    standing.stateEndsIn = 20min;
    const auto stood = projectedStatusMap(toStatusMap(standing, kExtras), 5min);
    CHECK(stood.value("streak_seconds").toUInt() == 10 * 60);
    CHECK(stood.value("state_ends_in_seconds").toUInt() == 15 * 60);
    CHECK_FALSE(stood.contains("reminder_in_seconds"));
}

TEST_CASE("only a change the clock does not explain is worth a StateChanged") {
    const auto told = toStatusMap(sittingFor(10min), kExtras);
    // A ring step later, read in whole seconds a moment after the step.
    CHECK_FALSE(
        changedBeyondTheClock(told, 3min + 45s, toStatusMap(sittingFor(13min + 46s), kExtras)));

    auto standing = sittingFor(13min + 45s);
    standing.state = SittingState::Standing;
    CHECK(changedBeyondTheClock(told, 3min + 45s, toStatusMap(standing, kExtras)));
    // The streak starting over (skip) in the same state.
    CHECK(changedBeyondTheClock(told, 3min + 45s, toStatusMap(sittingFor(0s), kExtras)));
    // Something besides the engine: the routine a reminder starts.
    auto otherRoutine = kExtras;
    otherRoutine.routine = QStringLiteral("quick");
    CHECK(changedBeyondTheClock(told, 3min + 45s,
                                toStatusMap(sittingFor(13min + 45s), otherRoutine)));
}

TEST_CASE("off schedule the status says when counting starts, and carries it as local time") {
    EngineStatus off;
    off.state = SittingState::OffSchedule;
    auto extras = kExtras;
    extras.countingStarts = kSaturday10 + 24h + 22h; // Monday 08:00
    const auto map = toStatusMap(off, extras);
    CHECK(map.value("counting_starts").toString() == "2026-12-07T08:00:00");
    CHECK(flexor::dbus::countingStartsFrom(map) == extras.countingStarts);
    const QString expected = "Outside active hours · counting starts Monday " +
                             flexor::ui::clockText(*extras.countingStarts);
    CHECK(expected.contains("8:00"));
    CHECK(statusLine(map, kSaturday10) == expected);
    CHECK(waybarJson(map, kSaturday10).value("tooltip").toString() == expected);
    CHECK(statusJson(map).value("counting_starts").toString() == "2026-12-07T08:00:00");

    SUBCASE("within the schedule the key is absent (null in JSON)") {
        const auto sitting = toStatusMap(sittingFor(1min), extras);
        CHECK_FALSE(sitting.contains("counting_starts"));
        CHECK(statusJson(sitting).value("counting_starts").isNull());
    }
    SUBCASE("a map from an older daemon says only the state") {
        QVariantMap older = map;
        older.remove("counting_starts");
        CHECK(statusLine(older, kSaturday10) == "Outside active hours");
    }
}

TEST_CASE("with a daily budget the status carries today's sitting, which a follower moves on") {
    CHECK(toStatusMap(sittingFor(10min), kExtras).value("daily_limit_seconds").toUInt() == 0);
    CHECK_FALSE(toStatusMap(sittingFor(10min), kExtras).contains("sitting_today_seconds"));
    auto budget = kExtras;
    budget.dailyLimit = 6h;
    budget.sittingToday = 5h + 12min;
    const auto told = toStatusMap(sittingFor(10min), budget);
    CHECK(told.value("daily_limit_seconds").toUInt() == 6 * 3600);
    CHECK(told.value("sitting_today_seconds").toUInt() == (5 * 60 + 12) * 60);
    CHECK(projectedStatusMap(told, 3min).value("sitting_today_seconds").toUInt() ==
          (5 * 60 + 15) * 60);
    // Growing with the clock is no change worth a signal.
    budget.sittingToday = 5h + 15min;
    CHECK_FALSE(changedBeyondTheClock(told, 3min, toStatusMap(sittingFor(13min), budget)));
}

TEST_CASE("in a meeting the status says since when, as local time") {
    EngineStatus meeting = sittingFor(20min);
    meeting.meeting = true;
    meeting.meetingSince = kSaturday10 - 16min;
    const auto map = toStatusMap(meeting, kExtras);
    CHECK(map.value("meeting_since").toString() == "2026-12-05T09:44:00");
    CHECK(flexor::dbus::engineStatusFrom(map).meetingSince == meeting.meetingSince);
    CHECK(statusJson(map).value("meeting_since").toString() == "2026-12-05T09:44:00");
    const auto none = toStatusMap(sittingFor(20min), kExtras);
    CHECK_FALSE(none.contains("meeting_since"));
    CHECK(statusJson(none).value("meeting_since").isNull());
    CHECK_FALSE(flexor::dbus::engineStatusFrom(none).meetingSince.has_value());
}
