// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/meeting/SocketAppearanceWatcher.h"

#include <QFile>
#include <QSocketNotifier>
#include <array>
#include <sys/inotify.h>
#include <unistd.h>

namespace flexor::platform {

namespace {

constexpr int kRetries = 5;
constexpr std::chrono::milliseconds kRetryInterval{200};

} // namespace

SocketAppearanceWatcher::SocketAppearanceWatcher(QObject* parent)
    : QObject(parent) {
    retry_.setSingleShot(true);
    retry_.setInterval(kRetryInterval);
    connect(&retry_, &QTimer::timeout, this, &SocketAppearanceWatcher::retry);
}

SocketAppearanceWatcher::~SocketAppearanceWatcher() {
    stop();
}

bool SocketAppearanceWatcher::watch(const QString& dir, const QString& name) {
    stop();
    fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ < 0) {
        return false;
    }
    // A server binds a new socket (IN_CREATE); one moved into place arrives as IN_MOVED_TO.
    if (inotify_add_watch(fd_, QFile::encodeName(dir).constData(), IN_CREATE | IN_MOVED_TO) < 0) {
        stop();
        return false;
    }
    name_ = name;
    notifier_ = new QSocketNotifier(fd_, QSocketNotifier::Read, this);
    connect(notifier_, &QSocketNotifier::activated, this, &SocketAppearanceWatcher::readEvents);
    return true;
}

void SocketAppearanceWatcher::stop() {
    retry_.stop();
    delete notifier_;
    notifier_ = nullptr;
    if (fd_ >= 0) {
        close(fd_);
        fd_ = -1;
    }
}

void SocketAppearanceWatcher::readEvents() {
    alignas(inotify_event) std::array<char, 4096> buffer{};
    bool seen = false;
    for (;;) {
        const ssize_t size = read(fd_, buffer.data(), buffer.size());
        if (size <= 0) {
            break;
        }
        for (ssize_t at = 0; at < size;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer.data() + at);
            at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            seen = seen || (event->len > 0 && QFile::decodeName(event->name) == name_);
        }
    }
    if (seen) {
        retriesLeft_ = kRetries;
        retry_.start(); // before telling: a client that connects at once stops it
        emit appeared();
    }
}

void SocketAppearanceWatcher::retry() {
    if (retriesLeft_-- <= 0) {
        return;
    }
    if (retriesLeft_ > 0) {
        retry_.start();
    }
    emit appeared();
}

} // namespace flexor::platform
