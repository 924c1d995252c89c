# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The reminder notification, end to end: the real daemon under Xvfb, a real session bus and
dunst as the notification server. Durations are configured in seconds."""

import threading
import unittest

from desktop import Desktop, wait_until

CONFIG = """
remind_after = "3s"
snooze = "2s"
repeat_every = "4s"
max_snoozes = 2
away_after = "10m"
schedule = false
"""


class ActivityGenerator:
    """A person at the keyboard: real input every 300 ms, in a background thread."""

    def __init__(self, desktop):
        self.desktop = desktop
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        while not self.stop.wait(0.3):
            self.desktop.keep_active()

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()


class ReminderTest(unittest.TestCase):
    def setUp(self):
        self.desktop = self.enterContext(Desktop(tray="trayer"))
        self.desktop.start_flexor(CONFIG)

    def wait_for_notification(self, count=1, timeout=8):
        return wait_until(lambda: len(self.desktop.notify_calls()) >= count and
                          self.desktop.notify_calls()[count - 1], timeout=timeout,
                          what=f"notification #{count}")

    def test_reminder_appears_at_the_threshold_with_three_actions(self):
        with ActivityGenerator(self.desktop):
            note = self.wait_for_notification(timeout=3 + 2)
        self.assertEqual(note["app"], "flexor")
        self.assertEqual(note["icon"], "io.github.flexor.Flexor")
        self.assertIn("Sitting for", note["body"])
        self.assertEqual(set(note["actions"]), {"default", "start", "snooze", "skip"})
        self.assertEqual(note["actions"]["start"], "Start stretch")
        self.assertEqual(note["actions"]["snooze"], "Snooze 2 s")
        self.assertEqual(note["actions"]["skip"], "Skip")
        self.assertEqual(note["hints"]["desktop-entry"], "io.github.flexor.Flexor")
        self.assertIn("category", note["hints"])
        self.assertEqual(note["hints"]["urgency"], "1")
        self.assertEqual(self.desktop.status()["state"], "reminder-due")

    def test_snooze_closes_the_reminder_and_it_comes_back_after_the_snooze(self):
        self.wait_for_notification()
        self.desktop.invoke_action("snooze")
        wait_until(lambda: self.desktop.status()["state"] == "snoozed", what="snoozed state")
        self.assertEqual(self.desktop.status()["snoozes"], 1)
        wait_until(lambda: self.desktop.displayed_notifications() == 0, what="reminder closed")
        again = self.wait_for_notification(count=2, timeout=2 + 2)
        self.assertEqual(again["actions"]["snooze"], "Snooze 2 s")
        self.assertEqual(self.desktop.status()["state"], "reminder-due")

    def test_reminder_is_escalated_after_max_snoozes(self):
        for count in (1, 2):
            self.wait_for_notification(count=count)
            wait_until(lambda: self.desktop.displayed_notifications() == 1, what="shown")
            self.desktop.invoke_action("snooze")
            wait_until(lambda: self.desktop.status()["state"] == "snoozed", what="snoozed")
        urgent = self.wait_for_notification(count=3)
        self.assertEqual(urgent["hints"]["urgency"], "2")
        self.assertEqual(urgent["timeout"], 0)
        self.assertTrue(self.desktop.status()["escalated"])

    def test_skip_resets_the_streak(self):
        self.wait_for_notification()
        self.desktop.invoke_action("skip")
        wait_until(lambda: self.desktop.status()["state"] == "sitting", what="sitting again")
        self.assertLess(self.desktop.status()["streak_seconds"], 3)
        self.desktop.wait_for_log(r"state reminder-due -> sitting \(skip")

    def test_start_action_starts_the_routine(self):
        self.wait_for_notification()
        self.desktop.invoke_action("start")
        wait_until(lambda: self.desktop.status()["state"] == "in-routine", what="routine state")

    def test_unanswered_reminder_is_repeated_in_place(self):
        first = self.wait_for_notification()
        second = self.wait_for_notification(count=2, timeout=4 + 2)
        self.assertNotEqual(second["replaces_id"], 0)
        self.assertEqual(self.desktop.displayed_notifications(), 1)
        self.assertEqual(first["summary"], second["summary"])

    def test_answering_elsewhere_closes_the_notification(self):
        self.wait_for_notification()
        wait_until(lambda: self.desktop.displayed_notifications() == 1, what="shown")
        self.assertEqual(self.desktop.cli("skip").returncode, 0)
        wait_until(lambda: self.desktop.displayed_notifications() == 0, what="closed")
        self.assertTrue(self.desktop.close_calls())


if __name__ == "__main__":
    unittest.main()
