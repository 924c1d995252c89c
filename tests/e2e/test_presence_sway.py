# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""org_kde_kwin_idle against a real headless sway 1.7, with wtype as the keyboard."""

import unittest

from compositors import PresenceChecks, Sway


class KdeIdleOnSway(PresenceChecks, unittest.TestCase):
    def test_sway_is_sensed_through_kde_idle_and_reports_idle_then_return(self):
        with Sway() as sway:
            probe = self.check_idle_and_return(sway, "kde-idle")
            self.assertIn("passed over ext-idle-notify: the compositor does not offer "
                          "ext_idle_notifier_v1", probe.log())

    def test_a_new_threshold_takes_effect_on_sway(self):
        with Sway() as sway:
            probe = sway.presence_probe(60000)
            probe.wait_for("backend kde-idle")
            probe.send("threshold 800")
            probe.wait_for("threshold 800")
            sway.user_input()
            probe.wait_for(r"idle \d+", timeout=5)


if __name__ == "__main__":
    unittest.main()
