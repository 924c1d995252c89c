# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A streak survives a daemon restart (crash, upgrade, logout/login) within away_after, and a
kill -9 loses nothing the history had already written."""

import signal
import sqlite3
import unittest

from desktop import Desktop, wait_until

CONFIG = 'remind_after = "45m"\naway_after = "10m"\nschedule = false\npresence = "none"\n'


class RestartTest(unittest.TestCase):
    def database(self, desktop):
        return desktop.home / ".local" / "state" / "flexor" / "history.sqlite"

    def test_a_restarted_daemon_resumes_the_running_streak(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(CONFIG)
            wait_until(lambda: desktop.status()["streak_seconds"] >= 2, what="a 2 s streak")
            self.assertEqual(desktop.stop_flexor(), 0)
            desktop.start_flexor()
            self.assertGreaterEqual(desktop.status()["streak_seconds"], 2)
            desktop.wait_for_log(r"history: resuming a streak of")

    def test_a_resumed_streak_already_past_remind_after_reminds_at_once(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(CONFIG)
            wait_until(lambda: desktop.status()["streak_seconds"] >= 2, what="a 2 s streak")
            self.assertEqual(desktop.stop_flexor(), 0)
            # Restarted with a shorter remind_after than the streak it resumes: due at start.
            desktop.start_flexor(CONFIG.replace('"45m"', '"1s"'))
            self.assertEqual(desktop.status()["state"], "reminder-due")
            reminder = wait_until(
                lambda: next((n for n in desktop.notify_calls() if "Sitting for" in n["body"]),
                             None), what="the reminder")
            # Sent once the server had said what it shows: with its buttons, no tray hint.
            self.assertNotIn("Answer from the tray icon", reminder["body"])

    def test_kill_9_keeps_what_was_written(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(CONFIG)
            desktop.cli("pause", "5m")
            desktop.cli("resume")  # a pause that ended is a journal entry
            wait_until(lambda: "recorded pause" in desktop.flexor_log(), what="the pause written")
            desktop.flexor.send_signal(signal.SIGKILL)
            desktop.flexor.wait()
            with sqlite3.connect(self.database(desktop)) as db:
                self.assertEqual(db.execute("PRAGMA integrity_check").fetchone()[0], "ok")
                kinds = [row[0] for row in db.execute("SELECT kind FROM journal")]
            self.assertIn("pause", kinds)


if __name__ == "__main__":
    unittest.main()
