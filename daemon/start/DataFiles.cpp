// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "start/DataFiles.h"

#include "BuildInfo.h"

#include <QFile>
#include <system_error>

namespace flexor::start {

std::filesystem::path dataDir() {
    std::error_code error;
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        auto besideBinary = executable.parent_path().parent_path() / "share" / "flexor";
        if (std::filesystem::is_directory(besideBinary / "routines", error)) {
            return besideBinary;
        }
    }
    return FLEXOR_DATA_DIR;
}

QString referenceConfigPath() {
    const QString path = QString::fromStdString((dataDir() / "default.toml").string());
    return QFile::exists(path) ? path : QString();
}

} // namespace flexor::start
