// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdio>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <string>

// Probes print one line per event on stdout, flushed at once, for the test reading them; the
// library's logs go to stderr.
inline void sendLogsToStderr() {
    spdlog::set_default_logger(spdlog::stderr_logger_mt("probe"));
    spdlog::set_level(spdlog::level::debug);
}

inline void printEvent(const std::string& line) {
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
}
