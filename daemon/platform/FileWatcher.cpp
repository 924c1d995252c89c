// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FileWatcher.h"

#include "InotifyWatch.h"

#include <cstring>
#include <spdlog/spdlog.h>
#include <sys/inotify.h>

namespace flexor::platform {

namespace {

// On the folder: anything that can replace, change or remove config.toml.
constexpr uint32_t kDirEvents = IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE |
                                IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF;
// On the file itself (followed if it is a symlink, e.g. into a dotfiles repository).
constexpr uint32_t kFileEvents =
    IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF;

} // namespace

FileWatcher::FileWatcher(std::filesystem::path file, MakeFolder makeFolder, QObject* parent)
    : QObject(parent)
    , file_(std::move(file))
    , makeFolder_(std::move(makeFolder)) {
    settle_.setSingleShot(true);
    settle_.setInterval(kSettleMs);
    connect(&settle_, &QTimer::timeout, this, [this] {
        watch(); // a rename replaced the file: watch the new one
        emit changed();
    });
    inotify_ = new InotifyWatch(
        [this](const InotifyWatch::Event& event) {
            bool relevant = event.watch == fileWatch_;
            if (event.watch == dirWatch_) {
                // Names in the folder are compared as bytes, as the kernel gives them.
                const bool aboutTheFolder = (event.mask & (IN_DELETE_SELF | IN_MOVE_SELF)) != 0;
                relevant = aboutTheFolder || file_.filename().native() == event.name;
            }
            if (relevant) {
                settle_.start(); // (re)started: read once the file has been quiet for kSettleMs
            }
        },
        this);
    if (!inotify_->valid()) {
        spdlog::error("files: cannot watch {}: {}", file_.string(), std::strerror(errno));
        return;
    }
    watch();
}

FileWatcher::~FileWatcher() = default;

void FileWatcher::watch() {
    if (!inotify_->valid()) {
        return;
    }
    // The folder is created so that a file written later is seen.
    std::error_code ignored;
    if (!std::filesystem::exists(file_.parent_path(), ignored)) {
        makeFolder_(file_.parent_path());
    }
    // Adding a watch for a path already watched returns the same descriptor.
    dirWatch_ = inotify_->add(file_.parent_path(), kDirEvents);
    inotify_->remove(fileWatch_);
    fileWatch_ = inotify_->add(file_, kFileEvents);
}

} // namespace flexor::platform
