// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Time.h"

namespace flexor::platform::history {

// The wall time now in the user's time zone (the TZ environment or /etc/localtime).
core::LocalTime localNow();

} // namespace flexor::platform::history
