# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The session watcher follows the X server's own screensaver (MIT-SCREEN-SAVER notify
events), under a real Xvfb driven by `xset s activate` / `xset s reset`."""

import unittest

from compositors import Probe, tool
from desktop import Desktop


class X11ScreenSaverLock(unittest.TestCase):
    def test_the_x11_screensaver_turning_on_and_off_is_a_lock_and_an_unlock(self):
        with Desktop(tray=None, notifications=False, monitor_bus=False) as desktop:
            env = dict(desktop.env, DBUS_SYSTEM_BUS_ADDRESS=f"unix:path={desktop.root}/none")
            watcher = Probe([tool("session_probe")], env)
            self.addCleanup(watcher.stop)
            watcher.wait_for("started")
            desktop.run(["xset", "s", "activate"])
            watcher.wait_for("locked")
            desktop.run(["xset", "s", "reset"])
            watcher.wait_for("unlocked")
            self.assertEqual(watcher.lines(), ["started", "locked", "unlocked"])


if __name__ == "__main__":
    unittest.main()
