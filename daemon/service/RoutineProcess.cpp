// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutineProcess.h"

#include "ChildProgram.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <spdlog/spdlog.h>

namespace flexor::service {

namespace {

const QString kProgramName = QStringLiteral("flexor-routine");

} // namespace

RoutineProcess::RoutineProcess(QObject* parent)
    : QObject(parent) {
    connect(&process_, &QProcess::readyReadStandardOutput, this, &RoutineProcess::readOutcome);
    connect(&process_, &QProcess::readyReadStandardError, this, &RoutineProcess::readLog);
    connect(&process_, &QProcess::finished, this, &RoutineProcess::onExited);
    connect(&process_, &QProcess::started, this, [this] {
        spdlog::info("routine {}: routine program started (pid {})", name_, process_.processId());
    });
    // Started without waiting: a program that cannot start says so here, later, and the
    // routine it was to run counts as abandoned (as if it had died at once).
    connect(&process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || outcomeSent_) {
            return;
        }
        spdlog::error("routine {}: the routine program could not start: {}", name_,
                      process_.errorString().toStdString());
        outcomeSent_ = true;
        emit abandoned(runTime_.elapsed(), 0);
    });
}

RoutineProcess::~RoutineProcess() {
    // The daemon is quitting: the routine window goes with it.
    if (running()) {
        process_.terminate();
        process_.waitForFinished(2000);
    }
}

bool RoutineProcess::start(const RoutineRequest& request) {
    name_ = request.name;
    outcomeSent_ = false;
    log_.finish();
    QStringList args{QString::fromStdString(request.name), QStringLiteral("--finished-before"),
                     QString::number(request.finishedBefore)};
    if (!request.voice) {
        args << QStringLiteral("--no-voice");
    }
    if (!request.sound) {
        args << QStringLiteral("--no-sound");
    }
    if (request.breakScreen) {
        args << QStringLiteral("--break-screen");
    }
    if (request.verbose) {
        args << QStringLiteral("--verbose");
    }
    const QString program = childProgramPath(kProgramName);
    // The one failure worth a synchronous answer (an install without the routine program);
    // anything else shows as FailedToStart, asynchronously.
    if (!QFileInfo(program).isExecutable()) {
        spdlog::error("routine {}: the routine program {} is missing or not executable", name_,
                      program.toStdString());
        return false;
    }
    runTime_.start();
    process_.start(program, args);
    return true;
}

void RoutineProcess::present() {
    if (running()) {
        process_.write("present\n");
    }
}

void RoutineProcess::readOutcome() {
    while (process_.canReadLine()) {
        const auto words = QString::fromUtf8(process_.readLine()).simplified().split(' ');
        if (outcomeSent_) {
            continue;
        }
        if (words.size() == 2 && words[0] == QLatin1String("finished")) {
            outcomeSent_ = true;
            emit finished(words[1].toInt());
        } else if (words.size() == 3 && words[0] == QLatin1String("abandoned")) {
            outcomeSent_ = true;
            emit abandoned(words[1].toLongLong(), words[2].toInt());
        } else if (words.size() == 3 && words[0] == QLatin1String("skipped")) {
            outcomeSent_ = true;
            emit skipped(words[1].toLongLong(), words[2].toInt());
        }
    }
}

void RoutineProcess::readLog() {
    log_.append(process_.readAllStandardError());
}

void RoutineProcess::onExited(int exitCode, QProcess::ExitStatus status) {
    readOutcome();
    readLog();
    log_.finish();
    if (outcomeSent_) {
        spdlog::debug("routine {}: routine program ended", name_);
        return;
    }
    const std::string how = status == QProcess::CrashExit ? std::string("killed or crashed")
                                                          : "exit code " + std::to_string(exitCode);
    spdlog::warn("routine {}: the routine program ended without an outcome ({}): counted as "
                 "abandoned",
                 name_, how);
    outcomeSent_ = true;
    emit abandoned(runTime_.elapsed(), 0);
}

} // namespace flexor::service
