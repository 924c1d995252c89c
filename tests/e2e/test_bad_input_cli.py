# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Bad input on the command line (issue 10): every answer is clear, quick and honest, and
nothing hangs, grows without bound or wraps around. The real binary, no desktop needed."""

import os
import shutil
import sqlite3
import subprocess
import tempfile
import time
import unittest
from pathlib import Path

FLEXOR_BIN = os.environ.get("FLEXOR_BIN", "flexor")
SOURCE_DIR = Path(os.environ.get("FLEXOR_SOURCE_DIR", Path(__file__).resolve().parents[2]))


class BadInputCliTest(unittest.TestCase):
    def setUp(self):
        self.home = Path(tempfile.mkdtemp(prefix="flexor-bad-input-"))
        self.addCleanup(shutil.rmtree, self.home, ignore_errors=True)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_STATE_HOME": str(self.home / ".local" / "state"),
            "XDG_RUNTIME_DIR": str(self.home),
            # No session bus runs at this address: a client must not find or start a daemon.
            "DBUS_SESSION_BUS_ADDRESS": f"unix:path={self.home}/no-bus",
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }
        for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if key in os.environ:
                self.env[key] = os.environ[key]

    def flexor(self, *args, timeout=30):
        start = time.monotonic()
        run = subprocess.run([FLEXOR_BIN, *args], env=self.env, capture_output=True,
                             timeout=timeout)
        run.seconds = time.monotonic() - start
        run.out = run.stdout.decode(errors="replace") + run.stderr.decode(errors="replace")
        return run

    # ---- item 1 and 2: input that would crash or hang ------------------------------------

    def test_a_50000_level_key_is_refused_with_its_position(self):
        deep = self.home / "deep.toml"
        deep.write_text("# a key far too deep\n" + "k." * 50000 + "k = 1\n")
        run = self.flexor("check-config", deep)
        self.assertEqual(run.returncode, 1, run.out)
        self.assertIn(f"{deep}:2:130: error: keys, arrays and inline tables are nested", run.out)

    def test_an_option_is_not_taken_for_a_routine_name(self):
        run = self.flexor("stretch", "--json")
        self.assertEqual(run.returncode, 64, run.out)
        self.assertIn("stretch takes no option '--json'", run.out)

    def test_dev_zero_is_refused_at_once(self):
        run = self.flexor("check-config", "/dev/zero", timeout=10)
        self.assertEqual(run.returncode, 1, run.out)
        self.assertIn("/dev/zero: error: is not a regular file", run.out)
        self.assertLess(run.seconds, 5)

    def test_a_fifo_does_not_hang(self):
        fifo = self.home / "config.toml"
        os.mkfifo(fifo)
        run = self.flexor("check-config", fifo, timeout=10)
        self.assertEqual(run.returncode, 1, run.out)
        self.assertIn("is not a regular file", run.out)

    def test_a_10_mb_file_is_refused_well_under_a_second(self):
        big = self.home / "big.toml"
        big.write_text("unknown_" + "x" * (10 * 1024 * 1024) + " = 1\n")
        run = self.flexor("check-config", big)
        self.assertEqual(run.returncode, 1, run.out)
        self.assertIn("is too large for a config file (more than 1024 KiB)", run.out)
        self.assertLess(len(run.out), 1000)
        self.assertLess(run.seconds, 3)  # the whole process under ASan; the check itself is ms

    def test_a_huge_unknown_key_under_the_limit_is_checked_quickly(self):
        big = self.home / "key.toml"
        big.write_text("q" * (1000 * 1024) + " = 1\n")
        run = self.flexor("check-config", big)
        self.assertIn("warning: unknown key", run.out)
        self.assertLess(len(run.out), 1000)
        self.assertLess(run.seconds, 5)

    # ---- item 4: check-config says OK only when it is ------------------------------------

    def test_a_named_file_that_does_not_exist_is_an_error(self):
        run = self.flexor("check-config", self.home / "confg.toml")
        self.assertEqual(run.returncode, 1, run.out)
        self.assertIn("confg.toml: error: does not exist", run.out)
        self.assertNotIn("OK", run.out)

    def test_a_missing_file_whose_name_is_not_utf8_is_an_error(self):
        name = os.fsencode(str(self.home)) + b"/conf\xff.toml"
        run = subprocess.run([os.fsencode(FLEXOR_BIN), b"check-config", name], env=self.env,
                             capture_output=True, timeout=30)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        self.assertIn(b"conf\xff.toml: error: does not exist", run.stdout)

    def test_an_existing_file_whose_name_is_not_utf8_is_read(self):
        name = os.fsencode(str(self.home)) + b"/conf\xff.toml"
        with open(name, "w") as f:
            f.write('remind_after = "40m"\n')
        run = subprocess.run([os.fsencode(FLEXOR_BIN), b"check-config", name], env=self.env,
                             capture_output=True, timeout=30)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertTrue(run.stdout.startswith(b"OK"))

    def test_a_routine_file_is_checked_as_a_routine(self):
        routines = self.home / "routines"
        routines.mkdir()
        broken = routines / "psoas.toml"
        text = (SOURCE_DIR / "config" / "routines" / "psoas.toml").read_text()
        broken.write_text(text.replace('hold = "45s"', 'hold = "45"', 1))
        line = next(i for i, l in enumerate(broken.read_text().splitlines(), 1)
                    if l == 'hold = "45"')
        run = self.flexor("check-config", broken)
        self.assertEqual(run.returncode, 1, run.out)
        self.assertIn(f"{broken}:{line}:8: error: hold:", run.out)

        elsewhere = self.home / "my-routine.toml"  # not in a routines folder: by its [[step]]
        elsewhere.write_text(broken.read_text())
        run = self.flexor("check-config", elsewhere)
        self.assertEqual(run.returncode, 1, run.out)
        self.assertIn(f"{elsewhere}:{line}:8: error: hold:", run.out)

        shipped = SOURCE_DIR / "config" / "routines" / "quick.toml"
        run = self.flexor("check-config", shipped)
        self.assertEqual(run.returncode, 0, run.out)
        self.assertIn("(a routine)", run.out)

    def test_a_missing_routine_is_reported_at_the_routine_key(self):
        config = self.home / "c.toml"
        config.write_text('remind_after = "40m"\nroutine   = "handstand"\n')
        run = self.flexor("check-config", config)
        self.assertEqual(run.returncode, 1, run.out)
        self.assertIn(f'{config}:2:13: error: routine = "handstand": no routine', run.out)

    # ---- items 9 and 10: numbers out of range ------------------------------------------

    def test_durations_past_a_week_are_usage_errors_not_other_durations(self):
        for args in (("snooze", "1193047h"), ("pause", "1193100h"), ("snooze", "169h")):
            with self.subTest(args=args):
                run = self.flexor(*args)
                self.assertEqual(run.returncode, 64, run.out)
                self.assertIn("longer than a week", run.out)
        # A week itself is fine as far as the CLI goes: without a daemon, exit 2.
        self.assertEqual(self.flexor("pause", "168h").returncode, 2)

    def test_stats_days_is_bounded(self):
        run = self.flexor("stats", "--days", "10000000", timeout=10)
        self.assertEqual(run.returncode, 64, run.out)
        self.assertIn("from 1 to 3650", run.out)
        self.assertLess(run.seconds, 5)
        self.assertEqual(self.flexor("stats", "--days", "3650").returncode, 0)

    # ---- item 12: an empty, read-only history ------------------------------------------

    def test_stats_on_an_empty_read_only_history_says_there_is_none_yet(self):
        state = self.home / ".local" / "state" / "flexor"
        state.mkdir(parents=True)
        db = state / "history.sqlite"
        sqlite3.connect(db).close()
        db.chmod(0o400)
        run = self.flexor("stats")
        self.assertEqual(run.returncode, 0, run.out)
        self.assertNotIn("not an error", run.out)
        self.assertIn("No history yet", run.out)


if __name__ == "__main__":
    unittest.main()
