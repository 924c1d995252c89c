// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Statistics.h"

#include <QWidget>
#include <functional>
#include <vector>

class QLabel;
class QButtonGroup;

namespace flexor::ui {

class SittingChart;

// "Statistics…": today at a glance in big numbers, sitting per day over the last 7 or 30
// days as a bar chart with breaks marked, and the longest streaks. It reads the history when
// built and on reload(); building it takes one small query, so create it when it is asked for.
class StatisticsWindow : public QWidget {
    Q_OBJECT
public:
    // The journal entries in [from, to), from wherever the history is kept.
    using JournalReader =
        std::function<std::vector<core::JournalEntry>(core::LocalTime from, core::LocalTime to)>;
    using LocalClock = std::function<core::LocalTime()>;

    // threshold: remind_after, the length from which a streak counts as "over the threshold".
    StatisticsWindow(JournalReader readJournal, LocalClock clock, core::Duration threshold,
                     QWidget* parent = nullptr);

    // Reads the history again (e.g. when the window is shown again later).
    void reload();
    void showDays(int days); // 7 or 30
    // daily_sitting_limit: today's sitting is shown as "5 h 12 min of 6 h" (0: no budget).
    void setDailyLimit(core::Duration limit);
    int shownDays() const { return shownDays_; }
    SittingChart* chart() const { return chart_; }

private:
    QWidget* buildTodayRow();
    QWidget* buildRangeButtons();
    void showToday(const core::DayStatistics& today);
    void showLongestStreaks(core::LocalDay first, core::LocalDay last);

    static constexpr int kLongestDays = 30;

    JournalReader readJournal_;
    LocalClock clock_;
    core::Duration threshold_;
    core::Duration dailyLimit_{};
    int shownDays_ = 7;
    core::Duration todaySitting_{};
    std::vector<core::JournalEntry> entries_;
    std::vector<core::DayStatistics> days_; // the last 30 days, oldest first
    core::LocalTime now_;

    QLabel* sitting_ = nullptr;
    QLabel* longest_ = nullptr;
    QLabel* breaks_ = nullptr;
    QLabel* reminders_ = nullptr;
    QButtonGroup* range_ = nullptr;
    SittingChart* chart_ = nullptr;
    QLabel* streaks_ = nullptr;
};

} // namespace flexor::ui
