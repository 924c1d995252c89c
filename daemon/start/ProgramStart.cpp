// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "start/ProgramStart.h"

#include "BuildInfo.h"
#include "start/Translations.h"
#include "ui/AccessibleFactory.h"
#include "ui/FocusFrameStyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace flexor::start {

namespace {

void setUpChildLogging(const char* name, bool verbose) {
    auto logger =
        std::make_shared<spdlog::logger>(name, std::make_shared<spdlog::sinks::stderr_sink_mt>());
    logger->set_pattern("%l %v"); // the daemon adds the time when it logs the line
    logger->flush_on(spdlog::level::trace);
    spdlog::set_default_logger(logger);
    spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::info);
}

} // namespace

ProgramStart startProgram(const char* loggerName, QCommandLineParser& arguments) {
    QApplication::setApplicationName(QStringLiteral("flexor"));
    QApplication::setApplicationVersion(QStringLiteral(FLEXOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(FLEXOR_APP_ID));
    ProgramStart start;
    const QCommandLineOption verbose(QStringLiteral("verbose"));
    arguments.addOption(verbose);
    start.argumentsParsed = arguments.parse(QCoreApplication::arguments());
    start.verbose = arguments.isSet(verbose);
    setUpChildLogging(loggerName, start.verbose);
    for (const QString& language : Translations::install(Translations::configuredLanguage())) {
        start.languages.push_back(language.toStdString());
    }
    ui::installAccessibleFactory();
    ui::FocusFrameStyle::install();
    return start;
}

} // namespace flexor::start
