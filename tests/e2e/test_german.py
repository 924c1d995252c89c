# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Flexor in German, end to end: a session with LANG=de_DE.UTF-8 gets the reminder
notification, the tray menu, the routine window and `flexor --help` in German; the `language`
config key and LANGUAGE override the session's locale."""

import os
import re
import unittest

from desktop import Desktop, screenshot, visible_window, wait_until, window_geometry
from locales import locale_env
from test_reminders import ActivityGenerator
from test_tray import layout_items

CONFIG = """
remind_after = "3s"
snooze = "2m"
away_after = "10m"
schedule = false
routine = "psoas"
sound = false
"""


class GermanSessionTest(unittest.TestCase):
    def setUp(self):
        self.desktop = self.enterContext(Desktop(tray="xfce4-panel"))
        self.desktop.env.update(locale_env("de_DE.UTF-8"))

    def test_help_is_german(self):
        out = self.desktop.cli("--help").stdout
        self.assertTrue(out.startswith("Aufruf: flexor"), out[:80])
        self.assertIn("Befehle (an den laufenden Dienst):", out)
        self.assertIn("Exit-Codes: 0 erledigt", out)

    def test_language_key_and_language_variable_override_the_locale(self):
        self.desktop.write_config('language = "fr"\n')
        self.assertTrue(self.desktop.cli("--help").stdout.startswith("Usage : flexor"))
        self.desktop.write_config('language = "auto"\n')
        env = dict(self.desktop.env, LANGUAGE="it")
        out = self.desktop.run([os.environ["FLEXOR_BIN"], "--help"], env=env).stdout
        self.assertTrue(out.startswith("Uso: flexor"), out[:80])
        env = dict(self.desktop.env, LANG="C.UTF-8")
        out = self.desktop.run([os.environ["FLEXOR_BIN"], "--help"], env=env).stdout
        self.assertTrue(out.startswith("Usage: flexor"), out[:80])

    def test_notification_tray_menu_and_routine_window_are_german(self):
        desktop = self.desktop
        desktop.start_flexor(CONFIG)
        desktop.wait_for_log(r"language: de")

        # The tray menu, as the panel reads it over StatusNotifierItem / dbusmenu.
        items = wait_until(lambda: re.findall(r"'([^']+)'", desktop.gdbus_property(
            "org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
            "org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems") or ""),
            timeout=15, what="a registered StatusNotifierItem")
        service = items[0].split("/")[0]
        layout = desktop.run(["gdbus", "call", "--session", "--dest", service, "--object-path",
                              "/MenuBar", "--method", "com.canonical.dbusmenu.GetLayout", "0",
                              "int32 -1", "@as []"]).stdout
        labels = {label for _, label in layout_items(layout)}
        for expected in ("Jetzt dehnen", "Ich stehe", "Schlummern", "Pause", "1 Stunde",
                         "Bis morgen", "Statistik …", "Konfigurationsdatei öffnen", "Beenden"):
            self.assertIn(expected, labels)
        self.assertNotIn("Quit", labels)

        # The reminder, after 3 s of real activity.
        with ActivityGenerator(desktop):
            note = wait_until(lambda: desktop.notify_calls() and desktop.notify_calls()[0],
                              timeout=10, what="the reminder")
        self.assertEqual(note["summary"], "Zeit aufzustehen")
        self.assertRegex(note["body"], r"^Seit \d+ s im Sitzen\. Eine Psoas-Dehnung von \d+ "
                                       r"Minuten\?")
        self.assertEqual(note["actions"]["start"], "Dehnen beginnen")
        self.assertEqual(note["actions"]["snooze"], "2 Min. schlummern")
        self.assertEqual(note["actions"]["skip"], "Überspringen")

        # The routine window, with the routine's own German texts.
        self.assertEqual(desktop.cli("stretch").returncode, 0)
        window = wait_until(lambda: visible_window(desktop, "Psoas lösen"), timeout=10,
                            what="the German routine window")
        desktop.wait_for_log(r"routine psoas: get-ready \(hold 1 of 9\)")
        x, y, w, h = window_geometry(desktop, window)
        shot = screenshot(desktop, desktop.root / "routine-de.png", crop=(x, y, w, h))
        self.assertEqual((shot.width, shot.height), (w, h))


if __name__ == "__main__":
    unittest.main()
