// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/share/ShareLine.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace flexor::platform {

// This machine's own subfolder of the shared folder, `<folder>/<device id>/`: a small
// device.json naming the host for people, and one append-only file of lines a UTC day
// (`2026-12-03.jsonl`). Each line is written whole in one write and flushed to the disk
// (fsync) before the sync engine may copy the file. Nothing else in the folder is written.
class ShareWriter {
public:
    ShareWriter(std::filesystem::path folder, std::string deviceId, std::string hostName);

    // Makes the subfolder and device.json; false (logged) when the folder cannot be written.
    bool open();
    bool append(const ShareLine& line);
    // Removes this machine's day files older than `days` days before `nowMs`.
    void prune(std::int64_t nowMs, int days);

    const std::filesystem::path& ownDir() const { return dir_; }

private:
    std::filesystem::path dir_;
    std::string deviceId_;
    std::string hostName_;
    bool failing_ = false; // the last write failed: said once until one succeeds
};

// This machine's id in shared folders: made once (random) and kept in `stateDir`.
std::string loadOrMakeDeviceId(const std::filesystem::path& stateDir);
// A folder name that can be another machine's id (letters, digits, '-', '_'; 1 to 64).
bool isDeviceId(std::string_view name);

} // namespace flexor::platform
