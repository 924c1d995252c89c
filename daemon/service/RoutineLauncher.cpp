// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutineLauncher.h"

#include "RoutineFallbackNotice.h"
#include "core/Routine.h"

#include <spdlog/spdlog.h>

namespace flexor::service {

RoutineLauncher::RoutineLauncher(const config::RoutineDirs& dirs,
                                 std::vector<std::string> languages,
                                 platform::NotificationClient& notifications, QObject* parent)
    : QObject(parent)
    , languages_(std::move(languages))
    , library_(std::make_unique<config::RoutineLibrary>(dirs))
    , notice_(new RoutineFallbackNotice(notifications, this)) {
    for (const auto& problem : library_->diagnostics()) {
        spdlog::warn("routine: {}", problem.toString());
    }
}

RoutineLauncher::~RoutineLauncher() = default;

dbus::Refusal RoutineLauncher::open(const QString& asked, const std::string& configured,
                                    RoutineRequest request) {
    const std::string wanted = asked.isEmpty() ? configured : asked.toStdString();
    library_->rescan(); // the user may have edited a routine since
    // Checked first, even while a routine runs: a name must never be taken unchecked.
    const auto choice = library_->choose(wanted);
    if (const QString refused = RoutineFallbackNotice::refusal(choice, wanted, !asked.isEmpty());
        !refused.isEmpty()) {
        return refused;
    }
    notice_->tell(choice, wanted);
    if (process_ && process_->running()) {
        process_->present();
        return {};
    }
    request.name = choice.entry->name;
    spdlog::info("routine {}: opening the window", request.name);
    if (!process().start(request)) {
        return tr("The routine window could not be opened.");
    }
    emit happened(core::event::RoutineStarted{request.name});
    return {};
}

RoutineProcess& RoutineLauncher::process() {
    if (!process_) {
        process_ = new RoutineProcess(this);
        connect(process_, &RoutineProcess::finished, this,
                [this](int steps) { emit happened(core::event::RoutineFinished{steps}); });
        connect(process_, &RoutineProcess::abandoned, this, [this](qint64 ms, int steps) {
            emit happened(core::event::RoutineAbandoned{core::Duration(ms), steps});
        });
        connect(process_, &RoutineProcess::skipped, this, [this](qint64 ms, int steps) {
            emit happened(core::event::RoutineAbandoned{core::Duration(ms), steps});
            emit skipConfirmed();
        });
    }
    return *process_;
}

std::optional<core::Duration> RoutineLauncher::lengthOf(const std::string& configured) const {
    if (const auto* entry = library_->choose(configured).entry) {
        return core::totalLength(*entry->routine);
    }
    return std::nullopt;
}

QList<std::pair<QString, QString>> RoutineLauncher::usableRoutines() {
    library_->rescan();
    QList<std::pair<QString, QString>> usable;
    for (const auto& entry : library_->entries()) {
        if (!entry.broken()) {
            usable.append(
                {QString::fromStdString(entry.name),
                 QString::fromStdString(core::localized(*entry.routine, languages_).title)});
        }
    }
    return usable;
}

} // namespace flexor::service
