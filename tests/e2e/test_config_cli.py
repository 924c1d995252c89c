# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""`flexor config get | set | reset | path`: one setting changed in the user's own file, the
rest of it kept byte for byte, and the running daemon applying it through its file watcher."""

import os
import shutil
import subprocess
import tempfile
import time
import unittest
from pathlib import Path

from desktop import FLEXOR_BIN, Desktop, wait_until

# A user's file: comments, blank lines, keys out of the documented order, an unknown key.
USER_CONFIG = """# my settings, from my dotfiles

remind_after = "45m"   # the default, for now
schedule = false

# the days I am at a desk
active_days = [
    "mon", "tue", # office
    "thu",
]
my_note = "not Flexor's"
"""


class ConfigCommandTest(unittest.TestCase):
    """The command on its own: it reads and writes a file, no daemon is needed."""

    def setUp(self):
        self.home = Path(tempfile.mkdtemp(prefix="flexor-config-cli-"))
        self.addCleanup(shutil.rmtree, self.home, ignore_errors=True)
        self.file = self.home / ".config" / "flexor" / "config.toml"
        self.file.parent.mkdir(parents=True)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_STATE_HOME": str(self.home / ".local" / "state"),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }
        for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if key in os.environ:
                self.env[key] = os.environ[key]

    def config(self, *args):
        return subprocess.run([FLEXOR_BIN, "config", *args], env=self.env, capture_output=True,
                              text=True, timeout=30)

    def test_set_changes_only_that_value(self):
        self.file.write_text(USER_CONFIG)
        run = self.config("set", "remind_after", "30m")
        self.assertEqual((run.returncode, run.stderr), (0, ""))
        self.assertEqual(self.file.read_text(),
                         USER_CONFIG.replace('remind_after = "45m"', 'remind_after = "30m"'))

    def test_get_prints_the_value_as_set_takes_it(self):
        self.file.write_text(USER_CONFIG)
        self.assertEqual(self.config("get", "remind_after").stdout, "45m\n")
        self.assertEqual(self.config("get", "active_days").stdout, "mon,tue,thu\n")
        self.assertEqual(self.config("get", "schedule").stdout, "false\n")
        # Not in the file: the documented default.
        self.assertEqual(self.config("get", "max_snoozes").stdout, "3\n")
        self.assertEqual(self.config("get", "escalation").stdout, "notification\n")

    def test_a_list_is_written_as_words_separated_by_commas(self):
        self.file.write_text(USER_CONFIG)
        run = self.config("set", "active_days", "sat,sun")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn('active_days = ["sat", "sun"]\nmy_note', self.file.read_text())
        self.assertIn("# the days I am at a desk\n", self.file.read_text())

    def test_a_key_the_file_lacks_is_added_and_reset_puts_back_the_default(self):
        self.file.write_text(USER_CONFIG)
        self.assertEqual(self.config("set", "max_snoozes", "5").returncode, 0)
        self.assertEqual(self.file.read_text(), USER_CONFIG + "max_snoozes = 5\n")
        self.assertEqual(self.config("reset", "max_snoozes").returncode, 0)
        self.assertEqual(self.file.read_text(), USER_CONFIG + "max_snoozes = 3\n")

    def test_a_missing_file_is_created(self):
        run = self.config("set", "voice", "false")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertTrue(self.file.read_text().endswith("\nvoice = false\n"))
        self.assertEqual(self.file.stat().st_mode & 0o777, 0o600)

    def test_an_unknown_key_is_wrong_usage(self):
        self.file.write_text(USER_CONFIG)
        run = self.config("set", "remind_afer", "30m")
        self.assertEqual(run.returncode, 64)
        self.assertEqual(run.stderr,
                         "flexor: unknown key 'remind_afer'; did you mean 'remind_after'?\n")
        self.assertEqual(self.config("get", "my_note").returncode, 64)
        self.assertEqual(self.file.read_text(), USER_CONFIG)

    def test_a_bad_value_is_wrong_usage_and_says_where_and_why(self):
        self.file.write_text(USER_CONFIG)
        run = self.config("set", "remind_after", "9h")
        self.assertEqual(run.returncode, 64)
        self.assertEqual(run.stderr, f'flexor: {self.file}:3:16: error: remind_after: "9h" is out '
                                     "of range (expected 1s to 8h)\n")
        run = self.config("set", "max_snoozes", "many")
        self.assertEqual(run.returncode, 64)
        self.assertIn("max_snoozes: expected a whole number from 0 to 20, found a string",
                      run.stderr)
        run = self.config("set", "routine", "handstand")
        self.assertEqual(run.returncode, 64)
        self.assertIn("no routine named 'handstand'", run.stderr)
        self.assertEqual(self.file.read_text(), USER_CONFIG)

    def test_a_broken_file_is_left_as_it_is(self):
        broken = USER_CONFIG.replace('"45m"', "45")
        self.file.write_text(broken)
        for args in (("set", "voice", "false"), ("reset", "remind_after"), ("get", "voice")):
            with self.subTest(args=args):
                run = self.config(*args)
                self.assertEqual(run.returncode, 65)
                self.assertIn(f"{self.file}:3:16: error: remind_after: expected a duration",
                              run.stderr)
        self.assertEqual(self.file.read_text(), broken)

    def test_path_and_usage(self):
        self.assertEqual(self.config("path").stdout, f"{self.file}\n")
        self.assertEqual(self.config().returncode, 64)
        self.assertEqual(self.config("set", "voice").returncode, 64)
        self.assertEqual(self.config("frobnicate").returncode, 64)


class ConfigCommandWithDaemonTest(unittest.TestCase):
    def test_the_running_daemon_applies_a_set_within_two_seconds(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(USER_CONFIG)
            self.assertEqual(desktop.status()["remind_after_seconds"], 45 * 60)
            path = desktop.home / ".config" / "flexor" / "config.toml"
            before = path.read_text()

            started = time.monotonic()
            run = desktop.cli("config", "set", "remind_after", "30m")
            self.assertEqual((run.returncode, run.stderr), (0, ""))
            written = time.monotonic()
            wait_until(lambda: desktop.status()["remind_after_seconds"] == 1800, timeout=2.0,
                       what="the daemon to apply remind_after = 30m")
            print(f"config set ran {written - started:.2f} s; status showed 1800 s "
                  f"{time.monotonic() - written:.2f} s after it returned")

            self.assertEqual(path.read_text(),
                             before.replace('remind_after = "45m"', 'remind_after = "30m"'))


if __name__ == "__main__":
    unittest.main()
