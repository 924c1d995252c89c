// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace flexor::platform {

// One line of a machine's day file in the shared folder: what happened on that machine, with
// its wall clock in UTC milliseconds. Events only: no window titles, no key counts.
//   {"t":…,"ev":"present","since":…}  in use since `since` (written again as a heartbeat)
//   {"t":…,"ev":"away","since":…}     idle, locked, asleep or quit since `since`
//   {"t":…,"ev":"break"}              a real break (routine done, another program's break)
//   {"t":…,"ev":"snooze","until":…}   the reminder was snoozed until `until`
//   {"t":…,"ev":"skip"} {"t":…,"ev":"routine-started"} {"t":…,"ev":"routine-ended"}
struct ShareLine {
    std::int64_t t = 0;
    std::string ev;
    std::int64_t since = 0;
    std::int64_t until = 0;

    bool operator==(const ShareLine&) const = default;
};

// Lines longer than this are not read (a day file of a real machine holds short ones).
constexpr std::size_t kMaxShareLineBytes = 512;

// The JSON object and a newline.
std::string formatShareLine(const ShareLine& line);
// Nothing for anything but one of the lines above (unknown events, wrong types, binary).
std::optional<ShareLine> parseShareLine(std::string_view text);

// "2026-12-03" for a moment in UTC milliseconds: the day file it belongs to.
std::string utcDayName(std::int64_t ms);

} // namespace flexor::platform
