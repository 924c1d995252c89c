# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The tray icon and its menu, in a real XEmbed tray (trayer) and a real StatusNotifierItem
host (xfce4-panel), driven the way a person or the panel would."""

import re
import unittest

from desktop import Desktop, visible_windows, wait_until

CONFIG = """
remind_after = "45m"
away_after = "10m"
schedule = false
"""


def flexor_tray_window(desktop):
    """The X window trayer embedded for Flexor, or None."""
    out = desktop.run(["xdotool", "search", "--classname", "flexor"], check=False).stdout.split()
    for window in out:
        geometry = desktop.run(["xdotool", "getwindowgeometry", window], check=False).stdout
        size = re.search(r"Geometry: (\d+)x(\d+)", geometry)
        if size and int(size.group(1)) <= 64 and int(size.group(2)) <= 64:
            return window
    return None


class XEmbedTrayTest(unittest.TestCase):
    def test_menu_item_picked_with_the_mouse_and_keyboard(self):
        with Desktop(tray="trayer") as desktop:
            desktop.start_flexor(CONFIG)
            window = wait_until(lambda: flexor_tray_window(desktop), what="the embedded icon")
            desktop.xdotool("mousemove", "--window", window, "8", "8", "click", "3")
            wait_until(lambda: len(visible_windows(desktop, classname="flexor")) >= 2,
                       what="the menu to open")
            # Start stretch now, Start routine, Snooze, I'm standing: the fourth item.
            desktop.xdotool("key", "Down", "Down", "Down", "Down", "Return")
            wait_until(lambda: desktop.status()["state"] == "standing", what="standing")


def layout_items(layout_text):
    """(id, label) pairs from a dbusmenu GetLayout reply as gdbus prints it."""
    return [(int(i), label) for i, _, label in
            re.findall(r"\((\d+), \{[^}]*?'label': <(['\"])(.*?)\2>", layout_text)]


def status_notifier_menu(desktop):
    """The bus name of Flexor's StatusNotifierItem and its menu's {label: id}."""
    items = wait_until(lambda: re.findall(r"'([^']+)'", desktop.gdbus_property(
        "org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
        "org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems") or ""),
        timeout=15, what="a registered StatusNotifierItem")
    service = items[0].split("/")[0]
    layout = desktop.run(["gdbus", "call", "--session", "--dest", service, "--object-path",
                          "/MenuBar", "--method", "com.canonical.dbusmenu.GetLayout", "0",
                          "int32 -1", "@as []"]).stdout
    return service, dict((label, i) for i, label in layout_items(layout))


def click(desktop, service, item):
    """A click on a menu item, as the panel sends it."""
    desktop.run(["gdbus", "call", "--session", "--dest", service, "--object-path", "/MenuBar",
                 "--method", "com.canonical.dbusmenu.Event", str(item), "clicked", "<int32 0>",
                 "0"])


class StatusNotifierTrayTest(unittest.TestCase):
    def test_item_registered_and_menu_event_reaches_the_daemon(self):
        with Desktop(tray="xfce4-panel") as desktop:
            desktop.start_flexor(CONFIG)
            service, labels = status_notifier_menu(desktop)
            for expected in ("Start stretch now", "I'm standing", "I'm in a meeting", "30 min",
                             "1 hour", "Until tomorrow", "Open config file", "Quit"):
                self.assertIn(expected, labels)
            # A call on another device: the meeting said by hand.
            click(desktop, service, labels["I'm in a meeting"])
            wait_until(lambda: desktop.status()["meeting"], what="the meeting by hand")
            self.assertEqual(desktop.status()["meeting_why"], ["by-hand"])
            click(desktop, service, labels["1 hour"])
            wait_until(lambda: desktop.status()["state"] == "paused", what="paused")
            self.assertGreater(desktop.status()["state_ends_in_seconds"], 59 * 60)


class OpenConfigFileTest(unittest.TestCase):
    def test_open_config_file_creates_it_from_the_reference_and_hands_it_to_the_opener(self):
        with Desktop(tray="xfce4-panel") as desktop:
            # The desktop's opener (xdg-open) stood in for by a script that notes what it
            # was asked to open.
            standin = desktop.root / "xdg-open-standin"
            standin.mkdir()
            opened = desktop.root / "opened.txt"
            (standin / "xdg-open").write_text(f'#!/bin/sh\necho "$@" >> {opened}\n')
            (standin / "xdg-open").chmod(0o755)
            desktop.env["PATH"] = f"{standin}:{desktop.env['PATH']}"
            desktop.start_flexor(CONFIG)
            config = desktop.home / ".config" / "flexor" / "config.toml"
            config.unlink()  # as on a first start: the user has no config file yet
            service, labels = status_notifier_menu(desktop)
            click(desktop, service, labels["Open config file"])
            wait_until(lambda: opened.exists() and "config.toml" in opened.read_text(),
                       what="the opener to be asked for the config file")
            self.assertTrue(opened.read_text().strip().endswith(str(config)))
            self.assertIn("remind_after", config.read_text())  # the documented reference
            self.assertEqual(config.stat().st_mode & 0o777, 0o600)
            desktop.wait_for_log(r"config: opened .*config\.toml for editing")


class LateTrayHostTest(unittest.TestCase):
    def test_icon_appears_when_the_panel_starts_after_flexor(self):
        # Autostart often races the panel: Flexor comes first and must show up once it can.
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(CONFIG)
            self.assertIsNone(flexor_tray_window(desktop))
            desktop.start_tray("trayer")
            wait_until(lambda: flexor_tray_window(desktop), what="the icon embedded late")


class NoTrayHostTest(unittest.TestCase):
    def test_reminders_still_arrive_without_a_tray(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(CONFIG.replace('"45m"', '"2s"'))
            wait_until(lambda: desktop.notify_calls(), timeout=5, what="a reminder")
            self.assertEqual(desktop.status()["state"], "reminder-due")


if __name__ == "__main__":
    unittest.main()
