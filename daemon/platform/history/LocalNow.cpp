// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LocalNow.h"

#include "platform/SystemClock.h"

namespace flexor::platform::history {

core::LocalTime localNow() {
    return platform::now().local;
}

} // namespace flexor::platform::history
