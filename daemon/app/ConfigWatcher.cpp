// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConfigWatcher.h"

#include "config/Paths.h"

#include <QSocketNotifier>
#include <array>
#include <cstring>
#include <spdlog/spdlog.h>
#include <sys/inotify.h>
#include <unistd.h>

namespace flexor::app {

namespace {

// On the folder: anything that can replace, change or remove config.toml.
constexpr uint32_t kDirEvents = IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE |
                                IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF;
// On the file itself (followed if it is a symlink, e.g. into a dotfiles repository).
constexpr uint32_t kFileEvents =
    IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF;

} // namespace

ConfigWatcher::ConfigWatcher(std::filesystem::path file, QObject* parent)
    : QObject(parent)
    , file_(std::move(file)) {
    settle_.setSingleShot(true);
    settle_.setInterval(kSettleMs);
    connect(&settle_, &QTimer::timeout, this, [this] {
        watch(); // a rename replaced the file: watch the new one
        emit changed();
    });
    inotify_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (inotify_ < 0) {
        spdlog::error("config: cannot watch {}: {}", file_.string(), std::strerror(errno));
        return;
    }
    notifier_ = std::make_unique<QSocketNotifier>(inotify_, QSocketNotifier::Read);
    connect(notifier_.get(), &QSocketNotifier::activated, this, &ConfigWatcher::readEvents);
    watch();
}

ConfigWatcher::~ConfigWatcher() {
    notifier_.reset();
    if (inotify_ >= 0) {
        ::close(inotify_);
    }
}

void ConfigWatcher::watch() {
    if (inotify_ < 0) {
        return;
    }
    // The folder is created (private) so that a config written later is seen.
    std::error_code ignored;
    if (!std::filesystem::exists(file_.parent_path(), ignored)) {
        config::ensurePrivateDir(file_.parent_path(), false);
    }
    // Adding a watch for a path already watched returns the same descriptor.
    dirWatch_ = ::inotify_add_watch(inotify_, file_.parent_path().c_str(), kDirEvents);
    if (fileWatch_ >= 0) {
        ::inotify_rm_watch(inotify_, fileWatch_);
    }
    fileWatch_ = ::inotify_add_watch(inotify_, file_.c_str(), kFileEvents);
}

void ConfigWatcher::readEvents() {
    alignas(inotify_event) std::array<char, 4096> buffer{};
    bool relevant = false;
    for (;;) {
        const ssize_t got = ::read(inotify_, buffer.data(), buffer.size());
        if (got <= 0) {
            break;
        }
        for (ssize_t at = 0; at < got;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer.data() + at);
            at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            if (event->wd == fileWatch_) {
                relevant = true;
            } else if (event->wd == dirWatch_) {
                // Names in the folder are compared as bytes, as the kernel gives them.
                const bool aboutTheFolder = (event->mask & (IN_DELETE_SELF | IN_MOVE_SELF)) != 0;
                relevant = relevant || aboutTheFolder ||
                           (event->len > 0 && file_.filename().native() == event->name);
            }
        }
    }
    if (relevant) {
        settle_.start(); // (re)started: the file is read once it has been quiet for kSettleMs
    }
}

} // namespace flexor::app
