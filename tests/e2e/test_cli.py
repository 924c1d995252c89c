# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Every client subcommand against the real daemon over the real session bus."""

import json
import subprocess
import unittest

from desktop import FLEXOR_BIN, Desktop, wait_until

CONFIG = """
remind_after = "45m"
away_after = "10m"
standing_limit = "30m"
schedule = false
"""


class CliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.desktop = cls.enterClassContext(Desktop(tray=None))
        cls.desktop.start_flexor(CONFIG)

    def setUp(self):
        self.desktop.cli("resume")
        self.desktop.cli("sit")
        self.desktop.cli("skip")
        wait_until(lambda: self.desktop.status()["state"] == "sitting", what="a fresh start")

    def cli(self, *args):
        result = self.desktop.cli(*args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def test_status_json_has_every_key(self):
        status = json.loads(self.cli("status", "--json"))
        self.assertEqual(status["state"], "sitting")
        self.assertEqual(status["remind_after_seconds"], 45 * 60)
        self.assertGreater(status["reminder_in_seconds"], 44 * 60)
        self.assertIsNone(status["state_ends_in_seconds"])
        self.assertEqual(status["snoozes"], 0)
        self.assertFalse(status["escalated"])
        self.assertEqual(status["presence"], "x11-sync")
        self.assertEqual(status["routine"], "psoas")

    def test_status_in_words(self):
        self.assertRegex(self.cli("status"), r"^Sitting since [\d:]+ · reminder at [\d:]+\n$")

    def test_status_waybar(self):
        bar = json.loads(self.cli("status", "--waybar"))
        self.assertEqual(set(bar), {"text", "tooltip", "class", "percentage"})
        self.assertEqual(bar["class"], "sitting")
        self.assertEqual(bar["percentage"], 0)
        self.assertIn("reminder at", bar["tooltip"])

    def test_status_follow_prints_a_line_per_change(self):
        follower = subprocess.Popen([FLEXOR_BIN, "status", "--waybar", "--follow"],
                                    env=self.desktop.env, stdout=subprocess.PIPE, text=True)
        try:
            first = json.loads(follower.stdout.readline())
            self.assertEqual(first["class"], "sitting")
            self.cli("stand")
            changed = json.loads(follower.stdout.readline())
            self.assertEqual(changed["class"], "standing")
        finally:
            follower.terminate()
            follower.wait()

    def test_snooze_with_a_duration(self):
        self.cli("snooze", "5m")
        status = self.desktop.status()
        self.assertEqual(status["state"], "snoozed")
        self.assertGreater(status["state_ends_in_seconds"], 4 * 60)
        self.assertLessEqual(status["state_ends_in_seconds"], 5 * 60)

    def test_pause_for_a_while_and_resume(self):
        self.cli("pause", "10m")
        status = self.desktop.status()
        self.assertEqual(status["state"], "paused")
        self.assertGreater(status["state_ends_in_seconds"], 9 * 60)
        self.cli("resume")
        self.assertEqual(self.desktop.status()["state"], "sitting")

    def test_pause_until_tomorrow(self):
        self.cli("pause", "tomorrow")
        status = self.desktop.status()
        self.assertEqual(status["state"], "paused")
        self.assertLessEqual(status["state_ends_in_seconds"], 24 * 3600)

    def test_stand_and_sit(self):
        self.cli("stand")
        status = self.desktop.status()
        self.assertEqual(status["state"], "standing")
        self.assertGreater(status["state_ends_in_seconds"], 29 * 60)
        self.cli("sit")
        self.assertEqual(self.desktop.status()["state"], "sitting")

    def test_skip_starts_the_count_over(self):
        # setUp has just skipped too: let a streak grow first, so that a skip that did nothing
        # would leave it standing.
        wait_until(lambda: self.desktop.status()["streak_seconds"] >= 4, timeout=15,
                   what="a streak of 4 s")
        self.cli("skip")
        after = self.desktop.status()
        self.assertEqual(after["state"], "sitting")
        self.assertLess(after["streak_seconds"], 2)

    def test_reload_applies_a_good_config(self):
        self.desktop.write_config(CONFIG.replace('"45m"', '"40m"'))
        self.cli("reload")
        self.assertEqual(self.desktop.status()["remind_after_seconds"], 40 * 60)
        self.desktop.write_config(CONFIG)
        self.cli("reload")

    def test_bad_arguments_are_refused_clearly(self):
        result = self.desktop.cli("snooze", "soon")
        self.assertEqual(result.returncode, 64)
        self.assertIn("'soon' is not a duration", result.stderr)
        # Refused by the CLI itself (wrong usage), before a 32-bit argument could wrap.
        result = self.desktop.cli("pause", "9999h")
        self.assertEqual(result.returncode, 64)
        self.assertIn("longer than a week", result.stderr)

    def test_a_second_instance_says_already_running_and_opens_the_window(self):
        second = self.desktop.run([FLEXOR_BIN], check=False)
        self.assertEqual(second.returncode, 0)
        self.assertIn("already running", second.stderr)
        self.desktop.wait_for_log(r"window: opened on now")


class NotRunningTest(unittest.TestCase):
    def test_commands_say_the_daemon_is_not_running(self):
        with Desktop(tray=None, notifications=False, monitor_bus=False) as desktop:
            result = desktop.cli("status")
            self.assertEqual(result.returncode, 2)
            self.assertIn("not running", result.stderr)
            self.assertEqual(result.stderr.count("\n"), 1)

    def test_quit_stops_the_daemon(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(CONFIG)
            self.assertEqual(desktop.cli("quit").returncode, 0)
            self.assertEqual(desktop.flexor.wait(timeout=10), 0)


if __name__ == "__main__":
    unittest.main()
