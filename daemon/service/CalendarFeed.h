// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "config/Config.h"
#include "core/EngineEvent.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>
#include <vector>

namespace flexor::service {

// The user's calendars, read by the calendar program (flexor-calendar, a child process that
// alone links libical and Qt Network) while `calendars` is not empty. Each list of meetings it
// prints becomes one CalendarBusy event on the engine's clock. It is told whether the user is
// at the computer, so published calendars are fetched only then. A program that cannot start
// or dies is one log line; it is started again a minute later (twice as late each time it
// fails again before telling anything, up to an hour), and the meetings it last told stay in
// force meanwhile. One that hangs holds nothing up: its input is buffered, and it is killed
// when it must stop.
class CalendarFeed : public QObject {
    Q_OBJECT
public:
    explicit CalendarFeed(bool verbose, QObject* parent = nullptr);
    ~CalendarFeed() override;

    // Starts, restarts (its settings changed) or stops the program.
    void apply(const config::Config& config);
    // The user is at the computer (not away, not paused): the program may use the network.
    void setUserPresent(bool present);
    // The next meeting (or the current one) for the status: start, end, title if allowed.
    void addTo(QVariantMap& status) const;

signals:
    void happened(const core::EngineEvent& event);

private:
    struct Meeting {
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString title;
    };

    void start();
    void stop();
    void readMeetings();
    void readLog();
    void onExited(int exitCode, QProcess::ExitStatus status);
    void scheduleRestart();
    void tellPresence();

    bool verbose_;
    QStringList arguments_;
    std::size_t sources_ = 0;
    QProcess process_;
    QTimer restart_;
    QByteArray out_;
    QByteArray err_;
    std::vector<Meeting> meetings_;
    bool present_ = true;
    bool stopping_ = false;
};

} // namespace flexor::service
