// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace flexor::routine {

// What a screen reader is told about the routine's painted widgets, beside ui's factory for
// the widgets every window shares: the countdown ring is a progress bar with a value
// (AccessibleCountdown), the pose picture an image, the routine window a frame. Safe to call
// more than once; each of those widgets calls it when it is made, and the routine program as
// it starts.
void installRoutineAccessibleFactory();

} // namespace flexor::routine
