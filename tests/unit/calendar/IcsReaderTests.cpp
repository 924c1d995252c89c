// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The iCalendar reader of flexor-calendar: which events are meetings, and when, with
// recurrences and time zones. Times are fixed dates passed in: nothing reads the clock.

#include "calendar/IcsReader.h"

#include <chrono>
#include <doctest/doctest.h>

using namespace flexor::calendar;
using namespace std::chrono;

namespace {

std::int64_t utc(int y, unsigned mo, unsigned d, int h, int mi = 0) {
    const sys_seconds t = sys_days{year{y} / month{mo} / day{d}} + hours{h} + minutes{mi};
    return t.time_since_epoch().count();
}

std::string calendar(const std::string& events, const std::string& header = {}) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Flexor tests//EN\r\n" + header + events +
           "END:VCALENDAR\r\n";
}

std::string event(const std::string& uid, const std::string& body) {
    return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20240101T000000Z\r\n" + body +
           "END:VEVENT\r\n";
}

std::vector<std::int64_t> starts(const IcsResult& r) {
    std::vector<std::int64_t> s;
    for (const auto& b : r.busy) {
        s.push_back(b.start);
    }
    return s;
}

} // namespace

TEST_CASE("a weekly meeting with one week left out, in Berlin time") {
    const auto text = calendar(event("weekly", "SUMMARY:Planning\r\n"
                                               "DTSTART;TZID=Europe/Berlin:20240108T150000\r\n"
                                               "DTEND;TZID=Europe/Berlin:20240108T160000\r\n"
                                               "RRULE:FREQ=WEEKLY;BYDAY=MO\r\n"
                                               "EXDATE;TZID=Europe/Berlin:20240115T150000\r\n"));
    const auto r = readIcs(text, utc(2024, 1, 7, 0), utc(2024, 1, 30, 0), {});
    CHECK(r.error.empty());
    CHECK(starts(r) == std::vector<std::int64_t>{utc(2024, 1, 8, 14), utc(2024, 1, 22, 14),
                                                 utc(2024, 1, 29, 14)});
    CHECK(r.busy.at(0).end == utc(2024, 1, 8, 15));
    CHECK(r.busy.at(0).title == "Planning");
}

TEST_CASE("a weekly meeting keeps its local hour across the change to summer time") {
    const auto text = calendar(event("dst", "DTSTART;TZID=Europe/Berlin:20240318T150000\r\n"
                                            "DURATION:PT30M\r\n"
                                            "RRULE:FREQ=WEEKLY;COUNT=3\r\n"));
    const auto r = readIcs(text, utc(2024, 3, 1, 0), utc(2024, 5, 1, 0), {});
    CHECK(starts(r) == std::vector<std::int64_t>{utc(2024, 3, 18, 14), utc(2024, 3, 25, 14),
                                                 utc(2024, 4, 1, 13)});
    CHECK(r.busy.at(0).end - r.busy.at(0).start == 30 * 60);
}

TEST_CASE("meetings in other time zones and in UTC") {
    const std::string newYork = "BEGIN:VTIMEZONE\r\nTZID:Eastern\r\n"
                                "BEGIN:STANDARD\r\nDTSTART:19701101T020000\r\n"
                                "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"
                                "TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\n"
                                "BEGIN:DAYLIGHT\r\nDTSTART:19700308T020000\r\n"
                                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"
                                "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT\r\n"
                                "END:VTIMEZONE\r\n";
    const auto text =
        calendar(event("ny", "DTSTART;TZID=Eastern:20240110T090000\r\n"
                             "DTEND;TZID=Eastern:20240110T100000\r\n") +
                     event("tokyo", "DTSTART;TZID=Asia/Tokyo:20240110T180000\r\n"
                                    "DTEND;TZID=Asia/Tokyo:20240110T183000\r\n") +
                     event("outlook", "DTSTART;TZID=W. Europe Standard Time:20240110T120000\r\n"
                                      "DTEND;TZID=W. Europe Standard Time:20240110T123000\r\n") +
                     event("utc", "DTSTART:20240110T200000Z\r\nDTEND:20240110T203000Z\r\n"),
                 newYork);
    const auto r = readIcs(text, utc(2024, 1, 10, 0), utc(2024, 1, 11, 0), {});
    CHECK(r.error.empty());
    CHECK(starts(r) == std::vector<std::int64_t>{utc(2024, 1, 10, 9), utc(2024, 1, 10, 11),
                                                 utc(2024, 1, 10, 14), utc(2024, 1, 10, 20)});
}

TEST_CASE("all-day, free, cancelled, declined and ignored events are not meetings") {
    const std::string times = "DTSTART:20240110T100000Z\r\nDTEND:20240110T110000Z\r\n";
    const auto text =
        calendar(event("allday", "SUMMARY:Conference\r\nDTSTART;VALUE=DATE:20240110\r\n"
                                 "DTEND;VALUE=DATE:20240111\r\n") +
                     event("free", "SUMMARY:Focus time\r\nTRANSP:TRANSPARENT\r\n" + times) +
                     event("cancelled", "SUMMARY:Review\r\nSTATUS:CANCELLED\r\n" + times) +
                     event("declined", "SUMMARY:All hands\r\n"
                                       "ATTENDEE;PARTSTAT=DECLINED:mailto:Me@Example.org\r\n" +
                                           times) +
                     event("lunch", "SUMMARY:Team LUNCH\r\n" + times) +
                     event("walk", "SUMMARY:Walk and talk\r\n" + times) +
                     event("kept", "SUMMARY:Design review\r\nTRANSP:OPAQUE\r\n"
                                   "ATTENDEE;PARTSTAT=DECLINED:mailto:colleague@example.org\r\n"
                                   "ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@example.org\r\n" +
                                       times),
                 "X-WR-CALNAME:me@example.org\r\n");
    EventFilter filter;
    filter.ignoreWords = {"lunch", "Walk"};
    const auto r = readIcs(text, utc(2024, 1, 10, 0), utc(2024, 1, 11, 0), filter);
    REQUIRE(r.busy.size() == 1);
    CHECK(r.busy[0].title == "Design review");
}

TEST_CASE("an instance moved on its own is not repeated by its series") {
    const auto text =
        calendar(event("daily", "SUMMARY:Stand-up\r\nDTSTART:20240108T090000Z\r\n"
                                "DTEND:20240108T091500Z\r\nRRULE:FREQ=DAILY;COUNT=3\r\n") +
                 event("daily", "SUMMARY:Stand-up (moved)\r\nRECURRENCE-ID:20240109T090000Z\r\n"
                                "DTSTART:20240109T130000Z\r\nDTEND:20240109T131500Z\r\n"));
    const auto r = readIcs(text, utc(2024, 1, 8, 0), utc(2024, 1, 11, 0), {});
    CHECK(starts(r) ==
          std::vector<std::int64_t>{utc(2024, 1, 8, 9), utc(2024, 1, 9, 13), utc(2024, 1, 10, 9)});
}

TEST_CASE("only what overlaps the window") {
    const auto text = calendar(event("old", "DTSTART:20200106T090000Z\r\nDURATION:PT1H\r\n"
                                            "RRULE:FREQ=DAILY\r\n"));
    const auto r = readIcs(text, utc(2024, 1, 8, 9, 30), utc(2024, 1, 9, 9, 30), {});
    CHECK(starts(r) == std::vector<std::int64_t>{utc(2024, 1, 8, 9), utc(2024, 1, 9, 9)});
}

TEST_CASE("a broken file says which line") {
    const auto r =
        readIcs("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n", 0, utc(2030, 1, 1, 0), {});
    CHECK(r.error == "line 3: END:VCALENDAR where END:VEVENT belongs");
    CHECK(readIcs("hello\n", 0, 1, {}).error ==
          "line 1: not an iCalendar file (no BEGIN:VCALENDAR)");
}
