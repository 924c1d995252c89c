// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/meeting/SocketAppearanceWatcher.h"

#include "platform/InotifyWatch.h"

#include <QFile>
#include <sys/inotify.h>
#include <utility>

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
    if (!inotify_) {
        inotify_ = new InotifyWatch(
            [this](const InotifyWatch::Event& event) {
                seen_ = seen_ || (event.watch == watch_ && watch_ >= 0 && !event.name.empty() &&
                                  QFile::decodeName(event.name.c_str()) == name_);
            },
            [this] {
                if (std::exchange(seen_, false)) {
                    retriesLeft_ = kRetries;
                    retry_.start(); // before telling: a client that connects at once stops it
                    emit appeared();
                }
            },
            this);
    }
    // A server binds a new socket (IN_CREATE); one moved into place arrives as IN_MOVED_TO.
    watch_ = inotify_->add(QFile::encodeName(dir).toStdString(), IN_CREATE | IN_MOVED_TO);
    name_ = name;
    return watch_ >= 0;
}

void SocketAppearanceWatcher::stop() {
    retry_.stop();
    seen_ = false;
    if (inotify_ && watch_ >= 0) {
        inotify_->remove(watch_);
    }
    watch_ = -1;
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
