// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandLine.h"

#include "AutostartCommand.h"
#include "BuildInfo.h"
#include "CheckConfigCommand.h"
#include "CliText.h"
#include "ClientCommands.h"
#include "CommandArgs.h"
#include "ConfigCommand.h"
#include "StatsCommand.h"
#include "WindowRequest.h"
#include "config/Paths.h"
#include "platform/UnixSignalWatcher.h"
#include "platform/X11ImageTransport.h"
#include "service/Daemon.h"
#include "start/Autostart.h"
#include "start/Logging.h"
#include "start/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <malloc.h>
#include <optional>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace flexor::cli {

namespace {

// Ten years: more than history_days can keep, and a bound on the work a typo can ask for.
constexpr int kMaxStatsDays = 3650;
QString helpText() {
    return tr(
        "Usage: flexor [--verbose]\n"
        "       flexor COMMAND [ARGS]\n"
        "\n"
        "Flexor tracks how long you sit without a break and, past a threshold, reminds you\n"
        "to get up for a short guided psoas (hip flexor) stretch.\n"
        "Without a command it starts the daemon for this desktop session; when Flexor\n"
        "already runs, it opens the Flexor window instead.\n"
        "\n"
        "Commands (talk to the running daemon):\n"
        "  status [--json | --waybar] [--follow]   show the state; --follow prints every change\n"
        "  stretch [ROUTINE]     start the guided routine now (default: the configured one)\n"
        "  snooze [DURATION]     postpone the reminder (default: the configured snooze)\n"
        "  skip                  skip this break; the sitting count starts over\n"
        "  pause [DURATION | tomorrow]   pause reminders (default: until tomorrow)\n"
        "  resume                end a pause\n"
        "  stand                 standing desk mode: sitting time does not grow\n"
        "  sit                   end standing mode\n"
        "  window [now | statistics | settings]   open the Flexor window (on that page)\n"
        "  reload                read the config file again\n"
        "  quit                  stop the daemon\n"
        "\n"
        "Commands (work without the daemon):\n"
        "  check-config [FILE]   check a config file (default: the user's) and the routines;\n"
        "                        a FILE in a routines folder or with [[step]] is a routine\n"
        "  stats [--days N] [--json | --csv]   sitting and breaks per day (default: 7 days,\n"
        "                        at most 3650)\n"
        "  autostart [enable | disable | status]   start Flexor at login (XDG autostart)\n"
        "  config get KEY | set KEY VALUE | reset KEY | path\n"
        "                        read or change one setting in the config file, keeping its\n"
        "                        comments; the running daemon applies it (VALUE as in 30m,\n"
        "                        true, 3 or mon,tue,wed)\n"
        "\n"
        "Options:\n"
        "  --verbose             log debug details (daemon)\n"
        "  --activate            let a command start the daemon if it is not running\n"
        "                        (the desktop file's actions use it; otherwise exit 2)\n"
        "  -h, --help            show this help\n"
        "  --version             show the version\n"
        "\n"
        "Durations are written like 45m, 90s or 1h30m.\n"
        "Config: $XDG_CONFIG_HOME/flexor/config.toml; log: $XDG_STATE_HOME/flexor/flexor.log\n"
        "Exit codes: 0 done, 1 failed, 2 daemon not running, 64 wrong usage,\n"
        "65 the config file has errors (config leaves it as it is).\n");
}

bool hasGraphicalSession() {
    return qEnvironmentVariableIsSet("WAYLAND_DISPLAY") || qEnvironmentVariableIsSet("DISPLAY");
}

int runDaemon(int argc, char** argv, bool verbose) {
    // Taken before the application exists: Qt's X11 platform takes DESKTOP_STARTUP_ID out of
    // the environment when it starts.
    const QString activationToken = desktopActivationToken();
    if (!hasGraphicalSession()) {
        std::fprintf(stderr, "flexor: no graphical session (neither WAYLAND_DISPLAY nor DISPLAY "
                             "is set); start Flexor from your desktop session.\n");
        return 1;
    }
    start::setUpLogging(config::stateDir(), verbose);
    auto imageTransport = platform::X11ImageTransport::withoutSharedMemory();
    QApplication app(argc, argv);
    imageTransport.restore();
    QApplication::setApplicationName(QStringLiteral("flexor"));
    QApplication::setApplicationVersion(QStringLiteral(FLEXOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(FLEXOR_APP_ID));
    QApplication::setQuitOnLastWindowClosed(false);
    std::vector<std::string> languages;
    for (const QString& language :
         start::Translations::install(start::Translations::configuredLanguage())) {
        languages.push_back(language.toStdString());
    }

    service::Daemon daemon(service::DaemonOptions{verbose, languages});
    if (!daemon.start()) {
        // Started again from the applications menu: the person wants to see Flexor.
        print(stderr, tr("Flexor is already running in this session; opening its window.\n"));
        return showWindowOfRunningDaemon({}, activationToken);
    }
    if (!activationToken.isEmpty()) {
        // Started from a launcher, which hands a token only to a start a person asked for (a
        // login's autostart has none): show Flexor, and end the launcher's startup with it.
        spdlog::info("started from a launcher: opening the window");
        daemon.showWindow({}, activationToken);
    }
    // What start-up allocated and freed (config parsing, translations, D-Bus introspection,
    // the first paint) goes back to the system once the loop first runs, rather than staying
    // in the heap of a process that runs all day.
    QTimer::singleShot(0, [] { ::malloc_trim(0); });
    platform::UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &platform::UnixSignalWatcher::terminationRequested, &app,
                     [](int number) {
                         spdlog::info("signal {}: shutting down", number);
                         QCoreApplication::quit();
                     });
    const int rc = QApplication::exec();
    spdlog::info("stopped");
    return rc;
}

// The FILE is taken from argv as bytes: a file name need not be valid UTF-8, and the parser's
// word for it (decoded from the locale) may have lost bytes.
int runCheckConfigCommand(const CommandArgs& args, int argc, char** argv) {
    if (!args.parsed() || args.positional().size() > 1) {
        print(stderr, tr("flexor: check-config takes at most one file\n"));
        return kUsage;
    }
    std::optional<std::filesystem::path> file;
    if (!args.positional().isEmpty()) {
        const QString word = args.positional().first();
        for (int i = argc - 1; i > 0 && !file; --i) {
            if (QString::fromLocal8Bit(argv[i]) == word) {
                file = std::filesystem::path(argv[i]);
            }
        }
    }
    return runCheckConfig(file);
}

int runStats(const CommandArgs& args) {
    if (!args.parsed() || !args.positional().isEmpty()) {
        print(stderr, tr("flexor: stats takes --days N, --json and --csv\n"));
        return kUsage;
    }
    int days = 7;
    if (args.isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = args.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1 || days > kMaxStatsDays) {
            print(stderr, tr("flexor: --days takes a whole number of days from 1 to %1\n")
                              .arg(kMaxStatsDays));
            return kUsage;
        }
    }
    StatsFormat format = StatsFormat::Text;
    for (const QString& name : args.optionNames()) { // the last of --json and --csv counts
        if (name == QLatin1String("json")) {
            format = StatsFormat::Json;
        } else if (name == QLatin1String("csv")) {
            format = StatsFormat::Csv;
        }
    }
    return runStatsCommand(days, format);
}

int runWindow(const CommandArgs& args, bool activate) {
    const QStringList page = args.positional();
    if (!args.parsed() || page.size() > 1 ||
        (page.size() == 1 && !QStringList{QStringLiteral("now"), QStringLiteral("statistics"),
                                          QStringLiteral("settings")}
                                  .contains(page[0]))) {
        print(stderr, tr("flexor: window takes one page: now, statistics or settings\n"));
        return kUsage;
    }
    return showWindowOfRunningDaemon(page.value(0), desktopActivationToken(), activate);
}

// The options of each command that works without the daemon, besides the shared ones.
QList<QCommandLineOption> commandOptions(const QString& command) {
    if (command == QLatin1String("stats")) {
        return {QCommandLineOption(QStringLiteral("days"), {}, QStringLiteral("N")),
                QCommandLineOption(QStringLiteral("json")),
                QCommandLineOption(QStringLiteral("csv"))};
    }
    return clientCommandOptions(command);
}

int printVersion() {
    std::printf("flexor %s\nLicence: GPL-3.0-or-later <https://www.gnu.org/licenses/gpl-3.0.html>\n"
                "This is free software: you are free to change and redistribute it.\n",
                FLEXOR_VERSION);
    return kOk;
}

} // namespace

int runCommandLine(int argc, char** argv) {
    QStringList words;
    for (int i = 0; i < argc; ++i) {
        words << QString::fromLocal8Bit(argv[i]);
    }
    // First the words before the command; the command's own parser reads the rest.
    const CommandArgs global(CommandArgs::BeforeCommand{}, words);
    if (global.parsed() && global.positional().isEmpty() && !global.helpWanted() &&
        !global.isSet(QStringLiteral("version"))) {
        return runDaemon(argc, argv, global.verbose());
    }
    // Every other command speaks to a person in the chosen language, so the translations
    // need an application object from here on.
    // Clients keep stdout for their answer (JSON, CSV): anything logged goes to stderr, and
    // Qt's own chatter only with --verbose, so a failure reads as the one line we print.
    spdlog::set_default_logger(spdlog::stderr_logger_st("flexor-client"));
    spdlog::set_level(global.verbose() ? spdlog::level::debug : spdlog::level::warn);
    start::logQtMessages(true);
    QCoreApplication app(argc, argv);
    start::Translations::install(start::Translations::configuredLanguage());
    if (global.helpWanted()) {
        print(stdout, helpText());
        return kOk;
    }
    if (!global.parsed()) {
        print(stderr, tr("flexor: unknown command or option '%1' (see flexor --help)\n")
                          .arg(global.offending()));
        return kUsage;
    }
    if (global.isSet(QStringLiteral("version"))) {
        return printVersion();
    }
    const QString command = global.positional().first();
    const bool known =
        isClientCommand(command) ||
        QStringList{QStringLiteral("check-config"), QStringLiteral("autostart"),
                    QStringLiteral("config"), QStringLiteral("stats"), QStringLiteral("window")}
            .contains(command);
    if (!known) {
        print(stderr,
              tr("flexor: unknown command or option '%1' (see flexor --help)\n").arg(command));
        return kUsage;
    }
    const CommandArgs args(global.positional(), commandOptions(command));
    if (args.helpWanted()) {
        print(stdout, helpText());
        return kOk;
    }
    if (args.verbose()) {
        spdlog::set_level(spdlog::level::debug);
    }
    const bool activate = global.activate() || args.activate();
    if (command == QLatin1String("check-config")) {
        return runCheckConfigCommand(args, argc, argv);
    }
    if (command == QLatin1String("autostart")) {
        return runAutostartCommand(args);
    }
    if (command == QLatin1String("config")) {
        return runConfigCommand(args);
    }
    if (command == QLatin1String("stats")) {
        return runStats(args);
    }
    if (command == QLatin1String("window")) {
        return runWindow(args, activate);
    }
    return runClientCommand(args, activate);
}

} // namespace flexor::cli
