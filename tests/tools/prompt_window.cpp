// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Shows the reminder prompt on its own, as the daemon does when no notification server runs,
// to try its look and keyboard use: prompt_window [--dark | --high-contrast] [--report-focus].
// Prints the answer chosen ("answer start|snooze|skip") and exits.
#include "FocusReport.h"
#include "Palettes.h"
#include "start/Translations.h"
#include "ui/ReminderPrompt.h"

#include <QApplication>
#include <cstdio>

using namespace flexor;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    start::Translations::install("auto");
    QStringList args = app.arguments().mid(1);
    tools::applyPaletteOption(args);
    tools::FocusReport::installIfAsked(args);

    ui::ReminderPrompt prompt;
    const auto answer = [](const char* what) {
        std::printf("answer %s\n", what);
        std::fflush(stdout);
        QApplication::quit();
    };
    QObject::connect(&prompt, &ui::ReminderPrompt::startRequested, [&] { answer("start"); });
    QObject::connect(&prompt, &ui::ReminderPrompt::snoozeRequested, [&] { answer("snooze"); });
    QObject::connect(&prompt, &ui::ReminderPrompt::skipRequested, [&] { answer("skip"); });
    prompt.present(QStringLiteral("Time to get up"),
                   QStringLiteral("Sitting for 45 min. A short stretch loosens the hips."),
                   QStringLiteral("Snooze 10 min"));
    prompt.move(0, 0);
    return QApplication::exec();
}
