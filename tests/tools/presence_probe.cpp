// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs the real presence chooser and prints "backend NAME", then "idle MS" and "active" as the
// chosen backend reports them. Usage: presence_probe THRESHOLD_MS [PREFERENCE]
// A line "threshold MS" on stdin changes the threshold while running.
#include "ProbeOutput.h"
#include "platform/presence/PresenceChooser.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <unistd.h>

using namespace flexor::platform;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    sendLogsToStderr();
    if (argc < 2) {
        std::fprintf(stderr, "usage: presence_probe THRESHOLD_MS [PREFERENCE]\n");
        return 2;
    }
    const std::chrono::milliseconds threshold(std::stoll(argv[1]));
    const QString preference = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("auto");

    std::unique_ptr<PresenceMonitor> monitor = choosePresenceMonitor(preference);
    QObject::connect(monitor.get(), &PresenceMonitor::wentIdle,
                     [](std::chrono::milliseconds idleFor) {
                         printEvent("idle " + std::to_string(idleFor.count()));
                     });
    QObject::connect(monitor.get(), &PresenceMonitor::cameBack, [] { printEvent("active"); });
    monitor->setIdleThreshold(threshold);
    printEvent("backend " + monitor->name().toStdString() + (monitor->senses() ? "" : " unsensed"));

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char buffer[256];
        const ssize_t size = read(STDIN_FILENO, buffer, sizeof buffer - 1);
        if (size <= 0) {
            input.setEnabled(false);
            return;
        }
        buffer[size] = '\0';
        long long milliseconds = 0;
        if (std::sscanf(buffer, "threshold %lld", &milliseconds) == 1) {
            monitor->setIdleThreshold(std::chrono::milliseconds(milliseconds));
            printEvent("threshold " + std::to_string(milliseconds));
        }
    });
    return app.exec();
}
