// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Time.h"

#include <array>
#include <chrono>

namespace flexor::core {

using namespace std::chrono_literals;

// When sitting counts: days of the week and a daily window of local time.
struct WeeklySchedule {
    bool enabled = true;
    // Indexed by ISO weekday - 1: [0] Monday ... [6] Sunday.
    std::array<bool, 7> days{true, true, true, true, true, false, false};
    std::chrono::minutes start = 8h;
    std::chrono::minutes end = 19h; // exclusive; end <= start means the window crosses midnight

    bool operator==(const WeeklySchedule&) const = default;
};

// Every rule the sitting engine follows. Defaults are the documented ones.
struct EngineSettings {
    Duration remindAfter = 45min;     // a streak this long makes a reminder due
    Duration awayAfter = 5min;        // idle or locked this long means the user got up
    Duration snooze = 10min;          // default snooze length
    int maxSnoozes = 3;               // after this many snoozes the next reminder is escalated
    Duration repeatEvery = 5min;      // an unanswered reminder is shown again this often
    Duration minRoutine = 1min;       // an abandoned routine this long still counts as a break
    Duration standingLimit = 60min;   // standing mode ends by itself after this
    Duration dndMaxDelay = 30min;     // longest wait of a due reminder for do-not-disturb
    Duration meetingMaxDelay = 60min; // longest wait of a due reminder for a meeting to end
    bool eyeBreaks = false;           // the 20-20-20 rule (see EyeBreaks)
    Duration eyeBreakEvery = 20min;   // screen time between eye breaks
    Duration eyeBreakFor = 20s;       // how long to look away; idle this long rests the eyes
    Duration beforeMeeting = 15min;   // a reminder due in a long calendar meeting comes this early
    Duration longMeeting = 30min;     // a calendar meeting this long is worth stretching before
    WeeklySchedule schedule;
    // Other machines (share_folder): how far their clocks may be off from this one's.
    Duration shareSkew = 30s;

    bool operator==(const EngineSettings&) const = default;
};

} // namespace flexor::core
