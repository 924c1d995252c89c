// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Time.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace flexor::ui {
class StatisticsWindow;
}

namespace flexor::app {

class HistoryKeeper;

// The statistics window over the history: one at a time, brought to the front when asked for
// again, gone (memory included) when closed.
class StatisticsOpener : public QObject {
    Q_OBJECT
public:
    // remindAfter: the current threshold, which the chart marks.
    // dailyLimit: daily_sitting_limit, shown beside today's sitting (0: none).
    StatisticsOpener(const HistoryKeeper& history, std::function<core::Duration()> remindAfter,
                     std::function<core::Duration()> dailyLimit, QObject* parent = nullptr);

    void open();

private:
    const HistoryKeeper& history_;
    std::function<core::Duration()> remindAfter_;
    std::function<core::Duration()> dailyLimit_;
    QPointer<ui::StatisticsWindow> window_;
};

} // namespace flexor::app
