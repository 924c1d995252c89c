# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A step of the tray's ring (every twelfth of remind_after) wakes as little as it can: the
daemon sends no StateChanged for it (only the clock moved, and `flexor status --follow`
computes the step itself), a StatusNotifier host is told of the new icon but not of a new
tooltip (it names wall-clock moments, so it has not changed), and it paints the icon through the X socket rather than a
shared-memory image, whose reuse costs a round trip to the X server at every step; the
routine window, a child process, keeps shared memory."""

import json
import os
import queue
import re
import subprocess
import threading
import unittest

from desktop import FLEXOR_BIN, Desktop, visible_window, wait_until

# A ring step every 5 s; nobody goes away during the test.
CONFIG = """
remind_after = "60s"
away_after = "55s"
schedule = false
"""


def signals(desktop, member):
    return desktop.log("bus-monitor").count(f"member={member}")


def state_signals(desktop):
    return signals(desktop, "StateChanged")


def shared_images(pid):
    """The X shared-memory segments mapped by a process: an X-server memfd (MIT-SHM 1.2) or a
    System V segment."""
    maps = open(f"/proc/{pid}/maps").read()
    return re.findall(r"/memfd:xorg|SYSV\w+", maps)


class LineReader:
    """The lines a process prints, read on a thread, so a missing line is a timeout."""

    def __init__(self, stream):
        self.lines = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream):
        for line in stream:
            self.lines.put(line)

    def next_json(self, timeout=20):
        try:
            return json.loads(self.lines.get(timeout=timeout))
        except queue.Empty:
            raise AssertionError(f"no line printed within {timeout} s") from None


class RingStepTest(unittest.TestCase):
    def start(self, monitor_bus, tray="trayer"):
        self.desktop = self.enterContext(Desktop(tray=tray, monitor_bus=monitor_bus))
        self.desktop.start_flexor(CONFIG)
        self.desktop.keep_active()
        self.desktop.wait_for_log(r"tray: icon shown")

    def test_a_ring_step_sends_no_signal_and_follow_still_counts(self):
        self.start(monitor_bus=True)
        d = self.desktop
        follower = subprocess.Popen([FLEXOR_BIN, "status", "--json", "--follow"], env=d.env,
                                    stdout=subprocess.PIPE, text=True)
        self.addCleanup(follower.wait)
        self.addCleanup(follower.terminate)
        lines = LineReader(follower.stdout)
        first = lines.next_json()
        self.assertEqual(first["state"], "sitting")
        self.assertTrue(first["streak_running"])
        signals = state_signals(d)
        steps = d.flexor_log().count("timer fired")

        # Two ring steps: the follower prints each, counted on from the last signal.
        seen = [lines.next_json(), lines.next_json()]
        for earlier, later in zip([first] + seen, seen):
            self.assertEqual(later["state"], "sitting")
            self.assertGreaterEqual(later["streak_seconds"] - earlier["streak_seconds"], 4)
            self.assertLess(later["reminder_in_seconds"], earlier["reminder_in_seconds"])
        wait_until(lambda: d.flexor_log().count("timer fired") >= steps + 2,
                   what="the daemon's own ring steps")
        self.assertEqual(state_signals(d), signals, "StateChanged sent at a ring step")

        # A real change is still signalled, and followed.
        d.cli("stand")
        standing = lines.next_json()
        self.assertEqual(standing["state"], "standing")
        self.assertFalse(standing["streak_running"])
        wait_until(lambda: state_signals(d) > signals, what="StateChanged for standing")

    def test_a_status_notifier_host_gets_a_new_icon_and_no_new_tooltip(self):
        self.start(monitor_bus=True, tray="xfce4-panel")
        d = self.desktop
        d.wait_for_log(r"timer fired")
        icons, tooltips = signals(d, "NewIcon"), signals(d, "NewToolTip")
        offset = len(d.flexor_log())
        d.wait_for_log(r"timer fired(.|\n)*timer fired", after=offset)  # two ring steps
        wait_until(lambda: signals(d, "NewIcon") >= icons + 2, what="NewIcon at each step")
        self.assertEqual(signals(d, "NewToolTip"), tooltips, "NewToolTip sent at a ring step")

        d.cli("stand")  # "Standing until …": a tooltip that did change is still sent
        wait_until(lambda: signals(d, "NewToolTip") > tooltips, what="NewToolTip for standing")

    def test_the_icon_is_painted_without_shared_memory_and_the_routine_keeps_it(self):
        self.start(monitor_bus=False)
        d = self.desktop
        offset = len(d.flexor_log())
        d.wait_for_log(r"timer fired", after=offset)  # a ring step has repainted the icon
        self.assertEqual(shared_images(d.flexor.pid), [])

        self.assertEqual(d.cli("stretch").returncode, 0)
        routine = int(d.wait_for_log(r"routine program started \(pid (\d+)\)").group(1))
        wait_until(lambda: visible_window(d, "Psoas release"), timeout=15,
                   what="the routine window")
        wait_until(lambda: shared_images(routine), what="the routine's shared-memory image")
        with open(f"/proc/{routine}/environ", "rb") as environ:
            self.assertNotIn(b"QT_XCB_NO_MITSHM", environ.read())
        self.assertEqual(shared_images(d.flexor.pid), [])


if __name__ == "__main__":
    unittest.main()
