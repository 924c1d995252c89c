# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Hot reload: the config file is watched; a good change applies at once, a broken one keeps
the running settings and says where the problem is."""

import unittest

from desktop import Desktop, wait_until

GOOD = """
remind_after = "45m"
away_after = "10m"
schedule = false
"""


class ConfigReloadTest(unittest.TestCase):
    def test_good_change_applies_and_broken_change_is_reported(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(GOOD)
            self.assertEqual(desktop.status()["remind_after_seconds"], 45 * 60)

            desktop.write_config(GOOD.replace('"45m"', '"20m"'))
            wait_until(lambda: desktop.status()["remind_after_seconds"] == 20 * 60,
                       what="the new remind_after")

            desktop.write_config(GOOD.replace('"45m"', '"20 minutes"'))
            note = wait_until(lambda: desktop.notify_calls(), what="a problem notification")[-1]
            self.assertIn("config.toml:2:16", note["body"])
            self.assertIn("last good settings", note["body"])
            self.assertEqual(desktop.status()["remind_after_seconds"], 20 * 60)
            self.assertIn("keeping the last good settings", desktop.flexor_log())

    def test_changing_the_presence_backend_applies_without_a_restart(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(GOOD)
            self.assertEqual(desktop.status()["presence"], "x11-sync")
            desktop.write_config(GOOD + 'presence = "none"\n')
            wait_until(lambda: desktop.status()["presence"] == "none", what="the none backend")
            self.assertFalse(desktop.status()["senses"])

    def test_a_warning_before_the_error_does_not_hide_the_error(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(GOOD)
            desktop.write_config('remind_afterr = "45m"\nsnooze = "soon"\nschedule = false\n')
            note = wait_until(lambda: desktop.notify_calls(), what="a problem notification")[-1]
            self.assertIn("config.toml:2:10: error", note["body"])

    def test_broken_file_at_start_runs_on_defaults(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor('remind_after = 45\nschedule = false\n')
            self.assertEqual(desktop.status()["remind_after_seconds"], 45 * 60)
            self.assertRegex(desktop.flexor_log(), r"config.toml:1:16: error")


if __name__ == "__main__":
    unittest.main()
