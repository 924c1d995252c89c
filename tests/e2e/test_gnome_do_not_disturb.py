# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""GNOME's "Do Not Disturb" switch (show-banners = false in org.gnome.desktop.notifications),
end to end with the real GSettings stack: the installed GNOME schema, the dconf GSettings
backend and the dconf service on the test's own session bus, in a session that says it is
GNOME (XDG_CURRENT_DESKTOP). Switching it on holds a due
reminder; switching it off releases it."""

import shutil
import unittest
from pathlib import Path

from desktop import Desktop, wait_until

DCONF_SERVICE = Path("/usr/libexec/dconf-service")
SCHEMA = Path("/usr/share/glib-2.0/schemas/org.gnome.desktop.notifications.gschema.xml")
KEY = ["org.gnome.desktop.notifications", "show-banners"]

CONFIG = """
remind_after = "4s"
away_after = "10m"
dnd_max_delay = "10m"
schedule = false
"""


@unittest.skipUnless(DCONF_SERVICE.exists() and SCHEMA.exists() and shutil.which("gsettings"),
                     "dconf-service, dconf-gsettings-backend, gsettings-desktop-schemas and "
                     "libglib2.0-bin are needed (packaging/debian-deps.txt)")
class GnomeDoNotDisturbTest(unittest.TestCase):
    def test_gnome_switch_holds_a_due_reminder_and_releases_it(self):
        with Desktop(tray=None) as desktop:
            desktop.env["GSETTINGS_BACKEND"] = "dconf"
            desktop.env["XDG_CURRENT_DESKTOP"] = "GNOME"
            desktop.spawn([str(DCONF_SERVICE)], "dconf")
            desktop.wait_for_bus_name("ca.desrt.dconf")
            desktop.start_flexor(CONFIG)
            desktop.run(["gsettings", "set", *KEY, "false"])
            desktop.wait_for_log(r"do-not-disturb: GNOME's switch is on")
            desktop.wait_for_log(r"reminder held: do-not-disturb", timeout=8)
            self.assertEqual(desktop.notify_calls(), [])
            self.assertTrue(desktop.status()["reminder_held"])
            desktop.run(["gsettings", "set", *KEY, "true"])
            desktop.wait_for_log(r"do-not-disturb: GNOME's switch is off")
            desktop.wait_for_log(r"reminder released: do-not-disturb ended")
            wait_until(lambda: desktop.notify_calls(), what="the reminder")


if __name__ == "__main__":
    unittest.main()
