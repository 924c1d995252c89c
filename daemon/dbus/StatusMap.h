// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/SittingState.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <optional>

namespace flexor::dbus {

// What the status carries besides the engine's own view.
struct StatusExtras {
    QString presence;
    bool senses = true;
    QString routine;
    core::Duration remindAfter{};
    QStringList meetingWhy;                        // camera, microphone, screen, by-hand
    std::optional<core::LocalTime> countingStarts; // off schedule: when counting begins
    QVariantList machines;                         // the other machines in share_folder (maps)
    core::Duration dailyLimit{};                   // 0: no daily sitting budget
    std::optional<core::Duration> sittingToday{};  // only with a budget (a history read)
};

// The dictionary of io.github.flexor.Flexor1.Status (keys documented in the XML).
QVariantMap toStatusMap(const core::EngineStatus& status, const StatusExtras& extras);

// counting_starts of a status map: the local time at which an off-schedule state begins to
// count, when the map has one.
std::optional<core::LocalTime> countingStartsFrom(const QVariantMap& status);

// meeting_since of a status map: the local time the meeting going on began, when one does.
std::optional<core::LocalTime> meetingSinceFrom(const QVariantMap& status);

// The engine's part of a status map.
core::EngineStatus engineStatusFrom(const QVariantMap& status);

// The status `elapsed` later, if nothing but the clock moves it (core::projectStatus): what a
// client computes between two StateChanged signals.
QVariantMap projectedStatusMap(const QVariantMap& status, core::Duration elapsed);

// True when `now` says something that `told`, `elapsed` earlier, does not already imply.
bool changedBeyondTheClock(const QVariantMap& told, core::Duration elapsed, const QVariantMap& now);

} // namespace flexor::dbus
