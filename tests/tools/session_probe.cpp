// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs the real session watcher and prints "locked", "unlocked", "sleep", "resumed" as it
// reports them, after "started".
#include "ProbeOutput.h"
#include "platform/session/DesktopSessionWatcher.h"

#include <QCoreApplication>

using namespace flexor::platform;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    sendLogsToStderr();
    DesktopSessionWatcher watcher;
    QObject::connect(&watcher, &SessionWatcher::locked, [] { printEvent("locked"); });
    QObject::connect(&watcher, &SessionWatcher::unlocked, [] { printEvent("unlocked"); });
    QObject::connect(&watcher, &SessionWatcher::aboutToSleep, [] { printEvent("sleep"); });
    QObject::connect(&watcher, &SessionWatcher::resumed, [] { printEvent("resumed"); });
    watcher.start();
    printEvent("started");
    return app.exec();
}
