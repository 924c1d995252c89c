// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WindowProgram.h"

#include "DaemonLink.h"
#include "FlexorWindow.h"
#include "config/Paths.h"
#include "config/RoutineLibrary.h"
#include "start/DataFiles.h"
#include "start/ProgramStart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSocketNotifier>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace flexor::window {

namespace {

constexpr int kUsage = 64;

QList<std::pair<QString, QString>> usableRoutines(const std::vector<std::string>& languages) {
    const config::RoutineLibrary library(config::standardRoutineDirs(start::dataDir()));
    QList<std::pair<QString, QString>> usable;
    for (const auto& entry : library.entries()) {
        if (!entry.broken()) {
            usable.append(
                {QString::fromStdString(entry.name),
                 QString::fromStdString(core::localized(*entry.routine, languages).title)});
        }
    }
    return usable;
}

// Brings the window to the front with the desktop's activation token. On Wayland, Qt 6.4's
// xdg-activation support takes the token from XDG_ACTIVATION_TOKEN when the window asks to be
// activated (and at its first show); on X11 Qt reads DESKTOP_STARTUP_ID at start-up and ends
// that startup notification when the first window maps, and an open window is raised with
// _NET_ACTIVE_WINDOW.
void bringToFront(FlexorWindow& window, const QString& token) {
    if (!token.isEmpty() && QGuiApplication::platformName().startsWith(QLatin1String("wayland"))) {
        qputenv("XDG_ACTIVATION_TOKEN", token.toUtf8());
    }
    window.show();
    window.raise();
    window.activateWindow();
}

} // namespace

int runWindowProgram(int argc, char** argv) {
    QApplication app(argc, argv);
    // Started by the daemon only (WindowLauncher), so its words are not translated.
    QCommandLineParser args;
    const QCommandLineOption pageOption(QStringLiteral("page"), {}, QStringLiteral("PAGE"),
                                        QStringLiteral("now"));
    args.addOption(pageOption);
    const start::ProgramStart start = start::startProgram("window", args);
    const QString page = args.value(pageOption);
    if (!start.argumentsParsed || !args.positionalArguments().isEmpty()) {
        spdlog::error("flexor-window takes --page PAGE and --verbose");
        return kUsage;
    }

    DaemonLink daemon;
    daemon.connectToDaemon();
    FlexorWindow flexorWindow(daemon, usableRoutines(start.languages));
    flexorWindow.showPage(page);

    // The daemon asks again (another `flexor window`, the tray) through stdin; its end (the
    // daemon gone) changes nothing: the window stays until it is closed.
    // The connection ends with the notifier, declared after everything its lambda uses, so it
    // cannot outlive them.
    QByteArray pending;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &input, [&] {
        char buffer[512];
        const auto n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false);
            return;
        }
        pending.append(buffer, n);
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const auto words = QString::fromUtf8(pending.left(end)).split(QLatin1Char(' '));
            pending.remove(0, end + 1);
            if (words.value(0) != QLatin1String("show")) {
                continue;
            }
            const QString asked = words.value(1);
            const QString token = words.value(2);
            if (asked != QLatin1String("-")) {
                flexorWindow.showPage(asked);
            }
            spdlog::info("window: asked again, showing {}",
                         flexorWindow.currentPage().toStdString());
            bringToFront(flexorWindow, token == QLatin1String("-") ? QString() : token);
        }
    });

    bringToFront(flexorWindow, {});
    spdlog::info("window: shown on {}", flexorWindow.currentPage().toStdString());
    return QApplication::exec();
}

} // namespace flexor::window
