# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""`flexor check-config [FILE]`: validates a config file and reports problems like a compiler.

No desktop is needed: the command reads a file, prints, and exits.
"""

import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

FLEXOR_BIN = os.environ.get("FLEXOR_BIN", "flexor")
SOURCE_DIR = Path(os.environ.get("FLEXOR_SOURCE_DIR", Path(__file__).resolve().parents[2]))
FIXTURES = SOURCE_DIR / "tests" / "data" / "config"


class CheckConfigTest(unittest.TestCase):
    def setUp(self):
        self.home = Path(tempfile.mkdtemp(prefix="flexor-check-config-"))
        self.addCleanup(shutil.rmtree, self.home, ignore_errors=True)
        self.config_home = self.home / ".config"
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.config_home),
            "XDG_STATE_HOME": str(self.home / ".local" / "state"),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }
        for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if key in os.environ:
                self.env[key] = os.environ[key]

    def check_config(self, *args):
        return subprocess.run(
            [FLEXOR_BIN, "check-config", *map(str, args)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
        )

    def test_a_valid_file_is_ok(self):
        run = self.check_config(FIXTURES / "every-key.toml")
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertTrue(run.stdout.startswith("OK"), run.stdout)

    def test_a_routine_that_does_not_exist_is_an_error(self):
        config = Path(self.home) / "missing-routine.toml"
        config.write_text('routine = "handstand"\n')
        run = self.check_config(config)
        self.assertEqual(run.returncode, 1, run.stdout)
        self.assertIn('routine = "handstand": no routine of that name', run.stdout)

    def test_a_broken_user_routine_is_reported_with_its_position(self):
        routines = Path(self.env["XDG_CONFIG_HOME"]) / "flexor" / "routines"
        routines.mkdir(parents=True, exist_ok=True)
        (routines / "mine.toml").write_text('title = "Mine"\nsafety = 12\n')
        run = self.check_config(FIXTURES / "every-key.toml")
        self.assertEqual(run.returncode, 1, run.stdout)
        self.assertRegex(run.stdout, r"mine\.toml:\d+:\d+: error")

    def test_the_shipped_default_file_is_ok_without_warnings(self):
        run = self.check_config(SOURCE_DIR / "config" / "default.toml")
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertEqual(run.stdout.splitlines()[0].split(":")[0], "OK")
        self.assertNotIn("warning", run.stdout)

    def test_a_broken_file_fails_with_the_position_of_the_mistake(self):
        broken = FIXTURES / "broken.toml"
        run = self.check_config(broken)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        self.assertIn(f"{broken}:3:16: error: remind_after:", run.stdout)
        self.assertNotIn("OK", run.stdout)

    def test_every_problem_is_on_its_own_line(self):
        config = self.home / "two-mistakes.toml"
        config.write_text('sound = "loud"\nmax_snoozes = 99\n')
        run = self.check_config(config)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        lines = run.stdout.splitlines()
        self.assertEqual(len(lines), 2, run.stdout)
        self.assertTrue(lines[0].startswith(f"{config}:1:9: error: sound:"), lines[0])
        self.assertTrue(lines[1].startswith(f"{config}:2:15: error: max_snoozes:"), lines[1])

    def test_a_misspelt_key_is_a_warning_that_does_not_fail(self):
        misspelt = FIXTURES / "misspelt-key.toml"
        run = self.check_config(misspelt)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertIn(f"{misspelt}:2:1: warning: unknown key 'remind_afte'", run.stdout)
        self.assertIn("did you mean 'remind_after'?", run.stdout)
        self.assertIn("OK", run.stdout)

    def test_without_an_argument_the_users_config_file_is_checked(self):
        config = self.config_home / "flexor" / "config.toml"
        config.parent.mkdir(parents=True)
        config.write_text('away_after = "5x"\n')
        run = self.check_config()
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        self.assertIn(f"{config}:1:14: error: away_after:", run.stdout)

    def test_the_global_options_are_not_taken_for_the_file(self):
        config = self.config_home / "flexor" / "config.toml"
        config.parent.mkdir(parents=True)
        config.write_text('away_after = "5x"\n')
        for option in ("--activate", "--verbose"):
            with self.subTest(option=option):
                run = self.check_config(option)
                self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
                self.assertIn(f"{config}:1:14: error: away_after:", run.stdout)

    def test_a_missing_user_config_means_the_defaults(self):
        run = self.check_config()
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertIn("OK", run.stdout)


if __name__ == "__main__":
    unittest.main()
