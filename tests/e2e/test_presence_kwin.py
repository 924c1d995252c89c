# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""ext-idle-notify-v1 against a real KWin 5.27 (`kwin_wayland --virtual`). See compositors.KWin
for how activity reaches KWin without a virtual keyboard."""

import unittest

from compositors import KWin, PresenceChecks


class ExtIdleNotifyOnKWin(PresenceChecks, unittest.TestCase):
    def test_kwin_is_sensed_through_ext_idle_notify_and_reports_idle_then_return(self):
        with KWin() as kwin:
            self.check_idle_and_return(kwin, "ext-idle-notify")

    def test_kde_idle_can_be_forced_where_both_protocols_are_offered(self):
        with KWin() as kwin:
            probe = kwin.presence_probe(self.threshold_ms, "kde-idle")
            probe.wait_for("backend kde-idle")
            kwin.user_input()
            probe.wait_for(r"idle \d+", timeout=5)
            kwin.user_input()
            probe.wait_for("active", timeout=5)

    def test_a_new_threshold_recreates_the_notification(self):
        with KWin() as kwin:
            probe = kwin.presence_probe(60000)
            probe.wait_for("backend ext-idle-notify")
            probe.send("threshold 700")
            probe.wait_for("threshold 700")
            kwin.user_input()
            probe.wait_for(r"idle \d+", timeout=5)


if __name__ == "__main__":
    unittest.main()
