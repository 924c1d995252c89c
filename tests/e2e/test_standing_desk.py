# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Standing desks end to end, in seconds: with standing_desk = true the reminder offers "Stand
for a while", which switches to standing; after stand_for a gentle notification asks "Back to
sitting?", and its answers sit down or stand for another stand_for. A rhythm ("SIT-STAND-MOVE")
sets the sitting and standing times (its minutes are checked here, not waited for)."""

import time
import unittest

from desktop import Desktop, wait_until

CONFIG = """
remind_after = "2s"
away_after = "10m"
schedule = false
standing_desk = true
stand_for = "3s"
"""


def asked_back(desktop):
    return [n for n in desktop.notify_calls() if n["summary"] == "Back to sitting?"]


class StandingDeskTest(unittest.TestCase):
    def stand_from_the_reminder(self, desktop):
        reminder = wait_until(lambda: desktop.notify_calls(), timeout=8, what="the reminder")[0]
        self.assertEqual(reminder["actions"]["stand"], "Stand for a while")
        self.assertEqual(reminder["actions"]["start"], "Start stretch")
        asked = time.monotonic()
        desktop.invoke_action("stand")
        wait_until(lambda: desktop.status()["state"] == "standing", what="standing")
        return asked

    def test_stand_for_a_while_then_back_to_sitting(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(CONFIG)
            stood_up = self.stand_from_the_reminder(desktop)
            question = wait_until(lambda: asked_back(desktop), timeout=8,
                                  what="the question after stand_for")[0]
            self.assertGreater(time.monotonic() - stood_up, 2.5)
            self.assertEqual(question["body"], "Your standing time is up.")
            self.assertEqual(question["actions"],
                             {"sit": "Back to sitting", "keep-standing": "Keep standing"})
            self.assertEqual(question["hints"]["urgency"], "0")
            self.assertEqual(desktop.status()["state"], "standing")  # until the answer
            desktop.invoke_action("sit")
            wait_until(lambda: desktop.status()["state"] != "standing", what="sitting again")

    def test_keep_standing_asks_again_after_another_stand_for(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(CONFIG)
            self.stand_from_the_reminder(desktop)
            wait_until(lambda: asked_back(desktop), timeout=8, what="the first question")
            kept = time.monotonic()
            desktop.invoke_action("keep-standing")
            wait_until(lambda: len(asked_back(desktop)) == 2, timeout=8,
                       what="the second question")
            self.assertGreater(time.monotonic() - kept, 2.5)
            self.assertEqual(desktop.status()["state"], "standing")

    def test_a_rhythm_stands_in_for_remind_after(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor('remind_after = "45m"\nschedule = false\nrhythm = "20-8-2"\n')
            self.assertEqual(desktop.status()["remind_after_seconds"], 20 * 60)


if __name__ == "__main__":
    unittest.main()
