// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The Flexor window as flexor-window shows it, talking to the running daemon, but in a dark or
// high-contrast palette, for the screenshots (the window program itself takes the desktop's).
// Usage: window_tool [--page now|statistics|settings|welcome] [--dark | --high-contrast]
#include "Palettes.h"
#include "start/ProgramStart.h"
#include "window/DaemonLink.h"
#include "window/FlexorWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>

using namespace flexor;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    tools::applyPaletteOption(args);
    QCommandLineParser ignored; // the options are read above; only --verbose counts here
    start::startProgram("window", ignored);
    QString page = QStringLiteral("now");
    if (const auto at = args.indexOf(QStringLiteral("--page")); at >= 0 && at + 1 < args.size()) {
        page = args.at(at + 1);
    }
    window::DaemonLink daemon;
    daemon.connectToDaemon();
    window::FlexorWindow shown(daemon, {});
    shown.showPage(page);
    shown.show();
    std::printf("shown %s\n", shown.currentPage().toUtf8().constData());
    std::fflush(stdout);
    return QApplication::exec();
}
