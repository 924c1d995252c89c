// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SittingState.h"

namespace flexor::core {

// Between two state changes only the clock moves the status: a running streak grows and
// every countdown (reminder, snooze, pause, standing) shrinks towards zero. A client told the
// status once can therefore compute it for any later moment, and the daemon need not
// announce what the clock alone did (the tray ring's steps).
EngineStatus projectStatus(const EngineStatus& status, Duration elapsed);

// True when `actual` differs from `expected` by more than `tolerance` in a duration or in
// anything else at all: something other than the clock changed it.
bool changedBeyondTheClock(const EngineStatus& expected, const EngineStatus& actual,
                           Duration tolerance);

} // namespace flexor::core
