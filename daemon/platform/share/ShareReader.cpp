// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/share/ShareReader.h"

#include "platform/InotifyWatch.h"
#include "platform/share/ShareWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cctype>
#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <string_view>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

namespace flexor::platform {

namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t kFolderEvents =
    IN_CREATE | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;
// Sync engines write a temporary file and rename it into place (IN_MOVED_TO); a writer that
// appends in place is seen when it closes the file.
constexpr std::uint32_t kMachineEvents =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW;
constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

bool isDayFile(std::string_view name) {
    if (name.size() != 16 || !name.ends_with(".jsonl") || name[4] != '-' || name[7] != '-') {
        return false;
    }
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (std::isdigit(static_cast<unsigned char>(name[i])) == 0) {
            return false;
        }
    }
    return true;
}

// Up to `limit` bytes from `offset` of a regular file that is not a symlink; nothing and a
// reason when it cannot be read that way.
struct ReadResult {
    std::string bytes;
    std::int64_t size = 0;
    std::string problem;
};

ReadResult readRegular(const fs::path& path, std::int64_t offset, std::int64_t limit) {
    ReadResult result;
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ELOOP) {
            result.problem = "a symlink";
        }
        return result;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        result.problem = "not a regular file";
    } else if (info.st_size > limit) {
        result.problem = "larger than " + std::to_string(limit / 1024) + " KiB";
    } else {
        result.size = info.st_size;
        if (offset > result.size) {
            offset = 0; // replaced by a shorter file
        }
        result.bytes.resize(static_cast<std::size_t>(result.size - offset));
        const ssize_t got = ::pread(fd, result.bytes.data(), result.bytes.size(), offset);
        result.bytes.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
    }
    ::close(fd);
    return result;
}

} // namespace

ShareReader::ShareReader(fs::path folder, std::string ownId, std::int64_t skewMs, Clock clock,
                         Sink sink, QObject* parent)
    : QObject(parent)
    , folder_(std::move(folder))
    , ownId_(std::move(ownId))
    , skewMs_(skewMs)
    , clock_(std::move(clock))
    , sink_(std::move(sink)) {
    inotify_ = new InotifyWatch(
        [this](const InotifyWatch::Event& e) { onEvent(e.watch, e.mask, e.name); }, this);
}

ShareReader::~ShareReader() = default;

void ShareReader::start() {
    if (!inotify_->valid()) {
        spdlog::warn("share: inotify is not available; other machines are not followed");
        return;
    }
    watchFolder();
}

std::string ShareReader::hostOf(const std::string& machine) const {
    const auto it = machines_.find(machine);
    return it == machines_.end() || it->second.host.empty() ? machine : it->second.host;
}

void ShareReader::warnOnce(const std::string& key, const std::string& message) {
    if (warned_.insert(key).second) {
        spdlog::warn("share: {}", message);
    }
}

void ShareReader::watchFolder() {
    folderWatch_ = inotify_->add(folder_, kFolderEvents);
    if (folderWatch_ < 0) {
        waitForFolder();
        return;
    }
    spdlog::info("share: following other machines in {}", folder_.string());
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder_, error)) {
        addMachine(entry.path().filename().string());
    }
}

// The folder is missing (not synced yet, unmounted, deleted): wait for it on the nearest
// folder above it that exists.
void ShareReader::waitForFolder() {
    spdlog::info("share: {} is missing; waiting for it", folder_.string());
    std::error_code error;
    fs::path above = folder_.parent_path();
    while (!above.empty() && !fs::is_directory(above, error) && above != above.root_path()) {
        above = above.parent_path();
    }
    if (ancestorWatch_ >= 0) {
        inotify_->remove(ancestorWatch_);
    }
    ancestorWatch_ = inotify_->add(above, IN_CREATE | IN_MOVED_TO | IN_ONLYDIR);
}

void ShareReader::onEvent(int watch, std::uint32_t mask, const std::string& name) {
    if (watch == folderWatch_ && folderWatch_ >= 0) {
        if ((mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED | IN_UNMOUNT)) != 0) {
            inotify_->remove(folderWatch_);
            folderWatch_ = -1;
            for (auto& [id, machine] : machines_) {
                inotify_->remove(machine.watch);
                machine.watch = -1;
            }
            waitForFolder();
        } else if ((mask & IN_ISDIR) != 0) {
            addMachine(name);
        }
        return;
    }
    if (watch == ancestorWatch_ && ancestorWatch_ >= 0) {
        std::error_code error;
        if (fs::is_directory(folder_, error)) {
            inotify_->remove(ancestorWatch_);
            ancestorWatch_ = -1;
            watchFolder();
        } else if ((mask & IN_ISDIR) != 0) {
            waitForFolder(); // one level nearer
        }
        return;
    }
    for (auto& [id, machine] : machines_) {
        if (machine.watch != watch) {
            continue;
        }
        if ((mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)) != 0) {
            machine.watch = -1;
        } else if (name == "device.json") {
            readDevice(id);
        } else if (wanted(id, name)) {
            readFile(id, name);
        }
        return;
    }
}

void ShareReader::addMachine(const std::string& id) {
    if (id == ownId_ || id.starts_with('.')) {
        return; // ours, or the sync engine's own (.stfolder, .stversions)
    }
    const fs::path dir = folder_ / id;
    if (!isDeviceId(id)) {
        warnOnce(dir.string(), "ignored " + dir.string() + ": not a machine's folder");
        return;
    }
    std::error_code error;
    const auto status = fs::symlink_status(dir, error);
    if (fs::is_symlink(status)) {
        warnOnce(dir.string(), "ignored " + dir.string() + ": a symlink");
        return;
    }
    if (!fs::is_directory(status)) {
        return;
    }
    Machine& machine = machines_[id];
    machine.watch = inotify_->add(dir, kMachineEvents);
    readDevice(id);
    const std::int64_t now = clock_();
    for (const auto& day : {utcDayName(now - kDayMs), utcDayName(now)}) {
        readFile(id, day + ".jsonl");
    }
}

bool ShareReader::wanted(const std::string& id, const std::string& name) {
    const fs::path path = folder_ / id / name;
    if (name.find(".sync-conflict-") != std::string::npos) {
        warnOnce(path.string(), "ignored " + path.string() + ": a conflict copy of the sync");
        return false;
    }
    if (!isDayFile(name)) {
        return false; // the sync engine's partial files (.syncthing.*.tmp) and anything else
    }
    const std::int64_t now = clock_();
    const std::string day = name.substr(0, 10);
    if (day > utcDayName(now + skewMs_)) {
        warnOnce(path.string(), "ignored " + path.string() + ": a day still ahead of this clock");
        return false;
    }
    return day >= utcDayName(now - kDayMs);
}

void ShareReader::readFile(const std::string& id, const std::string& name) {
    Machine& machine = machines_[id];
    const fs::path path = folder_ / id / name;
    std::int64_t& done = machine.read[name];
    ReadResult file = readRegular(path, done, kMaxFileBytes);
    if (!file.problem.empty()) {
        warnOnce(path.string(), "ignored " + path.string() + ": " + file.problem);
        return;
    }
    if (file.size < done) {
        done = 0;
    }
    const std::size_t end = file.bytes.rfind('\n');
    if (end == std::string::npos) {
        return; // no whole line yet
    }
    const std::int64_t now = clock_();
    std::vector<ShareLine> lines;
    int unreadable = 0;
    int ahead = 0;
    std::string_view rest(file.bytes.data(), end + 1);
    while (!rest.empty()) {
        const std::size_t eol = rest.find('\n');
        const std::string_view text = rest.substr(0, eol);
        rest.remove_prefix(eol + 1);
        if (text.empty()) {
            continue;
        }
        const auto line = parseShareLine(text);
        if (!line) {
            ++unreadable;
        } else if (line->t > now + skewMs_) {
            ++ahead;
        } else {
            lines.push_back(*line);
        }
    }
    done += static_cast<std::int64_t>(end + 1);
    if (unreadable > 0) {
        warnOnce(path.string(), "ignored " + std::to_string(unreadable) +
                                    " unreadable line(s) in " + path.string());
    }
    if (ahead > 0 && !machine.warnedFuture) {
        machine.warnedFuture = true;
        spdlog::warn("share: {} ({}) writes times ahead of this clock by more than {} s; those "
                     "lines are ignored",
                     id, hostOf(id), skewMs_ / 1000);
    }
    if (!lines.empty()) {
        sink_(id, lines);
    }
}

void ShareReader::readDevice(const std::string& id) {
    const fs::path path = folder_ / id / "device.json";
    const ReadResult file = readRegular(path, 0, 4096);
    if (!file.problem.empty()) {
        warnOnce(path.string(), "ignored " + path.string() + ": " + file.problem);
        return;
    }
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(file.bytes));
    const QString host = doc.object().value(QLatin1String("host")).toString().left(64);
    if (!host.isEmpty()) {
        machines_[id].host = host.toStdString();
    }
}

} // namespace flexor::platform
