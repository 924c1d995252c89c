// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/SittingState.h"
#include "core/Time.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace flexor::cli {

// What `flexor status` prints, from the daemon's status map (dbus/StatusMap).

// The state in one line with durations from now, for `flexor status` and bar widgets.
// countingStarts: off schedule, when counting begins, in words ("Monday 08:00"), or empty.
QString statusSummary(const core::EngineStatus& status, bool senses,
                      const QString& countingStarts = {});

// `flexor status --json`: the same keys, with null for an absent countdown.
QJsonObject statusJson(const QVariantMap& status);

// `flexor status --waybar`: text, tooltip, class and percentage for waybar's custom module.
QJsonObject waybarJson(const QVariantMap& status, core::LocalTime now);

// `flexor status`: one line for people; `now` names the day counting starts on.
QString statusLine(const QVariantMap& status, core::LocalTime now);

} // namespace flexor::cli
