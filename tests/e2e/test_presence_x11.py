# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The X11 backends (SYNC, and the MIT-SCREEN-SAVER fallback with XInput2's raw events) under a
real Xvfb with xdotool input: idle and return are reported promptly after the real change, and
the probe does not wake up in between."""

import time
import unittest

from compositors import RETURN_REPORTED_WITHIN, Probe, tool
from desktop import Desktop


def probe_on(desktop, threshold_ms, preference="auto"):
    return Probe([tool("presence_probe"), str(threshold_ms), preference], dict(desktop.env))


class X11SyncUnderXvfb(unittest.TestCase):
    threshold_ms = 1000

    def setUp(self):
        self.desktop = self.enterContext(
            Desktop(tray=None, notifications=False, monitor_bus=False))
        self.probe = None

    def tearDown(self):  # before the desktop's clean-up: the probe goes first
        if self.probe:
            self.probe.stop()

    def test_idle_and_return_are_reported_promptly_after_the_real_change(self):
        self.probe = probe_on(self.desktop, self.threshold_ms)
        self.probe.wait_for("backend x11-sync")
        # Nothing has moved since Xvfb started, so the probe first goes idle on its own (at once
        # if start-up took longer than the threshold). Waiting for that makes the next input the
        # one that ends a known idle period, rather than racing it.
        self.probe.wait_for(r"idle \d+", timeout=5)
        before = len(self.probe.lines())
        input_started = time.monotonic()
        self.desktop.keep_active()
        active_at, _ = self.probe.wait_for("active", timeout=5, after=before)
        idle_at, idle = self.probe.wait_for(r"idle (\d+)", timeout=5, after=before)
        self.assertEqual(self.probe.lines()[before:], ["active", idle.group(0)])
        # The server handled the input between the start of xdotool and the probe's report of
        # the return: those bound the real input time from either side, whatever xdotool's own
        # start-up and exit cost under load.
        self.assertGreaterEqual(idle_at - input_started, self.threshold_ms / 1000)
        self.assertLess(idle_at - active_at, self.threshold_ms / 1000 + RETURN_REPORTED_WITHIN)
        self.assertGreaterEqual(int(idle.group(1)), self.threshold_ms)

        before = len(self.probe.lines())
        self.desktop.xdotool("key", "shift")
        input_at = time.monotonic()
        back_at, _ = self.probe.wait_for("active", timeout=5, after=before)
        self.assertLess(back_at - input_at, RETURN_REPORTED_WITHIN)

    def test_the_probe_does_not_wake_while_the_user_keeps_working_or_stays_away(self):
        self.assert_quiet_while_working_and_away("x11-sync")

    def test_the_screensaver_fallback_does_not_wake_while_working_or_away(self):
        # It once asked for the idle time every second while the user was away.
        self.assert_quiet_while_working_and_away("x11-screensaver")

    def assert_quiet_while_working_and_away(self, backend):
        self.probe = probe_on(self.desktop, 3000, backend)
        self.probe.wait_for(f"backend {backend}")
        # Away once and back first: the work below comes after a return, when a backend that
        # listened for that return must have stopped listening.
        self.probe.wait_for(r"idle \d+", timeout=6)
        self.desktop.keep_active()
        self.probe.wait_for("active", timeout=5)
        working_start = self.probe.wait_until_quiet()  # the return is handled before counting
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline:  # steady input, never reaching the threshold
            self.desktop.keep_active()
        woke_while_working = self.probe.context_switches() - working_start

        self.probe.wait_for(r"idle \d+", timeout=6, after=3)
        away_start = self.probe.wait_until_quiet()  # the idle event is handled
        time.sleep(3.0)  # the user stays away for 3 s: the measured window, not a wait
        woke_while_away = self.probe.context_switches() - away_start

        # A transition costs a few switches (X event, stdout); a poll at even 1 Hz would cost
        # 6 or more here, and input events still selected while working 20+.
        self.assertLessEqual(woke_while_working, 4)
        self.assertLessEqual(woke_while_away, 4)
        self.assertRegex("\n".join(self.probe.lines()[1:]), r"^idle \d+\nactive\nidle \d+$")

    def test_the_screensaver_fallback_senses_idle_and_the_return_of_each_kind_of_input(self):
        self.probe = probe_on(self.desktop, self.threshold_ms, "x11-screensaver")
        self.probe.wait_for("backend x11-screensaver")
        self.desktop.keep_active()
        inputs = {"a key": ("key", "shift"), "a button": ("click", "1"),
                  "the mouse": ("mousemove_relative", "--", "1", "0")}
        for kind, xdotool_args in inputs.items():
            with self.subTest(kind):
                before = len(self.probe.lines())
                self.probe.wait_for(r"idle \d+", timeout=5, after=before)
                before = len(self.probe.lines())
                self.desktop.xdotool(*xdotool_args)
                input_done = time.monotonic()  # the latest moment the input was handled
                back_at, _ = self.probe.wait_for("active", timeout=5, after=before)
                self.assertLess(back_at - input_done, RETURN_REPORTED_WITHIN)
                self.assertEqual(self.probe.lines()[before], "active")

if __name__ == "__main__":
    unittest.main()
