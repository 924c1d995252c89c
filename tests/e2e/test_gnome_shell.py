# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Flexor on GNOME Shell itself (43, headless, see gnome_shell.py), a desktop with no tray.

The daemon starts there, says once that the tray needs the AppIndicator extension and senses
presence through the shell's own idle monitor. Launching Flexor again from the shell's launcher
opens the window with the keyboard focus, also when another program's window was in front:
the activation token the shell hands out reaches the window. The reminder arrives as the
shell's own notification, with its buttons on the banner, and a click on Snooze there reaches
the daemon. What is checked is asked of the shell itself (org.gnome.Shell.Eval)."""

import os
import shutil
import subprocess
import unittest
from pathlib import Path

from desktop import wait_until
from gnome_shell import DESKTOP_FILE, GnomeShell

CONFIG = """
remind_after = "45m"
away_after = "10m"
snooze = "2m"
schedule = false
sound = false
"""

FLEXOR = ["Flexor", "io.github.flexor.Flexor"]  # the window's title and Wayland app id
STARTING = 1  # Shell.AppState.STARTING


def environ(pid):
    entries = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(e.decode(errors="replace").split("=", 1) for e in entries if b"=" in e)


class GnomeShellTest(unittest.TestCase):
    def setUp(self):
        self.shell = self.enterContext(GnomeShell())

    def window_pids(self):
        out = subprocess.run(["pgrep", "-P", str(self.shell.flexor.pid), "-f", "flexor-window"],
                             capture_output=True, text=True).stdout
        return [int(pid) for pid in out.split()]

    def test_no_tray_and_the_launcher_opens_the_window_with_the_focus(self):
        shell = self.shell
        shell.start_flexor(CONFIG)
        shell.wait_for_log(r"info flexor .* started")
        log = shell.flexor_log()
        self.assertEqual(log.count("the tray needs the AppIndicator extension"), 1, log)
        self.assertIn("info presence: using gnome", log)
        # The server is named once it has answered what it is, which may come after the start.
        shell.wait_for_log(r"notification server is gnome-shell 43")
        self.assertEqual(shell.status()["presence"], "gnome")

        # Started again from the application menu while the daemon runs.
        shell.open_other_window()
        shell.launch_from_app_menu()
        shell.wait_for_log(r"info window: opened on now")
        wait_until(lambda: shell.focused_window() == FLEXOR,
                   what=f"the Flexor window to have the focus (windows: {shell.windows()})")
        # The shell's token reached the window program, in the variable Wayland clients read.
        pids = self.window_pids()
        self.assertEqual(len(pids), 1)
        self.assertTrue(environ(pids[0]).get("XDG_ACTIVATION_TOKEN"),
                        "the window program got no activation token")
        # Another program comes in front; launching Flexor again brings its window back to
        # the front, with the focus: the open window is raised with the new token.
        shell.focus_window_titled("Another program")
        wait_until(lambda: shell.focused_window()[0] == "Another program",
                   what="the other program to have the focus")
        before = len(shell.flexor_log())
        shell.launch_from_app_menu()
        shell.wait_for_log(r"info window: asked again, showing now", after=before)
        wait_until(lambda: shell.focused_window() == FLEXOR,
                   what=f"the open Flexor window to be raised (windows: {shell.windows()})")
        self.assertEqual(self.window_pids(), pids, "the same window program")
        shell.dismiss_shell_notices()
        picture = shell.screenshot(shell.root / "window.png")
        self.save_for_readme(picture, "gnome-shell-window.png")

    def test_a_first_start_from_the_app_menu_shows_the_window_and_ends_the_launch(self):
        shell = self.shell
        shell.write_config(CONFIG)
        shell.launch_from_app_menu()  # no daemon runs: this start becomes it
        shell.wait_until_serving()
        wait_until(lambda: shell.focused_window() == FLEXOR,
                   what=f"the Flexor window to have the focus (windows: {shell.windows()})")
        log = shell.home / ".local" / "state" / "flexor" / "flexor.log"
        self.assertIn("started from a launcher: opening the window", log.read_text())
        # The shell shows the app as starting (a busy pointer) until the launch is ended by
        # a window that uses the token, or for 15 s.
        wait_until(lambda: shell.eval_js(f"""
            imports.gi.Shell.AppSystem.get_default().lookup_app('{DESKTOP_FILE}').state""")
                   != STARTING, timeout=5, what="the shell to see the launch ended")
        self.assertEqual(shell.cli("quit").returncode, 0)

    def test_the_reminder_is_a_gnome_notification_and_snooze_there_reaches_flexor(self):
        shell = self.shell
        shell.user_input()  # a person at the desk
        shell.start_flexor(CONFIG.replace('"45m"', '"3s"'))
        banner = wait_until(lambda: (b := shell.banner()) and b["source"] == "Flexor" and b,
                            timeout=15, what="Flexor's reminder as the shell's banner")
        self.assertEqual(banner["title"], "Time to get up")
        self.assertRegex(banner["body"], r"^Sitting for \d+ (s|min)\b")
        self.assertNotIn("tray icon", banner["body"])
        self.assertEqual(banner["buttons"], ["Start stretch", "Snooze 2 min", "Skip"])
        self.assertEqual(shell.status()["state"], "reminder-due")
        shell.expand_banner()
        picture = shell.screenshot(shell.root / "reminder.png")
        self.save_for_readme(picture, "gnome-shell-reminder.png")

        shell.click_banner_button("Snooze 2 min")
        status = wait_until(lambda: (s := shell.status())["state"] == "snoozed" and s,
                            timeout=5, what="the daemon to hear the snooze")
        self.assertEqual(status["snoozes"], 1)
        # The button's own answer, not the closing that follows it (the shell closes a
        # notification whose button was clicked, and closing it by hand also snoozes).
        shell.wait_for_log(r"info notification action 'snooze'")
        shell.wait_for_log(r"info state reminder-due -> snoozed \(snooze\)")
        self.assertNotIn("dismissed by the user", shell.flexor_log())

    def test_with_a_standing_desk_every_answer_fits_on_the_banner(self):
        # GNOME Shell shows three buttons and leaves the others off. With the standing desk's
        # answer there are four: the stretch is then started by a click on the banner itself.
        shell = self.shell
        shell.start_flexor(CONFIG.replace('"45m"', '"3s"') + "standing_desk = true\n")
        banner = wait_until(lambda: (b := shell.banner()) and b["source"] == "Flexor" and b,
                            timeout=15, what="Flexor's reminder as the shell's banner")
        self.assertEqual(banner["buttons"], ["Stand for a while", "Snooze 2 min", "Skip"])
        shell.eval_js("Main.messageTray._banner.notification.activate(); true")
        shell.wait_for_log(r"info routine \S+: opening the window")

    def save_for_readme(self, picture, name):
        """FLEXOR_E2E_SCREENSHOTS=DIR keeps the shell's screenshots (for the README)."""
        self.assertGreater(Path(picture).stat().st_size, 10_000, "an empty screenshot")
        keep = os.environ.get("FLEXOR_E2E_SCREENSHOTS")
        if keep:
            shutil.copy(picture, Path(keep) / name)


if __name__ == "__main__":
    unittest.main()
