// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StatusOutput.h"

#include "dbus/StatusKeys.h"
#include "dbus/StatusMap.h"
#include "ui/DurationText.h"
#include "ui/TrayLook.h"

#include <algorithm>

namespace flexor::cli {

using namespace std::chrono;
using namespace dbus::status_key;
using dbus::countingStartsFrom;
using dbus::engineStatusFrom;
using ui::durationText;

QJsonObject statusJson(const QVariantMap& status) {
    QJsonObject json = QJsonObject::fromVariantMap(status);
    for (const auto& optional : {kReminderIn, kEndsIn, kCountingStarts, kMeetingSince}) {
        if (!json.contains(optional)) {
            json.insert(optional, QJsonValue::Null);
        }
    }
    return json;
}

QJsonObject waybarJson(const QVariantMap& status, core::LocalTime now) {
    // In the map's whole seconds; a remind_after of 0 (none) shows as reached.
    const uint streak = status.value(kStreak).toUInt();
    const uint remindAfter = std::max(1u, status.value(kRemindAfter).toUInt());
    const int percentage = static_cast<int>(std::min<uint>(100, streak * 100 / remindAfter));
    QJsonObject json;
    json.insert(QStringLiteral("text"), durationText(seconds(streak)));
    json.insert(QStringLiteral("tooltip"), statusLine(status, now));
    json.insert(QStringLiteral("class"), status.value(kState).toString());
    json.insert(QStringLiteral("percentage"), percentage);
    return json;
}

QString statusLine(const QVariantMap& status, core::LocalTime now) {
    return ui::statusText(engineStatusFrom(status), status.value(kSenses, true).toBool(), now,
                          countingStartsFrom(status));
}

} // namespace flexor::cli
