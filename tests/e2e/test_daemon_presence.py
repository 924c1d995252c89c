# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The whole loop on X11: real input and real idle (SYNC IDLETIME, or the MIT-SCREEN-SAVER
fallback) and the X server's own screensaver reach the daemon's engine, and the streak follows
what really happened."""

import time
import unittest

from desktop import Desktop, wait_until

CONFIG = """
remind_after = "45m"
away_after = "2s"
schedule = false
"""


class DaemonPresenceTest(unittest.TestCase):
    def test_idle_for_away_after_is_a_break_and_input_starts_a_fresh_streak(self):
        with Desktop(tray=None) as desktop:
            desktop.keep_active()
            desktop.start_flexor(CONFIG)
            self.assertEqual(desktop.status()["presence"], "x11-sync")
            wait_until(lambda: desktop.status()["state"] == "away", timeout=2 + 2,
                       what="away after 2 s without input")
            desktop.wait_for_log(r"state sitting -> away \(user-idle\)")
            away_seen = time.monotonic()
            desktop.keep_active()
            # Input is an event (no poll): "within a second", with room for ASan under load.
            wait_until(lambda: desktop.status()["state"] == "sitting", timeout=3,
                       what="sitting within a second of the input")
            self.assert_fresh_streak_since(desktop, away_seen)

    def test_the_screensaver_fallback_hears_the_return_as_an_event_too(self):
        with Desktop(tray=None) as desktop:
            desktop.keep_active()
            desktop.start_flexor(CONFIG + 'presence = "x11-screensaver"\n')
            self.assertEqual(desktop.status()["presence"], "x11-screensaver")
            wait_until(lambda: desktop.status()["state"] == "away", timeout=2 + 2,
                       what="away after 2 s without input")
            away_seen = time.monotonic()
            desktop.keep_active()
            wait_until(lambda: desktop.status()["state"] == "sitting", timeout=3,
                       what="sitting within a second of the input")
            desktop.wait_for_log(r"state away -> sitting \(user-active\)")
            self.assert_fresh_streak_since(desktop, away_seen)

    def assert_fresh_streak_since(self, desktop, moment):
        """A streak begun after `moment` (a time.monotonic()) is shorter than the time since;
        one carried on from before it would be longer by at least away_after. Measured this
        way, a slow `flexor status` under load cannot fail it."""
        streak = desktop.status()["streak_seconds"]
        self.assertLessEqual(streak, time.monotonic() - moment)

    def lock_then_unlock(self, desktop, locked_for_log_pattern):
        desktop.run(["xset", "s", "activate"])
        wait_until(lambda: desktop.status()["locked"], what="locked")
        self.assertEqual(desktop.status()["state"], "away")
        if locked_for_log_pattern:
            desktop.wait_for_log(locked_for_log_pattern, timeout=5)
        desktop.run(["xset", "s", "reset"])
        wait_until(lambda: not desktop.status()["locked"], what="unlocked")
        desktop.keep_active()
        wait_until(lambda: desktop.status()["state"] == "sitting", what="sitting again")

    def test_a_short_screensaver_lock_keeps_the_streak(self):
        with Desktop(tray=None) as desktop:
            desktop.start_flexor(CONFIG.replace('"2s"', '"1m"'))
            wait_until(lambda: desktop.status()["streak_seconds"] >= 4, timeout=15,
                       what="a streak of 4 s")
            before = desktop.status()["streak_seconds"]
            self.lock_then_unlock(desktop, None)
            # Kept, not restarted at the lock or the return.
            self.assertGreaterEqual(desktop.status()["streak_seconds"], before)
            desktop.wait_for_log(r"state away -> sitting \(screen-unlocked\)")
            self.assertNotIn("recorded natural-break", desktop.flexor_log())

    def test_a_screensaver_lock_longer_than_away_after_is_a_break(self):
        with Desktop(tray=None) as desktop:
            # Only the lock can make the user away here, not idle.
            desktop.start_flexor(CONFIG + 'presence = "none"\n')
            wait_until(lambda: desktop.status()["streak_seconds"] >= 1, what="a streak")
            locked_at = time.monotonic()
            # The engine ends the streak when the lock reaches away_after: a streak is journaled.
            self.lock_then_unlock(desktop, r"recorded streak")
            desktop.wait_for_log(r"recorded natural-break")
            self.assert_fresh_streak_since(desktop, locked_at)


if __name__ == "__main__":
    unittest.main()
