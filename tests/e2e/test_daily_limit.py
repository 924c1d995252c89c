# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The daily sitting budget end to end, in seconds: once today's sitting passes
daily_sitting_limit, one notification says so (and only one that day), and `flexor status
--json` shows today's sitting beside the budget."""

import unittest

from desktop import Desktop, wait_until
from test_reminders import ActivityGenerator

CONFIG = """
remind_after = "10m"
away_after = "10m"
schedule = false
daily_sitting_limit = "{limit}"
"""


def budget_notices(desktop):
    return [n for n in desktop.notify_calls() if n["summary"] == "Enough sitting for today"]


class DailyLimitTest(unittest.TestCase):
    def test_one_notification_when_todays_sitting_passes_the_limit(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(CONFIG.format(limit="3s"))
            status = desktop.status()
            self.assertEqual(status["daily_limit_seconds"], 3)
            self.assertIn("sitting_today_seconds", status)
            with ActivityGenerator(desktop):
                note = wait_until(lambda: budget_notices(desktop), timeout=8,
                                  what="the daily limit's notification")[0]
                self.assertIn("past your budget of 3 s", note["body"])
                desktop.wait_for_log(r"daily sitting limit reached")
                # The streak goes on; the notice is not repeated that day.
                wait_until(lambda: desktop.status()["sitting_today_seconds"] >= 7, timeout=10,
                           what="7 s of sitting today")
            self.assertEqual(len(budget_notices(desktop)), 1)
            self.assertEqual(desktop.flexor_log().count("daily sitting limit reached"), 1)

    def test_no_budget_by_default(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(CONFIG.replace('daily_sitting_limit = "{limit}"\n', ""))
            status = desktop.status()
            self.assertEqual(status["daily_limit_seconds"], 0)
            self.assertNotIn("sitting_today_seconds", status)


if __name__ == "__main__":
    unittest.main()
