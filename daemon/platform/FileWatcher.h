// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QTimer>
#include <filesystem>
#include <functional>

namespace flexor::platform {

class InotifyWatch;

// Tells when a file (config.toml) may have changed, including editors that save by writing a new
// file and renaming it over the old one (the folder is watched too). Paths are bytes (inotify
// on the native path, no QString round trip), so a folder whose name is not valid UTF-8 works.
// Bursts of changes are folded into one notice once the file has been quiet for kSettle, so an
// editor that empties the file, pauses, then writes is not read half-way.
class FileWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kSettleMs = 1000;

    // The folder is made with makeFolder when it is missing, so that a file written later is seen.
    using MakeFolder = std::function<void(const std::filesystem::path& folder)>;
    FileWatcher(std::filesystem::path file, MakeFolder makeFolder, QObject* parent = nullptr);
    ~FileWatcher() override;

signals:
    void changed();

private:
    void watch();

    std::filesystem::path file_;
    MakeFolder makeFolder_;
    InotifyWatch* inotify_ = nullptr;
    int dirWatch_ = -1;
    int fileWatch_ = -1;
    QTimer settle_;
};

} // namespace flexor::platform
