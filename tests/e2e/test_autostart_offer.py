# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The first start offers, once, to start Flexor at login; accepting writes the XDG entry."""

import unittest

from desktop import Desktop, wait_until

CONFIG = 'remind_after = "45m"\nschedule = false\n'


class AutostartOfferTest(unittest.TestCase):
    def test_first_start_offers_once_and_accepting_enables_autostart(self):
        with Desktop(tray=None) as desktop:
            desktop.forget_autostart_offer()
            desktop.start_flexor(CONFIG)
            offer = wait_until(lambda: desktop.notify_calls(), what="the offer")[0]
            self.assertEqual(offer["summary"], "Start Flexor when you log in?")
            self.assertIn("enable-autostart", offer["actions"])
            desktop.invoke_action("enable-autostart")
            entry = desktop.home / ".config" / "autostart" / "io.github.flexor.Flexor.desktop"
            wait_until(entry.exists, what="the autostart entry")
            self.assertEqual(desktop.cli("autostart", "status").returncode, 0)

            desktop.cli("quit")
            desktop.flexor.wait(timeout=10)
            desktop.start_flexor(CONFIG)
            wait_until(lambda: desktop.flexor_log().count(" started; state") == 2,
                       what="the second start")
            self.assertEqual(len(desktop.notify_calls()), 1, "offered a second time")


if __name__ == "__main__":
    unittest.main()
