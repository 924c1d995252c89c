// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QTimer>
#include <filesystem>

namespace flexor::platform {
class InotifyWatch;
}

namespace flexor::app {

// Tells when config.toml may have changed, including editors that save by writing a new
// file and renaming it over the old one (the folder is watched too). Paths are bytes (inotify
// on the native path, no QString round trip), so a folder whose name is not valid UTF-8 works.
// Bursts of changes are folded into one notice once the file has been quiet for kSettle, so an
// editor that empties the file, pauses, then writes is not read half-way.
class ConfigWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kSettleMs = 1000;

    explicit ConfigWatcher(std::filesystem::path file, QObject* parent = nullptr);
    ~ConfigWatcher() override;

signals:
    void changed();

private:
    void watch();

    std::filesystem::path file_;
    platform::InotifyWatch* inotify_ = nullptr;
    int dirWatch_ = -1;
    int fileWatch_ = -1;
    QTimer settle_;
};

} // namespace flexor::app
