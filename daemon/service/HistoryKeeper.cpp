// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HistoryKeeper.h"

#include "config/Paths.h"
#include "core/DurationSyntax.h"
#include "platform/history/HistoryStore.h"

#include <QTimer>
#include <spdlog/spdlog.h>

namespace flexor::service {

namespace history = platform::history;
using core::SittingState;

HistoryKeeper::HistoryKeeper(int historyDays, QObject* parent)
    : QObject(parent)
    , store_(std::make_unique<history::HistoryStore>(
          config::historyFile(),
          history::HistoryOptions{history::HistoryAccess::ReadWrite, historyDays, {}})) {
    if (!store_->isOpen()) {
        spdlog::warn("history: not kept this session");
    }
}

HistoryKeeper::~HistoryKeeper() {
    flush();
}

void HistoryKeeper::setHistoryDays(int days) {
    store_->setHistoryDays(days);
}

core::Duration timeSinceSaved(const platform::history::RunningStreak& saved, core::LocalTime now,
                              std::int64_t nowWallMs) {
    if (saved.savedWallMs > 0) {
        return std::chrono::milliseconds(nowWallMs - saved.savedWallMs);
    }
    return now - saved.savedAt;
}

std::optional<core::Duration> HistoryKeeper::resumableStreak(core::Instant now,
                                                             std::int64_t nowWallMs,
                                                             core::Duration awayAfter) {
    const auto saved = store_->runningStreak();
    if (!saved) {
        return std::nullopt;
    }
    const core::Duration gap = timeSinceSaved(*saved, now.local, nowWallMs);
    if (gap < core::Duration::zero() || gap >= awayAfter) {
        store_->closeRunningStreak();
        return std::nullopt;
    }
    spdlog::info("history: resuming a streak of {}", core::formatDuration(saved->soFar + gap));
    return saved->soFar + gap;
}

void HistoryKeeper::saveRunningStreak(const core::EngineStatus& status, core::Instant now,
                                      std::int64_t nowWallMs) {
    if (!store_->isOpen()) {
        return;
    }
    const bool sitting = status.state == SittingState::Sitting ||
                         status.state == SittingState::ReminderDue ||
                         status.state == SittingState::Snoozed;
    if (sitting && status.streak > core::Duration::zero()) {
        const auto started =
            now.local - std::chrono::duration_cast<std::chrono::seconds>(status.streak);
        streakSaved_ = store_->saveRunningStreak(started, status.streak, now.local, nowWallMs);
    } else if (streakSaved_) {
        store_->clearRunningStreak();
        streakSaved_ = false;
    }
}

void HistoryKeeper::queue(const core::JournalEntry& entry) {
    if (pending_.empty()) {
        QTimer::singleShot(0, this, &HistoryKeeper::flush);
    }
    pending_.push_back(entry);
}

void HistoryKeeper::flush() {
    for (const auto& entry : pending_) {
        store_->record(entry);
    }
    pending_.clear();
}

core::TodaySummary HistoryKeeper::today(core::Instant now, core::Duration runningStreak) const {
    auto summary = store_->today(now.local, runningStreak);
    for (const auto& entry : pending_) {
        summary.reminders += entry.kind == core::JournalKind::Reminder ? 1 : 0;
        summary.routinesFinished += entry.kind == core::JournalKind::RoutineBreak ? 1 : 0;
    }
    return summary;
}

} // namespace flexor::service
