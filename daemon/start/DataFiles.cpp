// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "start/DataFiles.h"

#include "BuildInfo.h"
#include "config/Paths.h"
#include "config/TextFile.h"

#include <QFile>
#include <string>
#include <system_error>
#include <variant>

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

config::ConfigEditor userConfigEditor() {
    std::string reference;
    const QString path = referenceConfigPath();
    if (!path.isEmpty()) {
        auto text = config::readTextFile(path.toStdString(), "config file");
        if (auto* content = std::get_if<std::string>(&text)) {
            reference = std::move(*content);
        }
    }
    return config::ConfigEditor(config::configFile(), std::move(reference));
}

platform::FileWatcher* watchUserConfig(QObject* parent) {
    return new platform::FileWatcher(
        config::configFile(),
        [](const std::filesystem::path& folder) { config::ensurePrivateDir(folder, false); },
        parent);
}

} // namespace flexor::start
