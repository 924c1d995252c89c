# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The presence backend chosen in each desktop situation, with the real chooser (run by the
probe). GNOME, sway and KWin are covered by test_presence_gnome/_sway/_kwin: each asserts the
backend auto-chosen there."""

import unittest

from test_presence_x11 import probe_on
from desktop import Desktop


class BackendChoice(unittest.TestCase):
    def setUp(self):
        self.desktop = self.enterContext(
            Desktop(tray=None, notifications=False, monitor_bus=False))

    def choose(self, preference="auto", **env):
        env_before = dict(self.desktop.env)
        for key, value in env.items():
            if value is None:
                self.desktop.env.pop(key, None)
            else:
                self.desktop.env[key] = value
        probe = probe_on(self.desktop, 5000, preference)
        self.desktop.env = env_before
        self.addCleanup(probe.stop)
        backend = probe.wait_for(r"backend (.*)")[1].group(1)
        return backend, probe.log()

    def test_plain_x11_gets_the_sync_backend(self):
        backend, log = self.choose()
        self.assertEqual(backend, "x11-sync")
        self.assertIn("passed over gnome", log)

    def test_nothing_to_ask_gets_none_with_the_warning(self):
        backend, log = self.choose(DISPLAY=None)
        self.assertEqual(backend, "none unsensed")
        self.assertIn("activity can't be sensed on this desktop", log)

    def test_a_forced_backend_is_honoured(self):
        backend, log = self.choose("x11-screensaver")
        self.assertEqual(backend, "x11-screensaver")
        self.assertIn("using x11-screensaver (set in the config)", log)

    def test_a_forced_backend_that_cannot_work_falls_back_to_the_automatic_order(self):
        backend, log = self.choose("gnome")
        self.assertEqual(backend, "x11-sync")
        self.assertIn("passed over gnome: org.gnome.Mutter.IdleMonitor is not on the session bus",
                      log)

    def test_x11_under_wayland_is_used_only_when_nothing_else_works_and_says_so(self):
        backend, log = self.choose(WAYLAND_DISPLAY="no-such-compositor")
        self.assertEqual(backend, "x11-sync")
        self.assertIn("passed over ext-idle-notify: cannot connect to the Wayland display", log)
        self.assertIn("sees only input sent to X clients", log)


if __name__ == "__main__":
    unittest.main()
