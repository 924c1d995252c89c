# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A Wayland idle inhibitor keeps the compositor's idle notification from coming, so Flexor's
Wayland presence backend never reports "idle" while a video plays: the real headless sway 1.7
(org_kde_kwin_idle) and KWin 5.27 (ext-idle-notify-v1, whose idle notification honours
inhibitors by the protocol's definition), with a real client holding a
zwp_idle_inhibitor_v1 on a mapped window (tests/tools/idle_inhibit_client). The presence probe
runs Flexor's own backend classes."""

import time
import unittest

from compositors import KWin, Sway, tool
from desktop import wait_until

# Long enough for the inhibiting client to start (under sanitizers, on a loaded machine)
# between the last input and the moment idle would come.
THRESHOLD_MS = 3000


class IdleInhibitorOnWayland(unittest.TestCase):
    def check_inhibitor_holds_idle_off(self, compositor, backend):
        probe = compositor.presence_probe(THRESHOLD_MS)
        probe.wait_for(f"backend {backend}")
        # One idle period first: the probe and the compositor's idle timer both work here.
        compositor.user_input()
        probe.wait_for(r"idle \d+", timeout=15)

        # As with a player: the user clicks play (input), then the window inhibits idle.
        before = len(probe.lines())
        compositor.user_input()
        probe.wait_for("active", timeout=5, after=before)
        video = compositor.probe([tool("idle_inhibit_client")])
        video.wait_for("inhibiting")
        self.assertEqual(probe.lines()[before:], ["active"], "idle came before the inhibitor")
        # Three thresholds with no input and no idle: the inhibitor holds it off. (A watch that
        # ignored the inhibitor reports idle after one.)
        quiet_until = time.monotonic() + 3 * THRESHOLD_MS / 1000
        wait_until(lambda: time.monotonic() >= quiet_until or
                   any(line.startswith("idle") for line in probe.lines()[before:]),
                   timeout=15, what="three thresholds to pass")
        self.assertEqual(probe.lines()[before:], ["active"])

        # The player closes: idle comes again, one threshold later.
        video.stop()
        closed = time.monotonic()
        idle_at, _ = probe.wait_for(r"idle \d+", timeout=15, after=before)
        print(f"{compositor.name}: idle {idle_at - closed:.2f} s after the inhibitor went")
        return probe

    def test_sway_sends_no_idle_while_a_window_inhibits_it(self):
        with Sway() as sway:
            self.check_inhibitor_holds_idle_off(sway, "kde-idle")

    def test_kwin_ext_idle_notify_honours_an_idle_inhibitor(self):
        with KWin() as kwin:
            self.check_inhibitor_holds_idle_off(kwin, "ext-idle-notify")


if __name__ == "__main__":
    unittest.main()
