// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Time.h"

#include <QString>

namespace flexor::ui {

// A duration for people, in their language: "47 min", "1 h 05 min", "40 s" in English,
// "47 Min.", "1 Std. 05 Min." in German. The one place durations are worded for people.
QString durationText(core::Duration d);

} // namespace flexor::ui
