// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Writes journal entries to a history database as fast as it can, forever, printing each
// entry's sequence number once its transaction has committed. The kill -9 test kills it at
// random moments and then checks that every printed number made it into the database.
// Usage: history_writer DATABASE FIRST_SEQUENCE_NUMBER
#include "platform/history/HistoryStore.h"
#include "platform/history/LocalNow.h"

#include <cstdio>
#include <cstdlib>
#include <spdlog/spdlog.h>
#include <string>

using namespace flexor;

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: history_writer DATABASE FIRST_SEQUENCE_NUMBER\n");
        return 2;
    }
    spdlog::set_level(spdlog::level::warn);
    platform::history::HistoryStore store(argv[1]);
    if (!store.isOpen()) {
        return 1;
    }
    // Now, not a fixed date: the daily retention prune would remove entries from long ago.
    const core::LocalTime start = platform::history::localNow();
    for (long long seq = std::atoll(argv[2]);; ++seq) {
        const core::JournalEntry entry{core::JournalKind::Reminder, start, {}, std::to_string(seq)};
        if (!store.record(entry)) {
            return 1;
        }
        std::printf("%lld\n", seq);
        std::fflush(stdout);
        // A second kind of transaction, so kills also land in the middle of an update.
        store.saveRunningStreak(start, std::chrono::seconds(seq), start);
    }
}
