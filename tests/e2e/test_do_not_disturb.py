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
        desktop.spawn(["openbox"], "openbox")
        wait_until(lambda: desktop.run(["wmctrl", "-m"], check=False).returncode == 0,
                   what="the window manager")
        desktop.spawn(["xlogo"], "xlogo")
        wait_until(lambda: "xlogo" in desktop.run(["wmctrl", "-l"], check=False).stdout,
                   what="the xlogo window")
        desktop.run(["wmctrl", "-a", "xlogo"])
        desktop.run(["wmctrl", "-r", "xlogo", "-b", "add,fullscreen"])

    def test_reminder_waits_for_fullscreen_to_end(self):
        with Desktop(tray=None) as desktop:
            self.fullscreen_window(desktop)
            desktop.start_flexor(CONFIG.format(delay="10m"))
            desktop.wait_for_log(r"active window fullscreen")
            desktop.wait_for_log(r"reminder held", timeout=6)
            self.assertEqual(desktop.notify_calls(), [])
            desktop.run(["wmctrl", "-r", "xlogo", "-b", "remove,fullscreen"])
            desktop.wait_for_log(r"reminder released: fullscreen ended")
            wait_until(lambda: desktop.notify_calls(), what="the reminder")

    def test_reminder_shows_after_dnd_max_delay(self):
        with Desktop(tray=None) as desktop:
            self.fullscreen_window(desktop)
            desktop.start_flexor(CONFIG.format(delay="3s"))
            desktop.wait_for_log(r"reminder held", timeout=6)
            self.assertEqual(desktop.notify_calls(), [])
            desktop.wait_for_log(r"reminder released: waited dnd_max_delay", timeout=6)
            wait_until(lambda: desktop.notify_calls(), what="the reminder")


if __name__ == "__main__":
    unittest.main()
