// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ChildLog.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <string>

namespace flexor::service {

// What a routine needs from the daemon when it starts.
struct RoutineRequest {
    std::string name;
    int finishedBefore = 0; // routines finished today, for the finish screen
    bool voice = true;
    bool sound = true;
    bool verbose = false;
    bool breakScreen = false; // full screen on every monitor; ending it early asks first
};

// Runs one routine in the routine program (flexor-routine), a child process started on demand,
// and tells how it ended through exactly one of finished(), abandoned() or skipped(). A child that
// dies without saying (killed, crashed) is an abandoned routine; the daemon goes on. The child's
// log lines go into the daemon's log at their own level.
class RoutineProcess : public QObject {
    Q_OBJECT
public:
    explicit RoutineProcess(QObject* parent = nullptr);
    ~RoutineProcess() override;

    bool running() const { return process_.state() != QProcess::NotRunning; }
    // Starts the routine without waiting for the program to start; false (and the reason
    // logged) when there is no program to start. A start that fails later ends in abandoned().
    bool start(const RoutineRequest& request);
    void present(); // brings the running routine's window to the front

signals:
    void finished(int stepsCompleted);
    void abandoned(qint64 ranForMs, int stepsCompleted);
    void skipped(qint64 ranForMs, int stepsCompleted); // the break screen, confirmed

private:
    void readOutcome();
    void readLog();
    void onExited(int exitCode, QProcess::ExitStatus status);

    QProcess process_;
    QElapsedTimer runTime_;
    std::string name_;
    bool outcomeSent_ = false;
    ChildLog log_{"routine program"};
};

} // namespace flexor::service
