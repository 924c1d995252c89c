// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/share/ShareWriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QString>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace flexor::platform {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kIdFile = "share-device-id";

bool writeAll(int fd, const std::string& text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

bool isDeviceId(std::string_view name) {
    if (name.empty() || name.size() > 64) {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_';
    });
}

std::string loadOrMakeDeviceId(const fs::path& stateDir) {
    const fs::path file = stateDir / kIdFile;
    std::string id;
    if (std::ifstream in(file); in && std::getline(in, id) && isDeviceId(id)) {
        return id;
    }
    std::random_device random;
    std::uniform_int_distribution<int> hex(0, 15);
    id.clear();
    for (int i = 0; i < 16; ++i) {
        id += "0123456789abcdef"[hex(random)];
    }
    std::error_code ignored;
    fs::create_directories(stateDir, ignored);
    std::ofstream(file) << id << '\n';
    return id;
}

ShareWriter::ShareWriter(fs::path folder, std::string deviceId, std::string hostName)
    : dir_(std::move(folder) / deviceId)
    , deviceId_(std::move(deviceId))
    , hostName_(std::move(hostName)) {}

bool ShareWriter::open() {
    std::error_code error;
    fs::create_directories(dir_, error);
    if (error) {
        spdlog::warn("share: cannot make {}: {}", dir_.string(), error.message());
        return false;
    }
    const QString path = QString::fromStdString((dir_ / "device.json").string());
    QJsonObject device{{QStringLiteral("id"), QString::fromStdString(deviceId_)},
                       {QStringLiteral("host"), QString::fromStdString(hostName_)}};
    const QByteArray text = QJsonDocument(device).toJson(QJsonDocument::Compact) + '\n';
    if (QFile existing(path); existing.open(QIODevice::ReadOnly) && existing.read(4096) == text) {
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        spdlog::warn("share: cannot write {}", path.toStdString());
        return false;
    }
    return true;
}

bool ShareWriter::append(const ShareLine& line) {
    const fs::path file = dir_ / (utcDayName(line.t) + ".jsonl");
    std::error_code ignored;
    fs::create_directories(dir_, ignored); // the folder may have gone and come back
    const int fd =
        ::open(file.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    const bool ok = fd >= 0 && writeAll(fd, formatShareLine(line)) && ::fsync(fd) == 0;
    const int error = errno;
    if (fd >= 0) {
        ::close(fd);
    }
    if (!ok && !failing_) {
        spdlog::warn("share: cannot write {}: {}", file.string(), std::strerror(error));
    } else if (ok && failing_) {
        spdlog::info("share: writing {} again", file.string());
    }
    failing_ = !ok;
    return ok;
}

void ShareWriter::prune(std::int64_t nowMs, int days) {
    const std::string oldest = utcDayName(nowMs - std::int64_t{days} * 24 * 3600 * 1000);
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(dir_, error)) {
        const std::string name = entry.path().filename().string();
        // Day files sort as text: "2026-01-02.jsonl" < "2026-12-03".
        if (name.size() == 16 && name.ends_with(".jsonl") && name.substr(0, 10) < oldest &&
            entry.is_regular_file(error)) {
            fs::remove(entry.path(), error);
            spdlog::info("share: pruned {}", name);
        }
    }
}

} // namespace flexor::platform
