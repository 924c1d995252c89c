// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoutineProgram.h"

#include "CueSounds.h"
#include "GuidePlayer.h"
#include "MuteMemory.h"
#include "RoutineAccessibleFactory.h"
#include "RoutineWindow.h"
#include "SpeechVoice.h"
#include "config/Paths.h"
#include "config/RoutineLibrary.h"
#include "platform/SystemClock.h"
#include "start/DataFiles.h"
#include "start/ProgramStart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>
#include <QSocketNotifier>
#include <cstdio>
#include <filesystem>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace flexor::routine {

namespace {

constexpr int kUsage = 64;

void tell(const std::string& line) {
    std::fputs((line + "\n").c_str(), stdout);
    std::fflush(stdout);
}

std::string fallbackSound() {
    const auto file = start::dataDir() / "sounds" / "cue.ogg";
    std::error_code ec;
    return std::filesystem::exists(file, ec) ? file.string() : std::string();
}

// The routine with the built-in side labels in the user's language: the voice reads them too,
// and an English "Left side" in a German sentence is not understood on the floor. The window's
// own translations, so both say the same words.
core::Routine withSideLabelsTranslated(core::Routine routine) {
    for (auto& step : routine.steps) {
        if (step.leftLabel == core::kDefaultLeftLabel) {
            step.leftLabel =
                QCoreApplication::translate("flexor::routine::RoutineWindow", "Left side")
                    .toStdString();
        }
        if (step.rightLabel == core::kDefaultRightLabel) {
            step.rightLabel =
                QCoreApplication::translate("flexor::routine::RoutineWindow", "Right side")
                    .toStdString();
        }
    }
    return routine;
}

} // namespace

int runRoutineProgram(int argc, char** argv) {
    QApplication app(argc, argv);
    // Started by the daemon only (RoutineLauncher), so its words are not translated.
    QCommandLineParser args;
    const QCommandLineOption noVoice(QStringLiteral("no-voice"));
    const QCommandLineOption noSound(QStringLiteral("no-sound"));
    const QCommandLineOption breakScreenOption(QStringLiteral("break-screen"));
    const QCommandLineOption finishedBeforeOption(QStringLiteral("finished-before"), {},
                                                  QStringLiteral("STEPS"), QStringLiteral("0"));
    args.addOptions({noVoice, noSound, breakScreenOption, finishedBeforeOption});
    const start::ProgramStart start = start::startProgram("routine", args);
    installRoutineAccessibleFactory(); // beside the shared one startProgram installed
    if (!start.argumentsParsed || args.positionalArguments().size() != 1) {
        spdlog::error("flexor-routine takes one routine name, --no-voice, --no-sound, "
                      "--break-screen, --finished-before STEPS and --verbose");
        return kUsage;
    }
    const bool voiceWanted = !args.isSet(noVoice);
    const bool soundWanted = !args.isSet(noSound);
    const bool breakScreen = args.isSet(breakScreenOption);
    const int finishedBefore = args.value(finishedBeforeOption).toInt();
    const std::string name = args.positionalArguments().first().toStdString();
    const std::vector<std::string>& languages = start.languages;
    const config::RoutineLibrary library(config::standardRoutineDirs(start::dataDir()));
    // The same choice as the daemon's: a broken user copy gives way to the shipped routine.
    const auto* entry = library.choose(name).entry;
    if (entry == nullptr) {
        spdlog::error("routine {}: not found or broken", name);
        return 1;
    }

    const MuteMemory mute(config::stateDir());
    // Speech and sound connect before the window shows, so the first line is not late.
    SpeechVoice voice(voiceWanted, core::spokenLanguage(*entry->routine, languages));
    CueSounds sounds(soundWanted, fallbackSound());

    if (mute.muted()) {
        spdlog::info("routine {}: muted (the mute button was left on)", name);
    }
    auto* window =
        new RoutineWindow(withSideLabelsTranslated(core::localized(*entry->routine, languages)),
                          finishedBefore, mute.muted(), [] { return platform::now().mono; });
    window->setBreakScreen(breakScreen);
    GuidePlayer guide(*window, voice, sounds, mute.muted());
    // Each connection ends with the window (deleted on close), so none outlives what it uses.
    QObject::connect(window, &RoutineWindow::muteToggled, window,
                     [&mute](bool muted) { mute.remember(muted); });
    QObject::connect(window, &RoutineWindow::finished, window,
                     [](int steps) { tell("finished " + std::to_string(steps)); });
    QObject::connect(window, &RoutineWindow::abandoned, window, [](qint64 ms, int steps) {
        tell("abandoned " + std::to_string(ms) + " " + std::to_string(steps));
    });
    QObject::connect(window, &RoutineWindow::skipped, window, [](qint64 ms, int steps) {
        tell("skipped " + std::to_string(ms) + " " + std::to_string(steps));
    });

    // The daemon asks for the window again (another `flexor stretch`) through stdin; its end
    // (the daemon gone) changes nothing: the routine runs to its end.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(
        &input, &QSocketNotifier::activated, &input,
        [&input, window = QPointer<RoutineWindow>(window)] {
            char buffer[256];
            const auto n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n <= 0) {
                input.setEnabled(false);
                return;
            }
            if (std::string_view(buffer, static_cast<std::size_t>(n)).find("present") !=
                    std::string_view::npos &&
                window) {
                window->present();
            }
        });

    window->present();
    return QApplication::exec();
}

} // namespace flexor::routine
