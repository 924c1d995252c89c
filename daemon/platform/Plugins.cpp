// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Plugins.h"

#include "BuildInfo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPluginLoader>
#include <spdlog/spdlog.h>

namespace flexor::platform {

QObject* pluginInstance(const QString& fileName) {
    QString path =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/flexor/") + fileName;
    if (QFileInfo::exists(path)) {
        path = QFileInfo(path).canonicalFilePath();
    } else {
        path = QStringLiteral(FLEXOR_PLUGIN_DIR "/") + fileName;
    }
    QPluginLoader loader(path);
    QObject* instance = loader.instance();
    if (!instance) {
        spdlog::warn("plugins: cannot load {}: {}", path.toStdString(),
                     loader.errorString().toStdString());
        return nullptr;
    }
    spdlog::debug("plugins: loaded {}", path.toStdString());
    return instance;
}

} // namespace flexor::platform
