# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Desktops with less: no notification server means Flexor's own prompt window."""

import unittest

from desktop import Desktop, visible_window, wait_until

CONFIG = """
remind_after = "2s"
away_after = "10m"
schedule = false
"""


class NoNotificationServerTest(unittest.TestCase):
    def test_prompt_window_appears_and_answers(self):
        with Desktop(tray="trayer", notifications=False) as desktop:
            desktop.start_flexor(CONFIG)
            window = wait_until(lambda: visible_window(desktop, "Flexor"), timeout=6,
                                what="the prompt window")
            self.assertEqual(desktop.notify_calls(), [])
            desktop.wait_for_log(r"reminder shown in Flexor's own window")
            desktop.xdotool("windowfocus", "--sync", window)  # no window manager here
            desktop.xdotool("key", "Return")  # the default button: Start stretch
            wait_until(lambda: desktop.status()["state"] == "in-routine", what="the routine")

    def test_on_a_standing_desk_the_prompt_offers_stand_for_a_while(self):
        with Desktop(tray="trayer", notifications=False) as desktop:
            desktop.start_flexor(CONFIG + 'standing_desk = true\nstand_for = "10m"\n')
            window = wait_until(lambda: visible_window(desktop, "Flexor"), timeout=6,
                                what="the prompt window")
            desktop.wait_for_log(r"reminder shown in Flexor's own window")
            desktop.xdotool("windowfocus", "--sync", window)  # no window manager here
            # Start stretch has the focus; the next button is Stand for a while.
            desktop.xdotool("key", "Tab")
            desktop.xdotool("key", "space")
            status = wait_until(lambda: (s := desktop.status())["state"] == "standing" and s,
                                what="standing")
            self.assertGreater(status["state_ends_in_seconds"], 9 * 60)

    def test_a_notification_server_that_appears_takes_the_due_reminder_over(self):
        with Desktop(tray="trayer", notifications=False) as desktop:
            desktop.start_flexor(CONFIG)
            wait_until(lambda: visible_window(desktop, "Flexor"), timeout=6,
                       what="the prompt window")
            desktop.start_dunst()
            shown = wait_until(desktop.notify_calls, timeout=4,
                               what="the reminder as a notification")
            self.assertEqual(shown[0]["summary"], "Time to get up")
            wait_until(lambda: not visible_window(desktop, "Flexor"),
                       what="the prompt window to close")


if __name__ == "__main__":
    unittest.main()
