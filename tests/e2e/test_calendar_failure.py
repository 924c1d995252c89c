# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A calendar program that crashes or hangs never holds the daemon up: a crash (SIGKILL) is one
log line, the meetings it told stay and it is started again later; a hung one (SIGSTOP) is
killed when the daemon must restart it, without the daemon waiting on it. Meanwhile the daemon
counts and reminds as usual."""

import datetime
import os
import re
import signal
import unittest
from pathlib import Path

from clock_env import test_utc_now
from desktop import Desktop, wait_until

CONFIG = """
remind_after = "12s"
away_after = "10m"
schedule = false
calendars = ["{folder}/"]
calendar_ignore = [{ignore}]
"""


def stamp(desktop, seconds_from_now):
    t = test_utc_now(desktop.env) + datetime.timedelta(seconds=seconds_from_now)
    return t.strftime("%Y%m%dT%H%M%SZ")


def calendar_program(desktop):
    """The pid of the daemon's flexor-calendar child, or None."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        if name == "flexor-calendar" and int(fields[1]) == desktop.flexor.pid \
                and fields[0] != "Z":
            return int(entry.name)
    return None


def log_time(line):
    return datetime.datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S.%f")


class CalendarProgramFailureTest(unittest.TestCase):
    def start(self, ignore=""):
        d = self.enterContext(Desktop())
        folder = d.root / "calendars"
        folder.mkdir()
        start, end = stamp(d, 3600), stamp(d, 7200)
        (folder / "later.ics").write_text(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Flexor e2e//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:later\r\nDTSTAMP:{start}\r\nSUMMARY:Later\r\nDTSTART:{start}\r\n"
            f"DTEND:{end}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        d.keep_active()
        d.start_flexor(CONFIG.format(folder=folder, ignore=ignore))
        d.wait_for_log(r"calendar: 1 meeting\(s\) in the day ahead", timeout=15)
        pid = wait_until(lambda: calendar_program(d), what="the calendar program")
        return d, folder, pid

    def test_a_crash_is_one_line_and_the_daemon_keeps_reminding(self):
        d, _, pid = self.start()
        os.kill(pid, signal.SIGKILL)
        d.wait_for_log(r"calendar: the calendar program ended \(crashed\); starting it again "
                       r"in 1 min; the meetings it told stay")
        self.assertEqual(d.flexor_log().count("calendar program ended"), 1)
        self.assertIsNone(d.flexor.poll())
        self.assertIn("next_meeting_start", d.status())
        d.keep_active()
        d.wait_for_log(r"state sitting -> reminder-due \(remind-after-reached\)", timeout=30)
        wait_until(lambda: d.notify_calls(), what="the reminder")

    def test_a_hung_program_holds_nothing_up(self):
        d, folder, pid = self.start()
        os.kill(pid, signal.SIGSTOP)
        self.addCleanup(lambda: calendar_program(d) == pid and os.kill(pid, signal.SIGKILL))
        self.assertIn("next_meeting_start", d.status())
        d.keep_active()
        d.wait_for_log(r"state sitting -> reminder-due \(remind-after-reached\)", timeout=30)
        wait_until(lambda: d.notify_calls(), what="the reminder")
        # Its settings change: the hung program is ended and a new one started, at once.
        mark = len(d.flexor_log())
        d.write_config(CONFIG.format(folder=folder, ignore='"lunch"'))
        started = d.wait_for_log(r".* calendar: following 1 calendar\(s\)", after=mark,
                                 timeout=15)
        loaded = re.compile(r".* config: .* loaded").search(d.flexor_log(), mark)
        self.assertIsNotNone(loaded)
        waited = log_time(started.group(0)) - log_time(loaded.group(0))
        self.assertLess(waited.total_seconds(), 1.5, "the daemon waited on the hung program")
        wait_until(lambda: calendar_program(d) not in (None, pid), what="a new calendar program")
        d.wait_for_log(r"calendar: 1 meeting\(s\) in the day ahead", after=mark, timeout=15)
        self.assertIsNone(d.flexor.poll())


if __name__ == "__main__":
    unittest.main()
