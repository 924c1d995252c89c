# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""One streak across two machines, through a real Syncthing folder.

Two headless desktops, each with its own home and its own Flexor, and two real Syncthing
instances (tests/e2e/syncthing.py) that carry the shared folder between them on 127.0.0.1.
Durations are seconds: typing on A, then on B, brings the reminder on B at remind_after
from the start on A; a snooze on B holds on A; with A's Syncthing gone, B counts alone."""

import re
import tempfile
import time
import unittest
from pathlib import Path

from desktop import Desktop, wait_until
from syncthing import SyncthingPair
from test_reminders import ActivityGenerator

REMIND_AFTER = 16
SYNC_SLACK = 2  # the bound: the sync delay plus this

CONFIG = """
remind_after = "{remind}s"
away_after = "4s"
snooze = "8s"
repeat_every = "1h"
schedule = false
share_folder = "{folder}"
share_skew = "2s"
"""


def log_time(text, pattern, after=0):
    """The wall time (seconds since the epoch) of the first log line matching pattern."""
    regex = re.compile(r"^(\d+-\d+-\d+ \d+:\d+:\d+\.\d+) [^\n]*" + pattern, re.M)
    match = regex.search(text, after)
    if not match:
        return None
    return time.mktime(time.strptime(match.group(1)[:19], "%Y-%m-%d %H:%M:%S")) + \
        float("0." + match.group(1)[20:])


class ShareSyncthingTest(unittest.TestCase):
    def setUp(self):
        self.root = Path(self.enterContext(tempfile.TemporaryDirectory(prefix="flexor-share-")))
        self.pair = self.enterContext(SyncthingPair(self.root))
        self.a = self.enterContext(Desktop())
        self.b = self.enterContext(Desktop())
        for index, desktop in enumerate((self.a, self.b)):
            desktop.start_flexor(CONFIG.format(remind=REMIND_AFTER,
                                               folder=self.pair.folder(index)))
        # Both idle from the start: each sees itself and the other away, streaks at zero.
        for desktop in (self.a, self.b):
            desktop.keep_active()
        for desktop in (self.a, self.b):
            wait_until(lambda d=desktop: d.status()["state"] == "away", timeout=20,
                       what="both machines away")

    def machine_ids(self):
        return [(Path(d.home) / ".local/state/flexor/share-device-id").read_text().strip()
                for d in (self.a, self.b)]

    def test_one_streak_one_reminder_one_answer(self):
        id_a, _ = self.machine_ids()
        b_log = len(self.b.flexor_log())
        typing_on_a = self.enterContext(ActivityGenerator(self.a))
        started_on_a = time.time()
        # B learns that A is in use, through Syncthing: B sits elsewhere instead of away.
        self.b.wait_for_log(rf"share: .* \({id_a}\) in use since", timeout=10, after=b_log)
        seen_on_b = log_time(self.b.flexor_log(), rf"\({id_a}\) in use since", b_log)
        print(f"sync delay A -> B: {seen_on_b - started_on_a:.2f} s (from the first input on A)")
        wait_until(lambda: self.b.status()["sitting_elsewhere"], timeout=5,
                   what="B sitting elsewhere")
        machines = self.b.status()["machines"]
        self.assertEqual([m["id"] for m in machines], [id_a])
        self.assertTrue(machines[0]["in_use"])
        self.assertTrue(machines[0]["host"])

        # Half way, the person moves from A to B.
        wait_until(lambda: time.time() >= started_on_a + REMIND_AFTER / 2, timeout=REMIND_AFTER,
                   interval=0.05, what="half of remind_after")
        typing_on_a.__exit__(None, None, None)
        typing_on_b = self.enterContext(ActivityGenerator(self.b))
        wait_until(lambda: len(self.b.notify_calls()) >= 1, timeout=REMIND_AFTER + 10,
                   what="the reminder on B")
        shown_on_b = log_time(self.b.flexor_log(), r"reminder after", b_log)
        late = shown_on_b - (started_on_a + REMIND_AFTER)
        print(f"reminder on B {late:+.2f} s after remind_after from the start on A")
        self.assertGreater(late, -1.5)
        self.assertLess(late, seen_on_b - started_on_a + SYNC_SLACK)
        # A does not show it: it went to B, where the person is.
        self.a.wait_for_log(r"reminder shown on another machine", timeout=5)
        self.assertEqual(self.a.notify_calls(), [])

        # Snoozed on B: A holds the snooze too.
        self.b.invoke_action("snooze")
        wait_until(lambda: self.b.status()["state"] == "snoozed", timeout=5, what="B snoozed")
        snoozed_on_b = time.monotonic()
        wait_until(lambda: self.a.status()["state"] == "snoozed", timeout=10, interval=0.05,
                   what="A snoozed")
        print(f"snooze B -> A: {time.monotonic() - snoozed_on_b:.2f} s")

        # A's Syncthing goes away: B goes on counting by itself and reminds again.
        self.pair.stop(0)
        wait_until(lambda: len(self.b.notify_calls()) >= 2, timeout=20,
                   what="the reminder on B after the snooze")
        status = self.b.status()
        self.assertEqual(status["state"], "reminder-due")
        self.assertGreaterEqual(status["streak_seconds"], REMIND_AFTER)
        typing_on_b.__exit__(None, None, None)


if __name__ == "__main__":
    unittest.main()
