// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace flexor::ui {

// Tells Qt's accessibility layer what the shared painted widgets are, so a screen reader hears
// more than "filler": the sitting chart is a chart, the windows frames, StatusAnnouncer's news a
// notification (the routine's own widgets have routine/RoutineAccessibleFactory). Safe to call
// more than once; each of those widgets calls it when it is made, and every program as it
// starts (start/ProgramStart).
void installAccessibleFactory();

} // namespace flexor::ui
