// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LocalNow.h"

#include <ctime>

namespace flexor::platform::history {

core::LocalTime localNow() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return core::LocalTime{std::chrono::seconds(now + local.tm_gmtoff)};
}

} // namespace flexor::platform::history
