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

namespace {

uint seconds(core::Duration d) {
    return static_cast<uint>(
        std::max<long long>(0, duration_cast<std::chrono::seconds>(d).count()));
}

} // namespace

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
    const auto engine = dbus::engineStatusFrom(status);
    const auto remindAfter = std::max(1u, status.value(kRemindAfter).toUInt());
    const int percentage =
        static_cast<int>(std::min<uint>(100, seconds(engine.streak) * 100 / remindAfter));
    QJsonObject json;
    json.insert(QStringLiteral("text"), ui::durationText(engine.streak));
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
