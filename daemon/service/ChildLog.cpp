// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChildLog.h"

#include <spdlog/spdlog.h>

namespace flexor::service {

void ChildLog::append(const QByteArray& bytes) {
    buffer_ += bytes;
    qsizetype end = 0;
    while ((end = buffer_.indexOf('\n')) >= 0) {
        logLine(buffer_.left(end));
        buffer_.remove(0, end + 1);
    }
}

void ChildLog::finish() {
    if (!buffer_.isEmpty()) {
        logLine(buffer_);
        buffer_.clear();
    }
}

void ChildLog::logLine(const QByteArray& line) const {
    const auto space = line.indexOf(' ');
    const auto level = spdlog::level::from_str(line.left(space).toStdString());
    if (space > 0 && (level != spdlog::level::off || line.startsWith("off "))) {
        spdlog::log(level, "{}", line.mid(space + 1).toStdString());
    } else if (!line.trimmed().isEmpty()) {
        spdlog::warn("{}: {}", program_, line.toStdString());
    }
}

} // namespace flexor::service
