# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Do not disturb: while the active window is fullscreen (a presentation, a call), the reminder
waits until it ends, or at most dnd_max_delay. Uses a real window manager (openbox) and a
real fullscreen window."""

import shutil
import unittest

from desktop import Desktop, wait_until

CONFIG = """
remind_after = "2s"
away_after = "10m"
dnd_max_delay = "{delay}"
schedule = false
"""


@unittest.skipUnless(shutil.which("openbox") and shutil.which("wmctrl"),
                     "openbox and wmctrl are needed (packaging/debian-deps.txt)")
class FullscreenTest(unittest.TestCase):
    def fullscreen_window(self, desktop):
        """Starts openbox and makes xlogo the active, fullscreen window."""
        # openbox 3.6 reads X events during its start-up and only handles them once a later
        # event arrives, so a window mapped then can stay unmanaged for good. --startup runs
        # its command right before openbox enters its event loop: wait for that first.
        ready = desktop.root / "openbox-ready"
        desktop.spawn(["openbox", "--sm-disable", "--startup", f"touch {ready}"], "openbox")
        wait_until(ready.exists, what="openbox to enter its event loop")
        desktop.spawn(["xlogo"], "xlogo")
        wait_until(lambda: "xlogo" in desktop.run(["wmctrl", "-l"], check=False).stdout,
                   what="openbox to manage the xlogo window")
        desktop.run(["wmctrl", "-a", "xlogo"])
        self.set_fullscreen(desktop, True)

    def set_fullscreen(self, desktop, fullscreen):
        change = "add" if fullscreen else "remove"
        desktop.run(["wmctrl", "-r", "xlogo", "-b", f"{change},fullscreen"])
        wait_until(lambda: is_fullscreen(desktop, "xlogo") == fullscreen,
                   what=f"openbox to {change} xlogo's fullscreen state")

    def test_reminder_waits_for_fullscreen_to_end(self):
        with Desktop(tray=None) as desktop:
            self.fullscreen_window(desktop)
            desktop.start_flexor(CONFIG.format(delay="10m"))
            desktop.wait_for_log(r"active window fullscreen")
            desktop.wait_for_log(r"reminder held", timeout=6)
            self.assertEqual(desktop.notify_calls(), [])
            self.set_fullscreen(desktop, False)
            desktop.wait_for_log(r"reminder released: do-not-disturb ended")
            wait_until(lambda: desktop.notify_calls(), what="the reminder")

    def test_reminder_shows_after_dnd_max_delay(self):
        with Desktop(tray=None) as desktop:
            self.fullscreen_window(desktop)
            desktop.start_flexor(CONFIG.format(delay="3s"))
            desktop.wait_for_log(r"active window fullscreen")
            desktop.wait_for_log(r"reminder held", timeout=6)
            self.assertEqual(desktop.notify_calls(), [])
            desktop.wait_for_log(r"reminder released: waited dnd_max_delay", timeout=6)
            wait_until(lambda: desktop.notify_calls(), what="the reminder")


def is_fullscreen(desktop, name):
    """Whether the window manager marked the window named `name` fullscreen."""
    out = desktop.run(["xprop", "-name", name, "_NET_WM_STATE"], check=False).stdout
    return "_NET_WM_STATE_FULLSCREEN" in out


if __name__ == "__main__":
    unittest.main()
