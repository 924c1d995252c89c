# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""One Flexor a session, even when two start at the same moment (the autostart entry and the
systemd unit, say): the one that loses the bus name opens no history and writes nothing."""

import signal
import unittest

from desktop import FLEXOR_BIN, Desktop, wait_until

CONFIG = 'schedule = false\npresence = "none"\n'
ROUNDS = 20


class SingleInstanceTest(unittest.TestCase):
    def test_two_starts_at_once_leave_one_daemon_and_one_history_writer(self):
        with Desktop(tray=None, monitor_bus=False) as desktop:
            desktop.write_config(CONFIG)
            for round_number in range(ROUNDS):
                with self.subTest(round=round_number):
                    self.race(desktop, round_number)

    def race(self, desktop, round_number):
        names = [f"flexor-{round_number}-{side}" for side in "ab"]
        daemons = [desktop.spawn([FLEXOR_BIN, "--verbose"], name) for name in names]
        def given_way():
            return [i for i, daemon in enumerate(daemons) if daemon.poll() is not None]
        loser = wait_until(given_way, timeout=30, what="one of the two starts to give way")[0]
        winner = 1 - loser
        self.assertEqual(daemons[loser].returncode, 0)
        loser_log = desktop.log(names[loser])
        self.assertIn("already running", loser_log)
        self.assertNotIn("history:", loser_log)
        self.assertNotIn("started;", loser_log)

        desktop.wait_until_serving()
        self.assertIsNone(daemons[winner].poll(), "the winner keeps running")
        wait_until(lambda: "started;" in desktop.log(names[winner]), timeout=15,
                   what="the winner to be up")
        self.assertIn("history: opened", desktop.log(names[winner]))
        self.assertEqual(desktop.cli("status", "--json").returncode, 0)

        daemons[winner].send_signal(signal.SIGTERM)
        self.assertEqual(daemons[winner].wait(timeout=15), 0)
        wait_until(lambda: "io.github.flexor.Flexor" not in desktop.bus_names(),
                   what="the bus name released")


if __name__ == "__main__":
    unittest.main()
