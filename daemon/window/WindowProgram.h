// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace flexor::window {

// flexor-window [--page now|statistics|settings|welcome] [--verbose]: the Flexor window, started
// by the daemon on demand (app/WindowLauncher) and ended when it is closed. The daemon asks an
// open window to show a page again with a line "show PAGE TOKEN" on its stdin.
int runWindowProgram(int argc, char** argv);

} // namespace flexor::window
