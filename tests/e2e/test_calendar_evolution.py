# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The calendar through the real Evolution Data Server: `calendars = ["evolution"]` follows the
calendars selected in Evolution and GNOME Calendar. Debian's source registry and calendar
factory run on the test's private session bus with a local calendar made for the test, and
events are added and removed through EDS's own client library while Flexor runs (evolution.py).
A meeting away from the computer is sitting and the reminder says so when it ends; an event
added just ahead of a due reminder brings the reminder before it; deleting it restores the
usual timing; an Evolution Data Server that ends leaves Flexor counting. Event times are built
from the test clock's "now", in seconds, as Flexor's calendar program reads that clock."""

import datetime
import unittest

from clock_env import test_utc_now
from desktop import Desktop, wait_until
from evolution import SOURCE, SOURCE_UID, Evolution, utc

CONFIG = """
remind_after = "{remind}"
away_after = "{away}"
before_meeting = "{before}"
long_meeting = "5s"
schedule = false
calendars = ["evolution"]
"""


def at(desktop, seconds_from_now):
    return test_utc_now(desktop.env) + datetime.timedelta(seconds=seconds_from_now)


class EvolutionCalendarTest(unittest.TestCase):
    def start(self, remind, away="10m", before="0s"):
        d = self.enterContext(Desktop())
        eds = Evolution(d).start()
        self.addCleanup(eds.stop)
        d.keep_active()
        d.start_flexor(CONFIG.format(remind=remind, away=away, before=before))
        d.wait_for_log(r"calendar: following Evolution's calendar \"Flexor test\"", timeout=30)
        d.wait_for_log(r"calendar: 0 meeting\(s\) in the day ahead", timeout=30)
        d.keep_active()
        return d, eds

    def test_away_in_a_meeting_is_sitting_and_the_reminder_says_how_long(self):
        d, eds = self.start(remind="10s", away="3s")
        mark = len(d.flexor_log())
        eds.add("standup", "Stand-up", at(d, 0), at(d, 16))
        d.keep_active()
        d.wait_for_log(r"calendar: 1 meeting\(s\) in the day ahead", after=mark, timeout=15)
        # No input from here: idle after 3 s, inside the meeting, is still sitting.
        d.wait_for_log(r"reminder held: meeting", timeout=20, after=mark)
        d.wait_for_log(r"reminder-due -> away \(calendar-meeting-ended\)", timeout=25,
                       after=mark)
        self.assertNotIn("sitting -> away", d.flexor_log()[mark:])
        self.assertEqual(d.notify_calls(), [])
        d.keep_active()
        reminder = wait_until(lambda: d.notify_calls(), what="the reminder on return")[-1]
        # The streak went on through the meeting: the reminder says how long it is.
        self.assertRegex(reminder["body"], r"(?i)sitting (for )?\d+ ?s")
        self.assertNotIn("Stand-up", d.flexor_log())  # titles stay out of the log

    def test_event_added_ahead_of_the_reminder_brings_it_before_the_meeting(self):
        d, eds = self.start(remind="14s", before="20s")
        # The meeting starts after the streak reaches half of remind_after (7 s) and the
        # reminder would fall due inside it: it comes now instead.
        eds.add("sync", "Design sync", at(d, 10), at(d, 40))
        d.wait_for_log(r"state sitting -> reminder-due \(before-meeting\)", timeout=15)
        summary = wait_until(lambda: d.notify_calls(), what="the reminder")[-1]["summary"]
        self.assertRegex(summary, r"^Meeting at \d+:\d\d.*: stretch before it$")
        self.assertNotIn("remind-after-reached", d.flexor_log())
        self.assertIn("next_meeting_start", d.status())
        self.assertNotIn("Design sync", d.flexor_log())

    def test_deleting_the_event_restores_the_usual_timing(self):
        d, eds = self.start(remind="20s", before="5s")
        eds.add("review", "Review", at(d, 14), at(d, 60))
        d.wait_for_log(r"calendar: 1 meeting\(s\) in the day ahead")
        mark = len(d.flexor_log())
        eds.remove("review")
        d.wait_for_log(r"calendar: 0 meeting\(s\) in the day ahead", after=mark)
        d.wait_for_log(r"state sitting -> reminder-due \(remind-after-reached\)", timeout=30)
        self.assertNotIn("before-meeting", d.flexor_log())

    def test_recurring_events_are_expanded_with_their_exceptions(self):
        d, eds = self.start(remind="10m")
        # Weekly since a week ago: this week's meeting is an hour from now.
        week = datetime.timedelta(days=7)
        eds.add("weekly", "Weekly", at(d, 3600) - week, at(d, 5400) - week,
                "RRULE:FREQ=WEEKLY;COUNT=4")
        # Another weekly one whose meeting of this week was cancelled (EXDATE).
        eds.add("skipped", "Skipped", at(d, 1800) - week, at(d, 2400) - week,
                "RRULE:FREQ=WEEKLY;COUNT=4", f"EXDATE:{utc(at(d, 1800))}")
        mark = d.wait_for_log(r"calendar: 1 meeting\(s\) in the day ahead").end()
        start = datetime.datetime.fromisoformat(d.status()["next_meeting_start"])
        expected = at(d, 3600)
        self.assertLess(abs((start - expected).total_seconds()), 5)
        self.assertNotRegex(d.flexor_log()[mark:], r"calendar: 2 meeting")

    def test_calendars_added_deselected_and_removed_are_followed(self):
        d, eds = self.start(remind="10m")
        second = eds.source_file("flexor-second")
        second.write_text(SOURCE.replace("Flexor test", "Second"))
        d.wait_for_log(r"calendar: following Evolution's calendar \"Second\"", timeout=30)
        eds.add("call", "Call", at(d, 3600), at(d, 7200))
        d.wait_for_log(r"calendar: 1 meeting\(s\) in the day ahead")
        mark = len(d.flexor_log())
        # Unticked in GNOME Calendar: its meetings no longer count.
        source = eds.source_file(SOURCE_UID)
        source.write_text(SOURCE.replace("Selected=true", "Selected=false"))
        d.wait_for_log(r"calendar: no longer following Evolution's calendar \"Flexor test\"",
                       timeout=30, after=mark)
        d.wait_for_log(r"calendar: 0 meeting\(s\) in the day ahead", after=mark)
        second.unlink()
        d.wait_for_log(r"calendar: no longer following Evolution's calendar \"Second\"",
                       timeout=30, after=mark)

    def test_evolution_ending_leaves_flexor_counting(self):
        d, eds = self.start(remind="12s")
        eds.add("later", "Later", at(d, 3600), at(d, 7200))
        d.wait_for_log(r"calendar: 1 meeting\(s\) in the day ahead")
        eds.stop()
        d.wait_for_log(r"Evolution's calendar service ended", timeout=15)
        self.assertEqual(d.flexor_log().count("calendar service ended"), 1)
        self.assertIsNone(d.flexor.poll())
        self.assertIn("next_meeting_start", d.status())  # the meetings last told are kept
        d.keep_active()
        d.wait_for_log(r"state sitting -> reminder-due \(remind-after-reached\)", timeout=30)
        wait_until(lambda: d.notify_calls(), what="the reminder")


class EvolutionMissingTest(unittest.TestCase):
    def test_no_evolution_is_one_line_and_the_files_are_read(self):
        d = self.enterContext(Desktop())
        folder = d.root / "calendars"
        folder.mkdir()
        start = at(d, 3600).strftime("%Y%m%dT%H%M%SZ")
        end = at(d, 7200).strftime("%Y%m%dT%H%M%SZ")
        (folder / "one.ics").write_text(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Flexor e2e//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:one\r\nDTSTAMP:{start}\r\nSUMMARY:One\r\nDTSTART:{start}\r\nDTEND:{end}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")
        d.start_flexor(CONFIG.replace('["evolution"]', f'["evolution", "{folder}/"]').format(
            remind="10m", away="10m", before="0s"))
        d.wait_for_log(r"calendar: Evolution's calendars are not available", timeout=30)
        d.wait_for_log(r"calendar: 1 meeting\(s\) in the day ahead", timeout=15)
        self.assertEqual(d.flexor_log().count("Evolution's calendars are not available"), 1)


if __name__ == "__main__":
    unittest.main()
