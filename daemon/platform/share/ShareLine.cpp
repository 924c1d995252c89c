// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/share/ShareLine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>

namespace flexor::platform {

namespace {

constexpr std::array<std::string_view, 7> kEvents{
    "present", "away", "break", "snooze", "skip", "routine-started", "routine-ended"};

// Whole milliseconds that fit a double exactly (JSON numbers), from 2000 to 2200.
std::optional<std::int64_t> moment(const QJsonValue& value) {
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (!(d >= 946684800000.0 && d <= 7258118400000.0)) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(d);
}

} // namespace

std::string formatShareLine(const ShareLine& line) {
    std::string out = "{\"t\":" + std::to_string(line.t) + ",\"ev\":\"" + line.ev + "\"";
    if (line.ev == "present" || line.ev == "away") {
        out += ",\"since\":" + std::to_string(line.since);
    }
    if (line.ev == "snooze") {
        out += ",\"until\":" + std::to_string(line.until);
    }
    return out + "}\n";
}

std::optional<ShareLine> parseShareLine(std::string_view text) {
    if (text.empty() || text.size() > kMaxShareLineBytes || text.front() != '{') {
        return std::nullopt;
    }
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size())), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    const auto t = moment(object.value(QLatin1String("t")));
    const QString ev = object.value(QLatin1String("ev")).toString();
    ShareLine line;
    line.ev = ev.toStdString();
    if (!t || std::find(kEvents.begin(), kEvents.end(), line.ev) == kEvents.end()) {
        return std::nullopt;
    }
    line.t = *t;
    if (line.ev == "present" || line.ev == "away") {
        const auto since = moment(object.value(QLatin1String("since")));
        if (!since) {
            return std::nullopt;
        }
        line.since = *since;
    }
    if (line.ev == "snooze") {
        const auto until = moment(object.value(QLatin1String("until")));
        if (!until) {
            return std::nullopt;
        }
        line.until = *until;
    }
    return line;
}

std::string utcDayName(std::int64_t ms) {
    using namespace std::chrono;
    const year_month_day day{floor<days>(sys_time<milliseconds>{milliseconds{ms}})};
    std::array<char, 16> name{};
    std::snprintf(name.data(), name.size(), "%04d-%02u-%02u", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return name.data();
}

} // namespace flexor::platform
