// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Logging.h"

#include "config/Paths.h"

#include <QString>
#include <QtGlobal>
#include <cstdio>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <string_view>
#include <sys/stat.h>
#include <vector>

namespace flexor::start {

namespace {

spdlog::level::level_enum levelOf(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::warn;
}

void logQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const char* category = context.category;
    const bool named = category != nullptr && std::string_view(category) != "default";
    spdlog::log(levelOf(type), "qt{}{}: {}", named ? " " : "", named ? category : "",
                message.toStdString());
}

void logQtMessageAtDebug(QtMsgType, const QMessageLogContext&, const QString& message) {
    spdlog::debug("qt: {}", message.toStdString());
}

} // namespace

void logQtMessages(bool allAtDebug) {
    qInstallMessageHandler(allAtDebug ? logQtMessageAtDebug : logQtMessage);
}

void setUpLogging(const std::filesystem::path& stateDir, bool verbose) {
    std::vector<spdlog::sink_ptr> sinks{std::make_shared<spdlog::sinks::stderr_sink_mt>()};
    // Private whatever the umask: the log says when you were at your desk.
    config::ensurePrivateDir(stateDir, true);
    try {
        // Every log file, rotations included, is 0600 whatever the umask.
        spdlog::file_event_handlers handlers;
        handlers.after_open = [](const spdlog::filename_t&, std::FILE* file) {
            ::fchmod(::fileno(file), S_IRUSR | S_IWUSR);
        };
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            (stateDir / "flexor.log").string(), 1024 * 1024, 3, false, handlers));
    } catch (const spdlog::spdlog_ex& e) {
        // A read-only home must not keep the reminder from working.
        sinks.front()->log(spdlog::details::log_msg("flexor", spdlog::level::warn, e.what()));
    }
    auto logger = std::make_shared<spdlog::logger>("flexor", sinks.begin(), sinks.end());
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    logQtMessages(false);
}

void setLogLevel(const std::string& level, bool verbose) {
    auto wanted = spdlog::level::from_str(level);
    if (verbose && wanted > spdlog::level::debug) {
        wanted = spdlog::level::debug;
    }
    spdlog::set_level(wanted);
}

} // namespace flexor::start
