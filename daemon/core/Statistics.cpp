// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Statistics.h"

#include <algorithm>
#include <cstdio>

namespace flexor::core {

namespace {

using Moment = std::chrono::local_time<Duration>;

struct Interval {
    Moment begin;
    Moment end;
};

struct MergedStreak {
    Moment start;
    std::vector<Interval> sittingPieces;
    Duration sitting{};
};

Interval spanOf(const JournalEntry& e) {
    const Moment begin = e.start;
    return {begin, begin + std::max(e.length, Duration::zero())};
}

// Sorted, with overlapping intervals joined. Equal starts join too: a streak written twice
// around a restart begins at the same moment both times.
std::vector<Interval> mergeOverlapping(std::vector<Interval> intervals) {
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval& a, const Interval& b) { return a.begin < b.begin; });
    std::vector<Interval> merged;
    for (const Interval& i : intervals) {
        if (!merged.empty() && (i.begin < merged.back().end || i.begin == merged.back().begin)) {
            merged.back().end = std::max(merged.back().end, i.end);
        } else {
            merged.push_back(i);
        }
    }
    return merged;
}

std::vector<Interval> spansOf(std::span<const JournalEntry> entries,
                              std::initializer_list<JournalKind> kinds) {
    std::vector<Interval> spans;
    for (const JournalEntry& e : entries) {
        if (std::find(kinds.begin(), kinds.end(), e.kind) != kinds.end()) {
            spans.push_back(spanOf(e));
        }
    }
    return spans;
}

// `whole` minus the sorted, disjoint `holes`.
std::vector<Interval> subtract(const Interval& whole, const std::vector<Interval>& holes) {
    std::vector<Interval> pieces;
    Moment cursor = whole.begin;
    for (const Interval& hole : holes) {
        if (hole.end <= cursor) {
            continue;
        }
        if (hole.begin >= whole.end) {
            break;
        }
        if (hole.begin > cursor) {
            pieces.push_back({cursor, hole.begin});
        }
        cursor = std::max(cursor, hole.end);
    }
    if (cursor < whole.end) {
        pieces.push_back({cursor, whole.end});
    }
    return pieces;
}

Duration totalLength(const std::vector<Interval>& intervals) {
    Duration total{};
    for (const Interval& i : intervals) {
        total += i.end - i.begin;
    }
    return total;
}

std::vector<Interval> notSitting(std::span<const JournalEntry> entries) {
    return mergeOverlapping(spansOf(entries, {JournalKind::Pause, JournalKind::Standing}));
}

std::vector<MergedStreak> mergedStreaks(std::span<const JournalEntry> entries) {
    const std::vector<Interval> holes = notSitting(entries);
    std::vector<MergedStreak> streaks;
    for (const Interval& span : mergeOverlapping(spansOf(entries, {JournalKind::Streak}))) {
        MergedStreak streak{span.begin, subtract(span, holes), {}};
        streak.sitting = totalLength(streak.sittingPieces);
        streaks.push_back(std::move(streak));
    }
    return streaks;
}

Duration overlap(const Interval& a, const Interval& b) {
    const Moment begin = std::max(a.begin, b.begin);
    const Moment end = std::min(a.end, b.end);
    return end > begin ? end - begin : Duration::zero();
}

LocalTime toSeconds(Moment m) {
    return std::chrono::floor<std::chrono::seconds>(m);
}

// Per-day buckets for [first, last], addressed by a moment or split along an interval.
class DayBuckets {
public:
    DayBuckets(LocalDay first, LocalDay last)
        : first_(first) {
        for (LocalDay d = first; d <= last; d += std::chrono::days(1)) {
            days_.push_back(DayStatistics{d});
        }
    }

    DayStatistics* at(Moment m) {
        const auto index = (std::chrono::floor<std::chrono::days>(m) - first_).count();
        if (index < 0 || index >= static_cast<long>(days_.size())) {
            return nullptr;
        }
        return &days_[static_cast<std::size_t>(index)];
    }

    // Adds each day's share of the interval to that day's field.
    void split(const Interval& i, Duration DayStatistics::*field) {
        for (DayStatistics& day : days_) {
            const Interval wholeDay{day.day, day.day + std::chrono::days(1)};
            day.*field += overlap(i, wholeDay);
        }
    }

    std::vector<DayStatistics> take() { return std::move(days_); }

private:
    LocalDay first_;
    std::vector<DayStatistics> days_;
};

void countInstant(DayStatistics& day, const JournalEntry& e) {
    switch (e.kind) {
    case JournalKind::NaturalBreak:
        ++day.naturalBreaks;
        break;
    case JournalKind::RoutineBreak:
        ++day.routinesFinished;
        ++day.breaksTaken;
        break;
    case JournalKind::AbandonedBreak:
        ++day.breaksTaken;
        break;
    case JournalKind::SkippedBreak:
        ++day.breaksSkipped;
        break;
    case JournalKind::Reminder:
        ++day.reminders;
        break;
    case JournalKind::Snooze:
        ++day.snoozes;
        break;
    case JournalKind::Streak:
    case JournalKind::Pause:
    case JournalKind::Standing:
        break;
    }
}

} // namespace

std::vector<StreakSummary> sittingStreaks(std::span<const JournalEntry> entries) {
    std::vector<StreakSummary> out;
    for (const MergedStreak& s : mergedStreaks(entries)) {
        out.push_back({toSeconds(s.start), s.sitting});
    }
    return out;
}

std::vector<DayStatistics> dailyStatistics(std::span<const JournalEntry> entries, LocalDay first,
                                           LocalDay last, Duration threshold) {
    DayBuckets buckets(first, last);
    for (const MergedStreak& streak : mergedStreaks(entries)) {
        for (const Interval& piece : streak.sittingPieces) {
            buckets.split(piece, &DayStatistics::sitting);
        }
        if (DayStatistics* day = buckets.at(streak.start)) {
            day->longestStreak = std::max(day->longestStreak, streak.sitting);
            day->streaksOverThreshold += streak.sitting >= threshold ? 1 : 0;
        }
    }
    for (const Interval& i : mergeOverlapping(spansOf(entries, {JournalKind::Standing}))) {
        buckets.split(i, &DayStatistics::standing);
    }
    for (const Interval& i : mergeOverlapping(spansOf(entries, {JournalKind::Pause}))) {
        buckets.split(i, &DayStatistics::paused);
    }
    for (const JournalEntry& e : entries) {
        if (DayStatistics* day = buckets.at(e.start)) {
            countInstant(*day, e);
        }
    }
    return buckets.take();
}

std::vector<StreakSummary> longestStreaks(std::span<const JournalEntry> entries, LocalDay first,
                                          LocalDay last, std::size_t count) {
    std::vector<StreakSummary> inRange;
    for (const StreakSummary& s : sittingStreaks(entries)) {
        const LocalDay day = dayOf(s.start);
        if (day >= first && day <= last && s.sitting > Duration::zero()) {
            inRange.push_back(s);
        }
    }
    std::stable_sort(
        inRange.begin(), inRange.end(),
        [](const StreakSummary& a, const StreakSummary& b) { return a.sitting > b.sitting; });
    if (inRange.size() > count) {
        inRange.resize(count);
    }
    return inRange;
}

TodaySummary summarizeToday(std::span<const JournalEntry> entries, LocalTime now,
                            Duration runningStreak) {
    std::vector<JournalEntry> withRunning(entries.begin(), entries.end());
    if (runningStreak > Duration::zero()) {
        withRunning.push_back(
            {JournalKind::Streak,
             std::chrono::floor<std::chrono::seconds>(Moment(now) - runningStreak),
             runningStreak,
             {}});
    }
    const LocalDay today = dayOf(now);
    const Interval soFar{today, now};
    TodaySummary summary;
    for (const MergedStreak& streak : mergedStreaks(withRunning)) {
        for (const Interval& piece : streak.sittingPieces) {
            summary.sitting += overlap(piece, soFar);
        }
    }
    for (const JournalEntry& e : entries) {
        if (dayOf(e.start) != today || e.start > now) {
            continue;
        }
        if (e.kind == JournalKind::Reminder) {
            ++summary.reminders;
        } else if (e.kind == JournalKind::RoutineBreak) {
            ++summary.routinesFinished;
        }
    }
    return summary;
}

LocalDay dayOf(LocalTime t) {
    return std::chrono::floor<std::chrono::days>(t);
}

std::string formatDay(LocalDay day) {
    const std::chrono::year_month_day ymd{day};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return text;
}

} // namespace flexor::core
