// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Opens the routine window on its own, without the daemon, to try it by hand or to take
// screenshots: routine_window_tool [ROUTINE] [--finished-before N] [--dark |
// --high-contrast] [--check-layout] [--report-focus] (prints whether any text is clipped). It
// speaks the session's language (LANGUAGE, LC_MESSAGES, LANG), as the daemon does. Prints one line
// when the routine ends: "finished STEPS" or "abandoned MS STEPS".
#include "FocusReport.h"
#include "LayoutCheck.h"
#include "Palettes.h"
#include "config/Paths.h"
#include "config/RoutineLibrary.h"
#include "platform/SystemClock.h"
#include "routine/RoutineWindow.h"
#include "start/Translations.h"

#include <QApplication>
#include <QStringList>
#include <cstdio>

using namespace flexor;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    std::vector<std::string> languages;
    for (const QString& language : start::Translations::install("auto")) {
        languages.push_back(language.toStdString());
    }
    QStringList args = app.arguments().mid(1);
    tools::applyPaletteOption(args);
    tools::FocusReport::installIfAsked(args);
    const bool checkLayout = args.removeAll(QStringLiteral("--check-layout")) > 0;
    int finishedBefore = 0;
    const auto countAt = args.indexOf(QStringLiteral("--finished-before"));
    if (countAt >= 0 && countAt + 1 < args.size()) {
        finishedBefore = args.takeAt(countAt + 1).toInt();
        args.removeAt(countAt);
    }
    const std::string name = args.isEmpty() ? "psoas" : args.first().toStdString();

    const config::RoutineLibrary library(config::standardRoutineDirs(FLEXOR_BUILD_DATA_DIR));
    const auto* entry = library.find(name);
    if (entry == nullptr || entry->broken()) {
        std::fprintf(stderr, "routine %s: not found or broken\n", name.c_str());
        for (const auto& d : library.diagnostics()) {
            std::fprintf(stderr, "%s\n", d.toString().c_str());
        }
        return 2;
    }

    auto* window =
        new routine::RoutineWindow(core::localized(*entry->routine, languages), finishedBefore,
                                   /*muted=*/false, [] { return platform::now().mono; });
    QObject::connect(window, &routine::RoutineWindow::finished, [](int steps) {
        std::printf("finished %d\n", steps);
        std::fflush(stdout);
    });
    QObject::connect(window, &routine::RoutineWindow::abandoned, [](qint64 ms, int steps) {
        std::printf("abandoned %lld %d\n", static_cast<long long>(ms), steps);
        std::fflush(stdout);
    });
    if (checkLayout) {
        new tools::LayoutCheck(window);
    }
    window->present();
    return app.exec();
}
