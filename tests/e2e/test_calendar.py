# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The calendar: the real daemon follows a folder of .ics files and a published .ics URL
through its calendar program (flexor-calendar, libical). A meeting away from the computer is
sitting, and the reminder comes the moment the user is back; a long meeting about to start
brings the reminder before it; a meeting deleted restores the usual timing. Event times are
built from the test's own "now", in seconds, so nothing depends on the date."""

import datetime
import http.server
import threading
import unittest

from clock_env import test_utc_now
from desktop import Desktop, wait_until

CONFIG = """
remind_after = "{remind}"
away_after = "{away}"
before_meeting = "{before}"
long_meeting = "5s"
schedule = false
calendars = [{calendars}]
calendar_ignore = ["lunch"]
"""


def stamp(desktop, seconds_from_now):
    """UTC, seconds from now as the desktop's Flexor sees the time (its test clock)."""
    t = test_utc_now(desktop.env) + datetime.timedelta(seconds=seconds_from_now)
    return t.strftime("%Y%m%dT%H%M%SZ")


def ics(desktop, *events):
    """events: (uid, title, start in seconds from now, end in seconds from now)."""
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:{stamp(desktop, 0)}\r\nSUMMARY:{title}\r\n"
        f"DTSTART:{stamp(desktop, start)}\r\nDTEND:{stamp(desktop, end)}\r\nEND:VEVENT\r\n"
        for uid, title, start, end in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Flexor e2e//EN\r\n{body}END:VCALENDAR\r\n"


class CalendarFolderTest(unittest.TestCase):
    def start(self, desktop, remind, away="10m", before="0s"):
        folder = desktop.root / "calendars" / "work"
        folder.mkdir(parents=True)
        desktop.keep_active()
        desktop.start_flexor(CONFIG.format(remind=remind, away=away, before=before,
                                           calendars=f'"{folder}/"'))
        desktop.wait_for_log(r"calendar: 0 meeting\(s\) in the day ahead", timeout=15)
        desktop.keep_active()
        return folder

    def test_event_added_ahead_of_the_reminder_brings_it_before_the_meeting(self):
        with self.enterContext(Desktop()) as d:
            folder = self.start(d, remind="14s", before="20s")
            # The reminder would fall due inside this meeting: it comes now instead.
            # It starts after the streak reaches half of remind_after (7 s), however quick the
            # start-up was, and the reminder would fall due inside it.
            (folder / "sync.ics").write_text(ics(d, ("sync", "Design sync", 10, 40)))
            d.wait_for_log(r"state sitting -> reminder-due \(before-meeting\)", timeout=15)
            wait_until(lambda: d.notify_calls(), what="the reminder")
            summary = d.notify_calls()[-1]["summary"]
            self.assertRegex(summary, r"^Meeting at \d+:\d\d.*: stretch before it$")
            self.assertNotIn("remind-after-reached", d.flexor_log())
            status = d.status()
            self.assertIn("next_meeting_start", status)
            self.assertNotIn("next_meeting_title", status)  # calendar_titles is off
            self.assertNotIn("Design sync", d.flexor_log())

    def test_deleting_the_event_restores_the_usual_timing(self):
        with self.enterContext(Desktop()) as d:
            folder = self.start(d, remind="20s", before="5s")
            event = folder / "review.ics"
            event.write_text(ics(d, ("review", "Review", 14, 60)))
            d.wait_for_log(r"calendar: 1 meeting\(s\) in the day ahead")
            mark = len(d.flexor_log())
            event.unlink()
            d.wait_for_log(r"calendar: 0 meeting\(s\) in the day ahead", after=mark)
            d.wait_for_log(r"state sitting -> reminder-due \(remind-after-reached\)",
                           timeout=30)
            self.assertNotIn("before-meeting", d.flexor_log())

    def test_ignored_and_broken_files(self):
        with self.enterContext(Desktop()) as d:
            folder = self.start(d, remind="10m")
            (folder / "broken.ics").write_text("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n")
            d.wait_for_log(r"broken\.ics:2: the file ends inside VEVENT")
            (folder / "lunch.ics").write_text(ics(d, ("lunch", "Team Lunch", 60, 3600)))
            (folder / "call.ics").write_text(ics(d, ("call", "Call", 60, 3600)))
            d.wait_for_log(r"calendar: 1 meeting\(s\) in the day ahead")

    def test_away_in_a_meeting_is_sitting_and_the_reminder_comes_on_return(self):
        with self.enterContext(Desktop()) as d:
            folder = self.start(d, remind="8s", away="3s")
            mark = len(d.flexor_log())
            (folder / "standup.ics").write_text(ics(d, ("standup", "Stand-up", 0, 12)))
            d.keep_active()
            d.wait_for_log(r"calendar: 1 meeting\(s\) in the day ahead", after=mark)
            # No input from here: idle is reported after 3 s, inside the meeting.
            d.wait_for_log(r"reminder held: meeting", timeout=15, after=mark)
            d.wait_for_log(r"reminder-due -> away \(calendar-meeting-ended\)", timeout=15,
                           after=mark)
            self.assertEqual(d.notify_calls(), [])
            self.assertNotIn("sitting -> away", d.flexor_log()[mark:])
            d.keep_active()
            d.wait_for_log(r"state away -> reminder-due \(user-active\)")
            wait_until(lambda: d.notify_calls(), what="the reminder on return")


class Server(http.server.ThreadingHTTPServer):
    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.text = ""
        self.fail = False
        self.requests = []  # (If-None-Match, status)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.shutdown()
        self.server_close()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        server = self.server
        etag = '"%x"' % (hash(server.text) & 0xFFFFFFFF)
        if server.fail:
            status = 500
        elif self.headers.get("If-None-Match") == etag:
            status = 304
        else:
            status = 200
        server.requests.append((self.headers.get("If-None-Match"), status))
        self.send_response(status)
        if status == 200:
            body = server.text.encode()
            self.send_header("ETag", etag)
            self.send_header("Content-Type", "text/calendar")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_header("Content-Length", "0")
            self.end_headers()

    def log_message(self, *args):
        pass


class CalendarUrlTest(unittest.TestCase):
    def test_url_fetched_with_etag_and_kept_when_the_server_fails(self):
        with self.enterContext(Desktop()) as d, Server() as server:
            server.text = ics(d, ("planning", "Planning", 3600, 7200))
            url = f"http://127.0.0.1:{server.server_address[1]}/basic.ics"
            d.env["FLEXOR_CALENDAR_FETCH_SECONDS"] = "1"
            d.keep_active()
            d.start_flexor(CONFIG.format(remind="10m", away="10m", before="0s",
                                         calendars=f'"{url}"'))
            d.wait_for_log(r"calendar: 1 meeting\(s\) in the day ahead", timeout=15)
            # Unchanged: asked with the ETag, answered 304.
            wait_until(lambda: any(s == 304 for _, s in server.requests),
                       what="a conditional fetch answered 304")
            self.assertIsNone(server.requests[0][0])
            server.fail = True
            d.wait_for_log(r"failed: HTTP 500; keeping the last good copy")
            self.assertIn("next_meeting_start", d.status())
            server.fail = False
            server.text = ics(d, ("planning", "Planning", 3600, 7200),
                              ("retro", "Retro", 7200, 9000))
            d.wait_for_log(r"calendar: 2 meeting\(s\) in the day ahead")


if __name__ == "__main__":
    unittest.main()
