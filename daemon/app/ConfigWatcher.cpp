// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConfigWatcher.h"

#include <QDir>
#include <QFileInfo>

namespace flexor::app {

namespace {
constexpr int kSettleMs = 150;
}

ConfigWatcher::ConfigWatcher(QString file, QObject* parent)
    : QObject(parent)
    , file_(std::move(file)) {
    settle_.setSingleShot(true);
    settle_.setInterval(kSettleMs);
    connect(&settle_, &QTimer::timeout, this, [this] {
        watch(); // a rename replaced the file: watch the new one
        emit changed();
    });
    connect(&watcher_, &QFileSystemWatcher::fileChanged, &settle_, qOverload<>(&QTimer::start));
    connect(&watcher_, &QFileSystemWatcher::directoryChanged, &settle_,
            qOverload<>(&QTimer::start));
    watch();
}

void ConfigWatcher::watch() {
    const QFileInfo info(file_);
    QDir().mkpath(info.absolutePath());
    if (!watcher_.directories().contains(info.absolutePath())) {
        watcher_.addPath(info.absolutePath());
    }
    if (info.exists() && !watcher_.files().contains(file_)) {
        watcher_.addPath(file_);
    }
}

} // namespace flexor::app
