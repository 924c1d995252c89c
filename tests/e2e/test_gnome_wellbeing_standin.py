# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""GNOME's own break reminders (GNOME 48 and later), cooperatively: a break taken through GNOME
ends the streak as a real break, and where GNOME's movement breaks are on Flexor offers once to
take them over. Debian 12's GNOME has neither: tests/tools/screentime_standin plays
org.gnome.Shell.ScreenTime at the protocol level, and a stand-in schema with the documented
keys is compiled into a private GSETTINGS_SCHEMA_DIR (real GSettings, keyfile backend)."""

import shutil
import unittest
from pathlib import Path

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


class GnomeMovementBreaksWithStandinSchema(unittest.TestCase):
    def test_flexor_offers_to_take_over_and_turns_gnomes_off_only_when_asked(self):
        with Desktop(tray=None) as desktop:
            key = self.movement_breaks_on(desktop)
            desktop.start_flexor(CONFIG)
            desktop.wait_for_log(r"wellbeing: GNOME's own movement breaks are on")
            offer = wait_until(lambda: [n for n in desktop.notify_calls()
                                        if n["summary"] == "GNOME reminds you to move, too"],
                               what="the offer to take over")
            self.assertEqual(len(offer), 1)
            self.assertIn("take-over-breaks", offer[0]["actions"])
            self.assertEqual(desktop.run(["gsettings", "get", *key]).stdout.strip(),
                             "['movement']")
            desktop.invoke_action("take-over-breaks")
            wait_until(lambda: desktop.run(["gsettings", "get", *key]).stdout.strip() == "@as []",
                       what="GNOME's movement breaks to be off")
            desktop.wait_for_log(r"wellbeing: GNOME's own movement breaks are off")

    def test_keep_both_is_remembered_and_not_asked_again_at_the_next_start(self):
        with Desktop(tray=None) as desktop:
            key = self.movement_breaks_on(desktop)
            desktop.start_flexor(CONFIG)
            wait_until(lambda: [n for n in desktop.notify_calls()
                                if n["summary"] == "GNOME reminds you to move, too"],
                       what="the offer to take over")
            desktop.invoke_action("keep-both")
            desktop.wait_for_log(r"wellbeing: GNOME's movement breaks kept at the user's request")
            self.assertEqual(desktop.stop_flexor(), 0)
            offers = len(desktop.notify_calls())
            restarted_at = len(desktop.flexor_log())

            desktop.start_flexor()
            desktop.wait_for_log(r"wellbeing: not offering to take over: the user chose to keep "
                                 r"both", after=restarted_at)
            self.assertEqual([n["summary"] for n in desktop.notify_calls()[offers:]
                              if n["summary"] == "GNOME reminds you to move, too"], [])
            self.assertEqual(desktop.run(["gsettings", "get", *key]).stdout.strip(),
                             "['movement']")

    def movement_breaks_on(self, desktop):
        """The stand-in schema compiled for this desktop, with GNOME's movement breaks on."""
        schemas = desktop.root / "schemas"
        schemas.mkdir()
        shutil.copy(Path(__file__).parent / "org.gnome.desktop.break-reminders.standin.gschema.xml",
                    schemas / "org.gnome.desktop.break-reminders.gschema.xml")
        desktop.run(["glib-compile-schemas", str(schemas)])
        desktop.env["GSETTINGS_SCHEMA_DIR"] = str(schemas)
        desktop.env["GSETTINGS_BACKEND"] = "keyfile"
        key = ["org.gnome.desktop.break-reminders", "selected-breaks"]
        desktop.run(["gsettings", "set", *key, "['movement']"])
        return key


if __name__ == "__main__":
    unittest.main()
