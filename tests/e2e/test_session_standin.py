# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The session watcher against a protocol-level stand-in for logind and the screensavers
(tests/tools/logind_standin): a private bus plays the system bus, another the session bus.
The stand-in owns the real names and emits the real signals; real logind and lockers cannot
run in a container."""

import os
import shutil
import signal
import subprocess
import tempfile
import unittest
from pathlib import Path

from compositors import Probe, tool
from desktop import wait_until


class Buses:
    """Two private dbus-daemons: `system` (via DBUS_SYSTEM_BUS_ADDRESS) and `session`."""

    def __enter__(self):
        self.root = Path(tempfile.mkdtemp(prefix="flexor-session-"))
        self.daemons = []
        self.env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8",
                    "XDG_RUNTIME_DIR": str(self.root), "QT_QPA_PLATFORM": "offscreen"}
        for bus, variable in (("system", "DBUS_SYSTEM_BUS_ADDRESS"),
                              ("session", "DBUS_SESSION_BUS_ADDRESS")):
            socket = self.root / f"{bus}-bus"
            self.env[variable] = f"unix:path={socket}"
            self.daemons.append(subprocess.Popen(
                ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--address=unix:path={socket}"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True))
            wait_until(socket.exists, what=f"the {bus} bus")
        self.probes = []
        return self

    def __exit__(self, *exc):
        for probe in self.probes:
            probe.stop()
        for daemon in self.daemons:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(timeout=5)
        shutil.rmtree(self.root, ignore_errors=True)
        return False

    def run(self, args, **env):
        probe = Probe(args, dict(self.env, **env))
        self.probes.append(probe)
        return probe


class SessionWatcherAgainstLogindStandin(unittest.TestCase):
    def setUp(self):
        self.buses = self.enterContext(Buses())
        self.standin = self.buses.run([tool("logind_standin")])
        self.standin.wait_for("ready")
        self.watcher = self.buses.run([tool("session_probe")])
        self.watcher.wait_for("started")

    def tell(self, command):
        """Makes the stand-in emit `command`; returns once it has been sent."""
        before = len(self.standin.lines())
        self.standin.send(command)
        self.standin.wait_for(f"sent {command}", after=before)

    def test_a_sleep_inhibitor_is_held_while_awake_and_released_after_about_to_sleep(self):
        self.standin.wait_for("inhibit sleep delay")
        self.tell("sleep")
        self.watcher.wait_for("sleep")
        self.standin.wait_for("inhibitor released")
        self.tell("resume")
        self.watcher.wait_for("resumed")
        inhibits = wait_until(lambda: self.standin.lines().count("inhibit sleep delay") == 2,
                              what="the inhibitor to be taken again after resume")
        self.assertTrue(inhibits)
        self.assertEqual(self.watcher.lines(), ["started", "sleep", "resumed"])

    def test_logind_locked_hint_and_lock_signals_are_followed(self):
        self.tell("locked-hint true")
        self.watcher.wait_for("locked")
        self.tell("locked-hint false")
        self.watcher.wait_for("unlocked")
        before = len(self.watcher.lines())
        self.tell("lock")
        self.watcher.wait_for("locked", after=before)
        self.tell("unlock")
        self.watcher.wait_for("unlocked", after=before)
        self.assertEqual(self.watcher.lines(),
                         ["started", "locked", "unlocked", "locked", "unlocked"])

    def test_one_lock_seen_by_several_sources_is_reported_once(self):
        self.tell("locked-hint true")
        self.watcher.wait_for("locked")
        self.tell("screensaver true")
        self.tell("gnome-screensaver true")
        self.tell("screensaver false")
        self.watcher.wait_for("unlocked")
        self.tell("locked-hint false")
        self.tell("gnome-screensaver true")
        self.watcher.wait_for("locked", after=3)
        self.assertEqual(self.watcher.lines(), ["started", "locked", "unlocked", "locked"])

    def test_a_second_prepare_for_sleep_is_not_a_second_sleep(self):
        self.tell("sleep")
        self.tell("sleep")
        self.tell("resume")
        self.watcher.wait_for("resumed")
        self.assertEqual(self.watcher.lines(), ["started", "sleep", "resumed"])


class SessionWatcherWithoutSystemBus(unittest.TestCase):
    def test_screensaver_locks_still_count_and_the_missing_bus_is_logged_once(self):
        with Buses() as buses:
            standin = buses.run([tool("logind_standin")])
            standin.wait_for("ready")
            watcher = buses.run([tool("session_probe")],
                                DBUS_SYSTEM_BUS_ADDRESS=f"unix:path={buses.root}/no-such-bus")
            watcher.wait_for("started")
            standin.send("screensaver true")
            watcher.wait_for("locked")
            self.assertNotIn("inhibit sleep delay", standin.lines())
            self.assertEqual(watcher.log().count("no system bus"), 1)


if __name__ == "__main__":
    unittest.main()
