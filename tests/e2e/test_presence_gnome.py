# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The GNOME backend against a real headless mutter 43 (org.gnome.Mutter.IdleMonitor), with
input injected through org.gnome.Mutter.RemoteDesktop."""

import unittest

from compositors import Mutter, PresenceChecks


class GnomeIdleMonitorOnMutter(PresenceChecks, unittest.TestCase):
    def test_mutter_is_sensed_through_its_idle_monitor_and_reports_idle_then_return(self):
        with Mutter() as mutter:
            self.check_idle_and_return(mutter, "gnome")

    def test_every_idle_period_is_reported_not_only_the_first(self):
        with Mutter() as mutter:
            probe = self.check_idle_and_return(mutter, "gnome")
            before = len(probe.lines())
            probe.wait_for(r"idle \d+", timeout=5, after=before)
            mutter.user_input("motion")
            probe.wait_for("active", timeout=5, after=before)


if __name__ == "__main__":
    unittest.main()
