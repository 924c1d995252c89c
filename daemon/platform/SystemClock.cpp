// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SystemClock.h"

#include <QDateTime>
#include <algorithm>
#include <climits>
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

core::LocalTime localWallTime() {
    const QDateTime local = QDateTime::currentDateTime();
    // Seconds since the epoch as the local calendar reads them (UTC offset folded in).
    const qint64 seconds = local.toSecsSinceEpoch() + local.offsetFromUtc();
    return core::LocalTime(std::chrono::seconds(seconds));
}

} // namespace

core::Instant now() {
    return {bootTime(), localWallTime()};
}

std::int64_t wallMilliseconds() {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace flexor::platform
