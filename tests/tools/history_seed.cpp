// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Fills a history database with a known pattern over the last DAYS days (today included), for
// the statistics window and `flexor stats` tests. The tests state their expectations from the
// same pattern, written down here once:
//   every day i days ago, unless i % 5 == 3 (a day off, nothing recorded):
//     09:00 streak of 20 + i min;            09:50 natural break, 10 min
//     10:00 streak of 50 min;                10:45 reminder; 10:50 routine "psoas" finished, 4 min
//     13:00 streak spanning 60 min, standing 13:20-13:35 inside it (so 45 min of sitting)
//     13:45 reminder; 13:45 snooze 10 min;   13:55 reminder; 13:56 skipped break
// It prints the day it counted back from ("today=YYYY-MM-DD"), so a test run across midnight
// still knows which day is which. Usage: history_seed DATABASE DAYS
#include "core/Statistics.h"
#include "platform/history/HistoryStore.h"
#include "platform/history/LocalNow.h"

#include <cstdio>
#include <cstdlib>
#include <spdlog/spdlog.h>

using namespace flexor;
using namespace std::chrono;
using core::JournalKind;

namespace {

void seedDay(platform::history::HistoryStore& store, core::LocalDay day, int daysAgo) {
    const auto at = [day](int hour, int minute) {
        return core::LocalTime{day} + hours(hour) + minutes(minute);
    };
    store.record({JournalKind::Streak, at(9, 0), minutes(20 + daysAgo), {}});
    store.record({JournalKind::NaturalBreak, at(9, 50), 10min, {}});
    store.record({JournalKind::Streak, at(10, 0), 50min, {}});
    store.record({JournalKind::Reminder, at(10, 45), {}, {}});
    store.record({JournalKind::RoutineBreak, at(10, 50), 4min, "psoas"});
    store.record({JournalKind::Streak, at(13, 0), 60min, {}});
    store.record({JournalKind::Standing, at(13, 20), 15min, {}});
    store.record({JournalKind::Reminder, at(13, 45), {}, {}});
    store.record({JournalKind::Snooze, at(13, 45), 10min, {}});
    store.record({JournalKind::Reminder, at(13, 55), {}, {}});
    store.record({JournalKind::SkippedBreak, at(13, 56), {}, {}});
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: history_seed DATABASE DAYS\n");
        return 2;
    }
    spdlog::set_level(spdlog::level::warn);
    platform::history::HistoryStore store(argv[1]);
    if (!store.isOpen()) {
        return 1;
    }
    const core::LocalDay today = floor<days>(platform::history::localNow());
    const int dayCount = std::atoi(argv[2]);
    std::printf("today=%s\n", core::formatDay(today).c_str());
    for (int daysAgo = 0; daysAgo < dayCount; ++daysAgo) {
        if (daysAgo % 5 != 3) {
            seedDay(store, today - days(daysAgo), daysAgo);
        }
    }
    return 0;
}
