#pragma once

#include "core/Statistics.h"

#include <QWidget>

class QLabel;
class QButtonGroup;

namespace flexor::platform::history {
class HistoryStore;
}

namespace flexor::ui {

class SittingChart;

// "Statistics…": today at a glance in big numbers, sitting per day over the last 7 or 30
// days as a bar chart with breaks marked, and the longest streaks. It reads the history when
// built and on reload(); building it takes one small query, so create it when it is asked for.
class StatisticsWindow : public QWidget {
    Q_OBJECT
public:
    // threshold: remind_after, the length from which a streak counts as "over the threshold".
    StatisticsWindow(const platform::history::HistoryStore& store, core::Duration threshold,
                     QWidget* parent = nullptr);

    // Reads the history again (e.g. when the window is shown again later).
    void reload();
    void showDays(int days); // 7 or 30
    int shownDays() const { return m_shownDays; }
    SittingChart* chart() const { return m_chart; }

private:
    QWidget* buildTodayRow();
    QWidget* buildRangeButtons();
    void showToday(const core::DayStatistics& today);
    void showLongestStreaks(core::LocalDay first, core::LocalDay last);

    static constexpr int longestDays = 30;

    const platform::history::HistoryStore& m_store;
    core::Duration m_threshold;
    int m_shownDays = 7;
    std::vector<core::JournalEntry> m_entries;
    std::vector<core::DayStatistics> m_days; // the last 30 days, oldest first
    core::LocalTime m_now;

    QLabel* m_sitting = nullptr;
    QLabel* m_longest = nullptr;
    QLabel* m_breaks = nullptr;
    QLabel* m_reminders = nullptr;
    QButtonGroup* m_range = nullptr;
    SittingChart* m_chart = nullptr;
    QLabel* m_streaks = nullptr;
};

} // namespace flexor::ui
