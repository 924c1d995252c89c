# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The routine runs in a child process (flexor-routine): killing it is an abandoned routine
and the daemon keeps running; without any speech or sound service the routine still runs,
with one log line each; the mute button is remembered for the next routine."""

import os
import re
import signal
import unittest

from desktop import Desktop, visible_window, wait_until


class RoutineProcessTest(unittest.TestCase):
    def start(self, config):
        self.desktop = self.enterContext(Desktop(tray=None))
        self.desktop.start_flexor("schedule = false\n" + config)
        self.desktop.keep_active()

    def stretch(self, name="quick", title="Quick hip opener"):
        offset = len(self.desktop.flexor_log())
        self.assertEqual(self.desktop.cli("stretch", name).returncode, 0)
        match = self.desktop.wait_for_log(
            rf"routine {name}: routine program started \(pid (\d+)\)", after=offset)
        wait_until(lambda: visible_window(self.desktop, title), timeout=15,
                   what="the routine window")
        return int(match.group(1)), offset

    def test_killing_the_routine_program_is_an_abandoned_routine(self):
        self.start("voice = false\nsound = false\n")
        pid, offset = self.stretch()
        wait_until(lambda: self.desktop.status()["state"] == "in-routine", what="in-routine")
        os.kill(pid, signal.SIGKILL)
        self.desktop.wait_for_log(r"routine quick: the routine program ended without an "
                                  r"outcome \(killed or crashed\): counted as abandoned",
                                  after=offset)
        self.desktop.wait_for_log(r"state in-routine -> \S+ .*abandon", after=offset)
        wait_until(lambda: self.desktop.status()["state"] != "in-routine",
                   what="the engine to leave the routine")
        self.assertIsNone(self.desktop.flexor.poll(), "the daemon died with its child")
        # The next routine starts as if nothing happened.
        self.stretch()

    def test_without_speech_or_sound_service_the_routine_runs_silently(self):
        # No audio server and no speech-dispatcher on this desktop, and none can be spawned.
        self.start('routine = "quick"\n')
        self.desktop.env["SPEECHD_ADDRESS"] = "unix_socket:" + str(self.desktop.root / "none")
        self.desktop.stop_flexor()
        self.desktop.start_flexor()
        self.stretch()
        self.desktop.wait_for_log(r"routine quick: get-ready \(hold 1 of 4\)")
        # Voice and sound connect in the background: their lines may come after the window's.
        self.desktop.wait_for_log(r"voice off: no speech service")
        self.desktop.wait_for_log(r"sound cues off: no sound server")
        log = self.desktop.flexor_log()
        self.assertEqual(len(re.findall(r"voice off: no speech service", log)), 1, log)
        self.assertEqual(len(re.findall(r"sound cues off: no sound server", log)), 1, log)
        self.desktop.xdotool("key", "Right")  # a hold starts: its cue is skipped quietly
        self.desktop.wait_for_log(r"routine quick: get-ready \(hold 2 of 4\)")
        self.assertNotRegex(self.desktop.flexor_log(), r"cue \S+ could not be played")

    def test_the_mute_button_is_remembered_for_the_next_routine(self):
        self.start("voice = false\nsound = false\n")
        marker = self.desktop.home / ".local" / "state" / "flexor" / "routine-muted"
        self.stretch()
        self.desktop.xdotool("key", "m")
        self.desktop.wait_for_log(r"routine quick muted")
        wait_until(marker.exists, what="the mute marker file")
        self.desktop.xdotool("key", "Escape")
        self.desktop.wait_for_log(r"routine quick stopped after")
        wait_until(lambda: visible_window(self.desktop, "Quick hip opener") is None,
                   what="the window to close")
        wait_until(lambda: self.desktop.status()["state"] != "in-routine", what="routine over")

        _, offset = self.stretch()
        self.desktop.wait_for_log(r"routine quick: muted \(the mute button was left on\)",
                                  after=offset)
        self.desktop.xdotool("key", "m")
        self.desktop.wait_for_log(r"routine quick unmuted", after=offset)
        wait_until(lambda: not marker.exists(), what="the mute marker to go")


if __name__ == "__main__":
    unittest.main()
