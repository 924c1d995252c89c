// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Time.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace flexor::cli {

// What `flexor status` prints, from the daemon's status map (dbus/StatusMap).

// `flexor status --json`: the same keys, with null for an absent countdown.
QJsonObject statusJson(const QVariantMap& status);

// `flexor status --waybar`: text, tooltip, class and percentage for waybar's custom module.
QJsonObject waybarJson(const QVariantMap& status, core::LocalTime now);

// `flexor status`: the state in words for people (ui::statusText), as the tray's tooltip says
// it; `now` names the day counting starts on.
QString statusLine(const QVariantMap& status, core::LocalTime now);

} // namespace flexor::cli
