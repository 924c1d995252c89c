# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The opt-in firmer break (escalation = "break-screen") on a real X server with two monitors
(Xvfb with two screens): once the snoozes are used up, the routine opens full screen on one
monitor and the pose with the countdown on the other, one window per monitor at its full size.
Skip and Esc each ask once more; declined, the routine goes on; confirmed, it is a skipped
break."""

import re
import unittest

from desktop import Desktop, visible_windows, wait_until

# Two X screens (:N.0 and :N.1), each a monitor to Qt; every window's geometry is on its own
# screen's root, so both start at 0,0.
SCREENS = ((0, 0, 1280, 720), (0, 0, 1024, 768))

CONFIG = """
remind_after = "2s"
max_snoozes = 0
escalation = "break-screen"
schedule = false
routine = "quick"
voice = false
sound = false
"""


def window_geometries(desktop, title):
    """Geometry (x, y, width, height) of every visible window with this exact title, each on
    its own X screen's root (xwininfo reads windows of any screen)."""
    found = []
    for window in visible_windows(desktop, title=title):
        info = desktop.run(["xwininfo", "-id", window], check=False).stdout
        found.append(tuple(int(re.search(rf"{label}:\s+(-?\d+)", info).group(1)) for label in
                           ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")))
    return sorted(found)


class BreakScreenTest(unittest.TestCase):
    def setUp(self):
        screens = [f"{width}x{height}" for _, _, width, height in SCREENS]
        self.desktop = self.enterContext(Desktop(tray=None, screen=screens))
        self.desktop.start_flexor(CONFIG)
        self.desktop.keep_active()

    def key(self, name):
        self.desktop.xdotool("key", name)

    def test_full_screen_on_every_monitor_and_skip_asks_once_more(self):
        d = self.desktop
        d.wait_for_log(r"reminder \(escalated\)", timeout=20)
        d.wait_for_log(r"break screen: routine window full screen on \S+ and 1 other screen")
        windows = wait_until(lambda: (w := window_geometries(d, "Quick hip opener"))
                             == sorted(SCREENS) and w, timeout=15,
                             what="one full-size window per monitor")
        self.assertEqual(windows, sorted(SCREENS))
        wait_until(lambda: d.status()["state"] == "in-routine", what="in-routine")
        self.assertEqual(d.displayed_notifications(), 0, "the break screen replaces the reminder")

        # Esc asks; Esc again declines and the routine goes on.
        self.key("Escape")
        d.wait_for_log(r"break screen: asked to skip")
        wait_until(lambda: window_geometries(d, "Skip this break?"), what="the question")
        self.key("Escape")
        d.wait_for_log(r"break screen: skip declined, the routine goes on")
        self.assertEqual(d.status()["state"], "in-routine")
        self.assertEqual(window_geometries(d, "Quick hip opener"), sorted(SCREENS))

        # Skip asks too; confirmed, it is a skipped break and every window goes.
        offset = len(d.flexor_log())
        d.xdotool("search", "--onlyvisible", "--name", "^Quick hip opener$", "windowfocus",
                  "--sync")
        self.key("Escape")
        d.wait_for_log(r"break screen: asked to skip", after=offset)
        wait_until(lambda: window_geometries(d, "Skip this break?"), what="the question")
        self.key("Return")
        d.wait_for_log(r"break screen: skip confirmed", after=offset)
        d.wait_for_log(r"routine quick stopped after", after=offset)
        d.wait_for_log(r"event skip", after=offset)
        wait_until(lambda: not window_geometries(d, "Quick hip opener"), what="the windows to go")
        status = wait_until(lambda: (s := d.status())["state"] != "in-routine" and s,
                            what="the routine to end")
        self.assertLess(status["streak_seconds"], 5, "a skipped break starts the count over")


if __name__ == "__main__":
    unittest.main()
