// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SettingsFile.h"

#include "config/ConfigLoader.h"
#include "config/Paths.h"
#include "platform/FileWatcher.h"
#include "start/DataFiles.h"
#include "start/Logging.h"

#include <QDesktopServices>
#include <QFile>
#include <QUrl>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace flexor::service {

SettingsFile::SettingsFile(bool verbose, QObject* parent)
    : QObject(parent)
    , verbose_(verbose) {}

void SettingsFile::loadAtStart() {
    load(true);
}

dbus::Refusal SettingsFile::reload() {
    return load(false);
}

void SettingsFile::watch() {
    watcher_ = start::watchUserConfig(this);
    connect(watcher_, &platform::FileWatcher::changed, this, [this] { load(false); });
}

void SettingsFile::openInEditor() {
    const QString path = QString::fromStdString(config::configFile().string());
    if (!QFile::exists(path)) {
        const QString reference = start::referenceConfigPath();
        if (!reference.isEmpty()) {
            QFile source(reference);
            // The config folder may not exist yet on a first start.
            config::ensurePrivateDir(config::configFile().parent_path(), false);
            if (!source.copy(path)) {
                spdlog::error("config: cannot copy {} to {}: {}", reference.toStdString(),
                              path.toStdString(), source.errorString().toStdString());
                emit cannotOpen(
                    tr("Flexor could not create %1: %2").arg(path, source.errorString()));
                return;
            }
            QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            spdlog::info("config: created {} from the reference", path.toStdString());
        }
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        spdlog::error("config: no program opened {}", path.toStdString());
        emit cannotOpen(
            tr("No program could open %1. Open it in a text editor yourself.").arg(path));
        return;
    }
    spdlog::info("config: opened {} for editing", path.toStdString());
}

dbus::Refusal SettingsFile::load(bool initial) {
    const auto result = config::loadConfigFile(config::configFile());
    for (const auto& d : result.diagnostics) {
        if (d.severity == config::Diagnostic::Severity::Warning) {
            spdlog::warn("config: {}", d.toString());
        } else {
            spdlog::error("config: {}", d.toString());
        }
    }
    const auto outcome = keeper_.apply(result);
    start::setLogLevel(keeper_.current().logLevel, verbose_);
    switch (outcome) {
    case config::ConfigKeeper::Outcome::KeptLastGood: {
        const auto firstError =
            std::find_if(result.diagnostics.begin(), result.diagnostics.end(), [](const auto& d) {
                return d.severity == config::Diagnostic::Severity::Error;
            });
        const QString problem = QString::fromStdString(firstError->toString());
        spdlog::error("config: broken; keeping the {} settings", initial ? "default" : "last good");
        if (!initial) {
            emit broken(problem);
        }
        return problem;
    }
    case config::ConfigKeeper::Outcome::Adopted:
        spdlog::info("config: {} loaded", config::configFile().string());
        if (!initial) {
            emit adopted();
        }
        return {};
    case config::ConfigKeeper::Outcome::Unchanged:
        return {};
    }
    return {};
}

} // namespace flexor::service
