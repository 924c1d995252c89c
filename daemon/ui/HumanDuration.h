// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Time.h"

#include <QString>

namespace flexor::ui {

// A duration as people read it, in their language: "40 s", "47 min", "1 h 05 min".
// The one wording for the tray, notifications, windows and the CLI.
QString humanDuration(core::Duration d);

} // namespace flexor::ui
