// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RoutineProcess.h"
#include "config/Config.h"
#include "config/RoutineLibrary.h"
#include "core/EngineEvent.h"
#include "core/Time.h"
#include "dbus/DaemonControl.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace flexor::platform {
class NotificationClient;
}

namespace flexor::service {

class RoutineFallbackNotice;

// The routines on disk and the one that runs: it chooses the routine to open (a broken user copy
// gives way to the shipped one, and the user is told once), starts it in the routine program and
// reports how it went as engine events.
class RoutineLauncher : public QObject {
    Q_OBJECT
public:
    // dirs: where routines are; languages: the user's, for the titles the tray lists;
    // notifications: for the notice that a routine fell back.
    RoutineLauncher(const config::RoutineDirs& dirs, std::vector<std::string> languages,
                    platform::NotificationClient& notifications, QObject* parent = nullptr);
    ~RoutineLauncher() override;

    // Opens `asked`, or the configured routine when `asked` is empty; a routine already running
    // comes to the front instead. Refused with why nothing opened.
    dbus::Refusal open(const QString& asked, const std::string& configured, RoutineRequest request);

    // How long the routine a reminder would start takes, when it can be used.
    std::optional<core::Duration> lengthOf(const std::string& configured) const;
    // What a reminder shown at `now` offers: the length of that day's routine (a rotation turns
    // daily), or of the routine it falls back to.
    std::optional<core::Duration> offeredLength(const config::Config& config,
                                                core::LocalTime now) const {
        return lengthOf(config.routineOn(now));
    }

    // Every usable routine, as (name, title in the user's language), read again from disk so a
    // routine the user just added shows up.
    QList<std::pair<QString, QString>> usableRoutines();

signals:
    void happened(const core::EngineEvent& event); // started, finished or abandoned
    void skipConfirmed(); // the break screen's Skip, asked twice: the break counts as skipped

private:
    RoutineProcess& process();

    std::vector<std::string> languages_;
    std::unique_ptr<config::RoutineLibrary> library_;
    RoutineFallbackNotice* notice_ = nullptr;
    RoutineProcess* process_ = nullptr; // created on the first routine
};

} // namespace flexor::service
