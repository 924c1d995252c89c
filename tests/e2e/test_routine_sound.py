# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The routine's sound cues and the sound server: a PulseAudio server that takes the
connection and never answers (a stand-in on the user's PulseAudio socket) never freezes the
routine window; the cues stay silent and the log says why once, when the routine ends."""

import re
import sys
import time
import unittest

from desktop import Desktop, visible_window, wait_until

# Takes every connection on PulseAudio's socket and never says a word back, so libpulse's
# handshake (and with it libcanberra's open and play) waits for a reply that never comes.
HUNG_PULSE_STANDIN = """
import socket, sys
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(sys.argv[1])
server.listen(16)
clients = []
while True:
    clients.append(server.accept()[0])
"""

SHOWN = 10.0  # seconds from `flexor stretch` to the window on screen, ASan and a busy machine
REACTION = 1.0  # seconds from a key press to the window's answer


class HungSoundServerTest(unittest.TestCase):
    def setUp(self):
        self.desktop = self.enterContext(Desktop(tray=None))

    def test_a_sound_server_that_never_answers_freezes_nothing(self):
        d = self.desktop
        socket_dir = d.runtime / "pulse"
        socket_dir.mkdir()
        socket = socket_dir / "native"
        d.spawn([sys.executable, "-c", HUNG_PULSE_STANDIN, str(socket)],
                "pulseaudio-hung-standin")
        wait_until(socket.exists, what="the stand-in's socket")
        # Where libpulse looks first, so no other server (the X root window's, a system one)
        # is asked instead.
        d.env["PULSE_SERVER"] = f"unix:{socket}"
        d.start_flexor('schedule = false\nsound = true\nvoice = false\n')
        d.keep_active()

        self.assertEqual(d.cli("stretch", "quick").returncode, 0)
        wait_until(lambda: visible_window(d, "Quick hip opener"), timeout=SHOWN,
                   what="the routine window")
        d.wait_for_log(r"routine quick: get-ready \(hold 1 of 4\)")
        offset = len(d.flexor_log())
        pressed = time.monotonic()
        d.xdotool("search", "--onlyvisible", "--name", "^Quick hip opener$", "windowfocus",
                  "--sync", "key", "space")
        d.wait_for_log(r"routine quick paused", timeout=REACTION, after=offset)
        print(f"Space to 'paused': {time.monotonic() - pressed:.3f} s")
        # Resumed, the first hold's cue falls due (get ready is 5 s) and is queued, not played
        # on the window's thread: the window still answers after it.
        offset = len(d.flexor_log())
        d.xdotool("key", "space")
        d.wait_for_log(r"routine quick resumed", timeout=REACTION, after=offset)
        d.wait_for_log(r"routine quick: hold", timeout=15, after=offset)
        offset = len(d.flexor_log())
        pressed = time.monotonic()
        d.xdotool("key", "space")
        d.wait_for_log(r"routine quick paused", timeout=REACTION, after=offset)
        print(f"Space to 'paused' after a cue: {time.monotonic() - pressed:.3f} s")
        d.xdotool("key", "Escape")
        d.wait_for_log(r"routine quick stopped after", timeout=REACTION * 5)
        # The silence is explained once, when the routine program ends.
        d.wait_for_log(r"sound cues off: the sound server never answered")
        self.assertEqual(len(re.findall(r"sound cues off", d.flexor_log())), 1, d.flexor_log())


if __name__ == "__main__":
    unittest.main()
