// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SystemClock.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <climits>
#include <cstdlib>
#include <spdlog/spdlog.h>
#include <time.h>

namespace flexor::platform {

namespace {

core::MonoTime bootTime() {
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    const auto ms =
        std::chrono::seconds(ts.tv_sec) +
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::nanoseconds(ts.tv_nsec));
    return core::MonoTime(ms);
}

// Seconds since the epoch as the local calendar reads them (UTC offset folded in).
core::LocalTime localCalendarTime(const QDateTime& moment) {
    const QDateTime local = moment.toLocalTime();
    return core::LocalTime(std::chrono::seconds(local.toSecsSinceEpoch() + local.offsetFromUtc()));
}

std::chrono::seconds readTestClockShift() {
    const char* localTime = std::getenv("FLEXOR_TEST_LOCAL_TIME");
    if (!localTime || !*localTime) {
        return std::chrono::seconds(0);
    }
    const char* epochText = std::getenv("FLEXOR_TEST_CLOCK_EPOCH");
    const qint64 epoch = epochText && *epochText ? QByteArray(epochText).toLongLong()
                                                 : QDateTime::currentSecsSinceEpoch();
    const auto result =
        testClockShift(localTime, localCalendarTime(QDateTime::fromSecsSinceEpoch(epoch)));
    if (!result.error.empty()) {
        spdlog::error("FLEXOR_TEST_LOCAL_TIME={}: {}; using the real clock", localTime,
                      result.error);
        return std::chrono::seconds(0);
    }
    spdlog::warn("test clock: the local time was {} at {} (FLEXOR_TEST_LOCAL_TIME)", localTime,
                 epoch);
    return result.shift;
}

// Read once: a test clock is fixed for the life of the process.
std::chrono::seconds wallClockShift() {
    static const std::chrono::seconds shift = readTestClockShift();
    return shift;
}

} // namespace

TestClockShift testClockShift(std::string_view localTime, core::LocalTime realLocalAtEpoch) {
    const QDateTime wanted = QDateTime::fromString(
        QString::fromUtf8(localTime.data(), qsizetype(localTime.size())), Qt::ISODate);
    if (!wanted.isValid() || wanted.timeSpec() != Qt::LocalTime) {
        return {std::chrono::seconds(0), "not a local date and time like 2026-12-05T09:00:00"};
    }
    // Both sides as local calendar seconds: the shift moves the calendar, whatever the zone.
    QDateTime asUtc = wanted;
    asUtc.setTimeZone(QTimeZone::utc());
    const auto wantedCalendar = std::chrono::seconds(asUtc.toSecsSinceEpoch());
    return {wantedCalendar - realLocalAtEpoch.time_since_epoch(), {}};
}

core::Instant now() {
    return {bootTime(), localCalendarTime(QDateTime::currentDateTime()) + wallClockShift()};
}

std::int64_t wallMilliseconds() {
    return QDateTime::currentMSecsSinceEpoch() +
           std::chrono::duration_cast<std::chrono::milliseconds>(wallClockShift()).count();
}

} // namespace flexor::platform
