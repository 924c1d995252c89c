// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdint>
#include <libical/ical.h>
#include <string>
#include <string_view>
#include <vector>

namespace flexor::calendar {

// One stretch of time the calendar says the user is in a meeting, in seconds since the epoch.
struct BusySpan {
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::string title;

    bool operator==(const BusySpan&) const = default;
    auto operator<=>(const BusySpan&) const = default;
};

// Which events count as meetings.
struct EventFilter {
    // An event whose title holds one of these words (any case) is left out: "lunch", "walk".
    std::vector<std::string> ignoreWords;
    // The user's own addresses: an event one of them declined is left out. The calendar's
    // name is added when it is an address (as Google's exports name the owner's calendar).
    std::vector<std::string> myAddresses;
};

struct IcsResult {
    std::vector<BusySpan> busy;
    std::string error; // "line 12: END:VCALENDAR without BEGIN", empty when the text is fine
};

// The busy events of one iCalendar text that overlap [from, to): recurrences expanded (RRULE,
// RDATE, EXDATE, moved instances), times in any zone; all-day, free (transparent), cancelled
// and declined events left out.
IcsResult readIcs(std::string_view text, std::int64_t from, std::int64_t to,
                  const EventFilter& filter);

// The same for a calendar already parsed (a VCALENDAR holding VEVENTs, such as the events
// Evolution's calendars hand over): one reading of events for every source.
std::vector<BusySpan> readCalendar(icalcomponent* calendar, std::int64_t from, std::int64_t to,
                                   const EventFilter& filter);

} // namespace flexor::calendar
