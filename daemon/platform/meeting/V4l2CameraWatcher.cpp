// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/meeting/V4l2CameraWatcher.h"

#include "platform/InotifyWatch.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <spdlog/spdlog.h>
#include <sys/inotify.h>

namespace flexor::platform {

namespace {

constexpr uint32_t kDeviceEvents = IN_OPEN | IN_CLOSE_WRITE | IN_CLOSE_NOWRITE;

bool isVideoDevice(const QString& name) {
    return name.startsWith(QLatin1String("video"));
}

} // namespace

V4l2CameraWatcher::V4l2CameraWatcher(QString deviceDir, QObject* parent)
    : QObject(parent)
    , deviceDir_(std::move(deviceDir)) {}

V4l2CameraWatcher::~V4l2CameraWatcher() = default;

bool V4l2CameraWatcher::start() {
    // Decided once per batch: an open and its close read together change nothing.
    inotify_ =
        new InotifyWatch([this](const InotifyWatch::Event& e) { onEvent(e.watch, e.mask, e.name); },
                         [this] { update(); }, this);
    if (!inotify_->valid()) {
        delete inotify_;
        inotify_ = nullptr;
        return false;
    }
    // New devices (a camera plugged in) appear in the folder.
    dirWatch_ = inotify_->add(QFile::encodeName(deviceDir_).toStdString(), IN_CREATE);
    const auto names =
        QDir(deviceDir_).entryList({QStringLiteral("video*")}, QDir::System | QDir::Files);
    for (const QString& name : names) {
        watchDevice(name);
    }
    seedFromProc();
    spdlog::info("meeting: watching {} video device(s) in {}", names.size(),
                 deviceDir_.toStdString());
    update();
    return true;
}

void V4l2CameraWatcher::watchDevice(const QString& name) {
    const QString path = deviceDir_ + QLatin1Char('/') + name;
    const int wd = inotify_->add(QFile::encodeName(path).toStdString(), kDeviceEvents);
    if (wd >= 0) {
        devices_[wd] = name;
        opens_.try_emplace(name, 0);
    }
}

// Once, at start: which devices some process already holds open.
void V4l2CameraWatcher::seedFromProc() {
    const QDir proc(QStringLiteral("/proc"));
    for (const QString& pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        pid.toUInt(&isPid);
        if (!isPid) { // "self" and "thread-self" would count our own opens twice
            continue;
        }
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QFileInfo& fd :
             fds.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
            const QFileInfo target(fd.symLinkTarget());
            if (target.absolutePath() == QDir(deviceDir_).absolutePath() &&
                opens_.count(target.fileName()) > 0) {
                ++opens_[target.fileName()];
            }
        }
    }
}

void V4l2CameraWatcher::onEvent(int watch, std::uint32_t mask, const std::string& entry) {
    if (watch == dirWatch_) {
        const QString name = QFile::decodeName(entry.c_str());
        if ((mask & IN_CREATE) != 0U && isVideoDevice(name)) {
            watchDevice(name);
        }
        return;
    }
    const auto device = devices_.find(watch);
    if (device == devices_.end()) {
        return;
    }
    if ((mask & IN_IGNORED) != 0U) { // the device went away
        opens_.erase(device->second);
        devices_.erase(device);
        return;
    }
    int& count = opens_[device->second];
    if ((mask & IN_OPEN) != 0U) {
        ++count;
    } else {
        count = std::max(0, count - 1);
    }
}

void V4l2CameraWatcher::update() {
    const bool now = std::any_of(opens_.begin(), opens_.end(),
                                 [](const auto& device) { return device.second > 0; });
    if (now == inUse_) {
        return;
    }
    inUse_ = now;
    spdlog::info("meeting: a V4L2 camera is {}", now ? "open" : "closed");
    emit inUseChanged(now);
}

} // namespace flexor::platform
