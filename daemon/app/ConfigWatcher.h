// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace flexor::app {

// Tells when config.toml may have changed, including editors that save by writing a new
// file and renaming it over the old one (the folder is watched too). Bursts of changes are
// folded into one notice shortly after the last, so a half-written file is not read.
class ConfigWatcher : public QObject {
    Q_OBJECT
public:
    ConfigWatcher(QString file, QObject* parent = nullptr);

signals:
    void changed();

private:
    void watch();

    QString file_;
    QFileSystemWatcher watcher_;
    QTimer settle_;
};

} // namespace flexor::app
