// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StatisticsOpener.h"

#include "HistoryKeeper.h"
#include "platform/SystemClock.h"
#include "platform/history/HistoryStore.h"
#include "ui/StatisticsWindow.h"

namespace flexor::app {

StatisticsOpener::StatisticsOpener(const HistoryKeeper& history,
                                   std::function<core::Duration()> remindAfter,
                                   std::function<core::Duration()> dailyLimit, QObject* parent)
    : QObject(parent)
    , history_(history)
    , remindAfter_(std::move(remindAfter))
    , dailyLimit_(std::move(dailyLimit)) {}

void StatisticsOpener::open() {
    if (!window_) {
        const auto& store = history_.store();
        window_ = new ui::StatisticsWindow(
            [&store](core::LocalTime from, core::LocalTime to) { return store.entries(from, to); },
            [] { return platform::now().local; }, remindAfter_());
        window_->setAttribute(Qt::WA_DeleteOnClose);
    }
    window_->setDailyLimit(dailyLimit_());
    window_->show();
    window_->raise();
    window_->activateWindow();
}

} // namespace flexor::app
