# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""`flexor stats` reads the history database directly: no daemon, read-only, JSON/CSV/text."""

import csv
import datetime
import io
import json
import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

from clock_env import clock_env
from desktop import FLEXOR_BIN
from stats_seed import expected_day, seed

SEEDED_DAYS = 30


class StatsCommandTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # Seeding writes a few hundred synced transactions: once, then copied for each test.
        cls.template_dir = Path(tempfile.mkdtemp(prefix="flexor-stats-seed-"))
        cls.template = cls.template_dir / "history.sqlite"
        cls.seeded_today = seed(cls.template, SEEDED_DAYS, clock_env())

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.template_dir, ignore_errors=True)

    def seed(self):
        self.database.parent.mkdir(parents=True)
        shutil.copy(self.template, self.database)
        self.database.chmod(0o600)
        return self.seeded_today

    def setUp(self):
        self.root = Path(tempfile.mkdtemp(prefix="flexor-stats-"))
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.root),
            "XDG_CONFIG_HOME": str(self.root / "config"),
            "XDG_STATE_HOME": str(self.root / "state"),
            "LANG": "C.UTF-8",
            # No bus and no display: the command must not need the daemon.
            "DBUS_SESSION_BUS_ADDRESS": f"unix:path={self.root}/no-bus",
            **clock_env(),
        }
        self.database = self.root / "state" / "flexor" / "history.sqlite"

    def tearDown(self):
        shutil.rmtree(self.root, ignore_errors=True)

    def stats(self, *args):
        result = subprocess.run([FLEXOR_BIN, "stats", *args], env=self.env, capture_output=True,
                                text=True, timeout=30)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        return result.stdout

    def expected_days(self, count, seeded_today, threshold_minutes=45, last=None):
        """The statistics of the `count` days up to `last` (the report's own last day, so a
        report made just before midnight is checked against its own day), or up to today."""
        today = datetime.date.fromisoformat(last or json.loads(self.stats("--json", "--days", "1"))
                                            ["days"][0]["date"])
        dates = [today - datetime.timedelta(days=n) for n in reversed(range(count))]
        return [expected_day(d, seeded_today, SEEDED_DAYS, threshold_minutes) for d in dates]

    def test_json_lists_each_of_the_last_n_days_with_its_statistics(self):
        seeded_today = self.seed()

        report = json.loads(self.stats("--json", "--days", "7"))

        self.assertEqual(report["threshold_seconds"], 45 * 60)
        self.assertEqual(report["days"],
                         self.expected_days(7, seeded_today, last=report["days"][-1]["date"]))
        # The day off three days ago is there, with nothing in it.
        self.assertEqual(report["days"][-4]["sitting_seconds"], 0)
        self.assertEqual([s["sitting_seconds"] for s in report["longest_streaks"]], [3000] * 5)
        self.assertTrue(all(s["start"].endswith("T10:00:00") for s in report["longest_streaks"]))

    def test_csv_has_a_header_and_one_row_per_day(self):
        seeded_today = self.seed()

        rows = list(csv.DictReader(io.StringIO(self.stats("--csv", "--days", "30"))))

        expected = self.expected_days(30, seeded_today, last=rows[-1]["date"])
        self.assertEqual(len(rows), 30)
        self.assertEqual(list(rows[0].keys()), list(expected[0].keys()))
        for row, day in zip(rows, expected):
            self.assertEqual({k: str(v) for k, v in day.items()}, row)

    def test_the_threshold_comes_from_remind_after_in_the_config(self):
        seeded_today = self.seed()
        (self.root / "config" / "flexor").mkdir(parents=True)
        (self.root / "config" / "flexor" / "config.toml").write_text('remind_after = "20m"\n')

        report = json.loads(self.stats("--json", "--days", "7"))

        self.assertEqual(report["threshold_seconds"], 20 * 60)
        self.assertEqual(report["days"], self.expected_days(7, seeded_today, 20,
                                                            last=report["days"][-1]["date"]))
        # Every streak of a working day is now over the threshold.
        worked = [d for d in report["days"] if d["sitting_seconds"] > 0]
        self.assertTrue(worked and all(d["streaks_over_threshold"] == 3 for d in worked), worked)

    def test_text_is_a_table_of_the_last_seven_days_by_default(self):
        self.seed()

        lines = self.stats().splitlines()

        self.assertTrue(lines[0].split()[0] == "date" and "sitting" in lines[0], lines[0])
        day_rows = [l for l in lines[1:] if l[:4].isdigit()]
        self.assertEqual(len(day_rows), 7)
        self.assertIn("Longest streaks", "\n".join(lines))

    def test_without_any_history_it_reports_empty_days_and_creates_nothing(self):
        report = json.loads(self.stats("--json", "--days", "3"))

        self.assertEqual(len(report["days"]), 3)
        self.assertTrue(all(d["sitting_seconds"] == 0 for d in report["days"]))
        self.assertFalse(self.database.exists())

    def test_reading_leaves_the_database_unchanged(self):
        self.seed()
        before = self.database.read_bytes()

        self.stats("--json", "--days", "30")

        self.assertEqual(self.database.read_bytes(), before)
        self.assertEqual(self.database.stat().st_mode & 0o777, 0o600)


if __name__ == "__main__":
    unittest.main()
