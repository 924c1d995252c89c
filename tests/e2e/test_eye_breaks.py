# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Eye breaks (the 20-20-20 rule) end to end, in seconds: the small notification arrives after
eye_break_every of screen time, is low-urgency and transient, closes itself after
eye_break_for, and none comes during a meeting (said by hand through the tray's menu, read
over dbusmenu from a real StatusNotifierItem host)."""

import re
import time
import unittest

from desktop import Desktop, wait_until
from test_reminders import ActivityGenerator
from test_tray import layout_items

CONFIG = """
remind_after = "10m"
away_after = "10m"
schedule = false
eye_breaks = true
eye_break_every = "{every}"
eye_break_for = "{look_for}"
"""


def eye_breaks(desktop):
    return [n for n in desktop.notify_calls() if n["summary"] == "Rest your eyes"]


class EyeBreakTest(unittest.TestCase):
    def test_the_eye_break_arrives_and_closes_itself_at_its_time(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(CONFIG.format(every="4s", look_for="3s"))
            with ActivityGenerator(desktop):
                note = wait_until(lambda: eye_breaks(desktop), timeout=10,
                                  what="the eye break")[0]
                shown = time.monotonic()
                self.assertEqual(note["body"], "Look at something about 6 m away for 3 s.")
                self.assertEqual(note["hints"]["urgency"], "0")
                self.assertEqual(note["hints"]["transient"], "true")
                self.assertEqual(note["timeout"], 3000)
                self.assertEqual(note["actions"], {})
                wait_until(lambda: desktop.displayed_notifications() == 1,
                           what="the eye break on screen")
                wait_until(lambda: desktop.displayed_notifications() == 0, timeout=8,
                           what="the eye break to close itself")
                self.assertGreater(time.monotonic() - shown, 2.0)
            desktop.wait_for_log(r"eye break: look away for 3s")
            self.assertEqual(desktop.status()["state"], "sitting")

    def test_looking_away_for_eye_break_for_starts_the_count_over(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(CONFIG.format(every="6s", look_for="2s"))
            desktop.wait_for_log(r"eye breaks: looking away for 2s is sensed through x11-sync")
            desktop.keep_active()
            # Idle for 2 s every 4 s: the eyes rest before 6 s of screen time add up.
            deadline = time.monotonic() + 12
            while time.monotonic() < deadline:
                mark = len(desktop.flexor_log())
                desktop.wait_for_log(r"event eyes-resting", after=mark)
                desktop.keep_active()
                desktop.wait_for_log(r"event eyes-back", after=mark)
            self.assertEqual(eye_breaks(desktop), [])
            with ActivityGenerator(desktop):
                wait_until(lambda: eye_breaks(desktop), timeout=10, what="the eye break")


class EyeBreakDuringMeetingTest(unittest.TestCase):
    def test_none_comes_during_a_meeting(self):
        with Desktop(tray="xfce4-panel") as desktop:
            desktop.start_flexor(CONFIG.format(every="3s", look_for="2s"))
            items = wait_until(lambda: re.findall(r"'([^']+)'", desktop.gdbus_property(
                "org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                "org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems") or ""),
                timeout=15, what="a registered StatusNotifierItem")
            service = items[0].split("/")[0]

            def click(label):
                layout = desktop.run(["gdbus", "call", "--session", "--dest", service,
                                      "--object-path", "/MenuBar", "--method",
                                      "com.canonical.dbusmenu.GetLayout", "0", "int32 -1",
                                      "@as []"]).stdout
                ids = dict((text, i) for i, text in layout_items(layout))
                desktop.run(["gdbus", "call", "--session", "--dest", service, "--object-path",
                             "/MenuBar", "--method", "com.canonical.dbusmenu.Event",
                             str(ids[label]), "clicked", "<int32 0>", "0"])

            with ActivityGenerator(desktop):
                click("I'm in a meeting")
                wait_until(lambda: desktop.status()["meeting"], what="the meeting by hand")
                wait_until(lambda: desktop.flexor_log().count("eye break skipped: meeting") >= 2,
                           timeout=10, what="two eye breaks skipped for the meeting")
                self.assertEqual(eye_breaks(desktop), [])
                click("I'm in a meeting")
                wait_until(lambda: not desktop.status()["meeting"], what="the meeting's end")
                wait_until(lambda: eye_breaks(desktop), timeout=8,
                           what="the eye break after the meeting")


if __name__ == "__main__":
    unittest.main()
