// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace flexor::ui {

// Tells Qt's accessibility layer what Flexor's painted widgets are, so a screen reader hears
// more than "filler": the countdown ring is a progress bar with a value (AccessibleCountdown),
// the pose picture an image, the sitting chart a chart, the windows frames, StatusAnnouncer's news
// a notification. Safe to call more than once; each of those widgets calls it when it is made.
void installAccessibleFactory();

} // namespace flexor::ui
