# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A break taken through GNOME's own break reminders (GNOME 48 and later) ends the streak as a
real break. Debian 12's GNOME has no org.gnome.Shell.ScreenTime: tests/tools/screentime_standin
plays it at the protocol level (LastBreakEndTime and PropertiesChanged)."""

import unittest

from compositors import Probe, tool
from desktop import Desktop, wait_until

CONFIG = """
remind_after = "45m"
away_after = "10m"
schedule = false
"""


class GnomeBreakAgainstScreenTimeStandin(unittest.TestCase):
    def test_a_break_taken_in_gnome_ends_the_streak(self):
        with Desktop(tray=None) as desktop:
            standin = Probe([tool("screentime_standin")], desktop.env)
            self.addCleanup(standin.stop)
            standin.wait_for("ready")
            desktop.start_flexor(CONFIG)
            desktop.wait_for_log(r"wellbeing: GNOME's break reminders are on this desktop")
            wait_until(lambda: desktop.status()["streak_seconds"] >= 2, what="a streak of 2 s")
            self.assertNotIn("a break was taken", desktop.flexor_log())
            standin.send("break-ended")
            standin.wait_for("sent break-ended")
            desktop.wait_for_log(r"wellbeing: a break was taken through GNOME")
            wait_until(lambda: desktop.status()["streak_seconds"] < 2,
                       what="the streak to start over")
            desktop.wait_for_log(r"recorded natural-break")


if __name__ == "__main__":
    unittest.main()
