# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Sitting without typing: while an application inhibits idle (here the real systemd-inhibit
--what=idle, as a video player would), idle does not count as away. logind itself cannot run
in a container: tests/tools/logind_standin plays it on a private system bus, at the protocol
level (Inhibit hands out a pipe, BlockInhibited and PropertiesChanged follow it). The rest is
real: Xvfb's SYNC IDLETIME, the session bus, dunst."""

import re
import shutil
import subprocess
import time
import unittest
from datetime import datetime

from compositors import Probe, tool
from desktop import Desktop, wait_until

CONFIG = """
remind_after = "45s"
away_after = "5s"
repeat_every = "2h"
schedule = false
idle_inhibitors = {inhibitors}
"""


def log_time(log, pattern):
    """The moment of the first flexor log line matching pattern (seconds, from its timestamp)."""
    for line in log.splitlines():
        if re.search(pattern, line):
            return datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S.%f").timestamp()
    raise AssertionError(f"no log line /{pattern}/")


@unittest.skipUnless(shutil.which("systemd-inhibit"), "systemd-inhibit is needed (systemd)")
class IdleInhibitorsAgainstLogindStandin(unittest.TestCase):
    def setUp(self):
        self.desktop = self.enterContext(Desktop(tray=None))
        socket = self.desktop.root / "system-bus"
        self.desktop.env["DBUS_SYSTEM_BUS_ADDRESS"] = f"unix:path={socket}"
        self.desktop.spawn(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                            f"--address=unix:path={socket}"], "system-bus")
        wait_until(socket.exists, what="the stand-in system bus")
        self.logind = Probe([tool("logind_standin")], self.desktop.env)
        self.addCleanup(self.logind.stop)
        self.logind.wait_for("ready")

    def watch_a_video(self):
        """systemd-inhibit --what=idle holds an idle block inhibitor, as a player would."""
        video = subprocess.Popen(
            ["systemd-inhibit", "--what=idle", "--who=video", "--why=playing", "sleep", "600"],
            env=self.desktop.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            start_new_session=True)
        self.desktop.processes.append(video)
        self.logind.wait_for("block inhibited 'idle'")
        return video

    def type_for(self, seconds):
        """Real input every second, as someone typing, for `seconds`."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.desktop.keep_active()
            time.sleep(1)

    def test_a_video_after_typing_reminds_at_remind_after_then_its_end_is_away(self):
        desktop = self.desktop
        desktop.keep_active()
        desktop.start_flexor(CONFIG.format(inhibitors="true"))
        self.type_for(30)
        video = self.watch_a_video()
        desktop.wait_for_log(r"idle inhibitor on \(logind\)")
        self.assertTrue(desktop.status()["present_without_input"])
        # No input from here: the idle monitor reports idle at about 35 s, and it is overlooked.
        desktop.wait_for_log(r"state sitting -> reminder-due", timeout=30)
        log = desktop.flexor_log()
        self.assertNotRegex(log, r"-> away")
        self.assertRegex(log, r"reminder after 45s")
        started = log_time(log, r"flexor .* started")
        reminded = log_time(log, r"state sitting -> reminder-due")
        self.assertAlmostEqual(reminded - started, 45, delta=1.0)
        wait_until(desktop.notify_calls, what="the reminder notification")
        print(f"reminder {reminded - started:.2f} s after the start (video from 30 s)")
        # The video ends with nobody at the keyboard: away once that lasted away_after.
        video.terminate()
        self.logind.wait_for("block inhibited ''")
        desktop.wait_for_log(r"idle inhibitor off \(logind\)")
        desktop.wait_for_log(r"-> away \(idle-after-presence\)", timeout=5 + 4)

    def test_with_idle_inhibitors_off_a_video_does_not_keep_you_present(self):
        desktop = self.desktop
        desktop.keep_active()
        desktop.start_flexor(CONFIG.format(inhibitors="false"))
        self.watch_a_video()
        desktop.wait_for_log(r"idle inhibitor on \(logind\)")
        self.assertFalse(desktop.status()["present_without_input"])
        desktop.wait_for_log(r"state sitting -> away \(user-idle\)", timeout=5 + 4)


if __name__ == "__main__":
    unittest.main()
