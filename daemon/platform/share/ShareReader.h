// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/share/ShareLine.h"

#include <QObject>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace flexor::platform {

class InotifyWatch;

// Reads the other machines' subfolders of the shared folder, as the sync engine brings them:
// woken by inotify only, and reading only the bytes added since the last read. Today's and
// yesterday's day files are read (UTC); anything else is left alone: the sync engine's
// conflict copies (`.sync-conflict-`) and partial files (`.syncthing.*.tmp`), files from a
// clock far ahead, symlinks, files over kMaxFileBytes, lines that are not ours. Each is
// said once in the log. A shared folder that vanishes is waited for and read again when
// it comes back.
class ShareReader : public QObject {
    Q_OBJECT
public:
    static constexpr std::int64_t kMaxFileBytes = 1 << 20;

    using Clock = std::function<std::int64_t()>; // the wall clock, UTC milliseconds
    using Sink = std::function<void(const std::string& machine, const std::vector<ShareLine>&)>;

    ShareReader(std::filesystem::path folder, std::string ownId, std::int64_t skewMs, Clock clock,
                Sink sink, QObject* parent = nullptr);
    ~ShareReader() override;

    // Watches the folder and reads what is there.
    void start();
    // The host name a machine gave in its device.json (its id when it gave none).
    std::string hostOf(const std::string& machine) const;

private:
    struct Machine {
        int watch = -1;
        std::string host;
        std::map<std::string, std::int64_t> read; // day file -> bytes read
        bool warnedFuture = false;
    };

    void onEvent(int watch, std::uint32_t mask, const std::string& name);
    void watchFolder();
    void waitForFolder();
    void addMachine(const std::string& id);
    void readFile(const std::string& id, const std::string& name);
    void readDevice(const std::string& id);
    bool wanted(const std::string& id, const std::string& name);
    void warnOnce(const std::string& key, const std::string& message);

    std::filesystem::path folder_;
    std::string ownId_;
    std::int64_t skewMs_;
    Clock clock_;
    Sink sink_;
    InotifyWatch* inotify_ = nullptr;
    int folderWatch_ = -1;
    int ancestorWatch_ = -1;
    std::map<std::string, Machine> machines_;
    std::set<std::string> warned_;
};

} // namespace flexor::platform
