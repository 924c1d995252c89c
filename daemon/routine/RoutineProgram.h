// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace flexor::routine {

// flexor-routine: the guided routine as a program of its own, started by the daemon for one
// routine and gone when it ends, so the speech and audio libraries and the window never live
// in the daemon (whose memory goes back to its floor) and a crash here cannot stop it.
//
//   flexor-routine NAME [--finished-before N] [--no-voice] [--no-sound] [--break-screen]
//                  [--verbose]
//
// Talks to the daemon through its standard streams: prints "finished STEPS",
// "abandoned MS STEPS" or (break screen) "skipped MS STEPS" on stdout, reads "present" lines on
// stdin (bring the window to the front), and logs one line per event on stderr as "LEVEL message"
// for the daemon's log.
int runRoutineProgram(int argc, char** argv);

} // namespace flexor::routine
