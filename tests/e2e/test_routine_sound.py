# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The routine's sound cues and the sound server: a PulseAudio server that takes the
connection and never answers (a stand-in on the user's PulseAudio socket) never freezes the
routine window; the cues stay silent and the log says why once, when the routine ends."""

import re
import unittest

from desktop import Desktop
from hung_services import (SPACE_IN_QUICK, open_quick_routine, seconds_to_answer,
                           start_silent_server)

SHOWN = 10.0  # seconds from `flexor stretch` to the window on screen, ASan and a busy machine
REACTION = 1.0  # seconds from a key press to the window's answer


class HungSoundServerTest(unittest.TestCase):
    def setUp(self):
        self.desktop = self.enterContext(Desktop(tray=None))

    def test_a_sound_server_that_never_answers_freezes_nothing(self):
        d = self.desktop
        # The stand-in on PulseAudio's socket: libpulse's handshake (and with it libcanberra's
        # open and play) waits for a reply that never comes.
        socket = d.runtime / "pulse" / "native"
        start_silent_server(d, socket, "pulseaudio-hung-standin")
        # Where libpulse looks first, so no other server (the X root window's, a system one)
        # is asked instead.
        d.env["PULSE_SERVER"] = f"unix:{socket}"
        d.start_flexor('schedule = false\nsound = true\nvoice = false\n')
        d.keep_active()

        open_quick_routine(d, shown=SHOWN)
        took = seconds_to_answer(d, SPACE_IN_QUICK, r"routine quick paused", REACTION)
        print(f"Space to 'paused': {took:.3f} s")
        # Resumed, the first hold's cue falls due (get ready is 5 s) and is queued, not played
        # on the window's thread: the window still answers after it.
        offset = len(d.flexor_log())
        seconds_to_answer(d, ["key", "space"], r"routine quick resumed", REACTION)
        d.wait_for_log(r"routine quick: hold", timeout=15, after=offset)
        took = seconds_to_answer(d, ["key", "space"], r"routine quick paused", REACTION)
        print(f"Space to 'paused' after a cue: {took:.3f} s")
        d.xdotool("key", "Escape")
        d.wait_for_log(r"routine quick stopped after", timeout=REACTION * 5)
        # The silence is explained once, when the routine program ends.
        d.wait_for_log(r"sound cues off: the sound server never answered")
        self.assertEqual(len(re.findall(r"sound cues off", d.flexor_log())), 1, d.flexor_log())


if __name__ == "__main__":
    unittest.main()
