// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/InotifyWatch.h"

#include <QSocketNotifier>
#include <array>
#include <cstring>
#include <sys/inotify.h>
#include <unistd.h>

namespace flexor::platform {

InotifyWatch::InotifyWatch(Handler handler, QObject* parent)
    : InotifyWatch(std::move(handler), {}, parent) {}

InotifyWatch::InotifyWatch(Handler handler, Drained drained, QObject* parent)
    : QObject(parent)
    , handler_(std::move(handler))
    , drained_(std::move(drained)) {
    fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ < 0) {
        return;
    }
    notifier_ = new QSocketNotifier(fd_, QSocketNotifier::Read, this);
    connect(notifier_, &QSocketNotifier::activated, this, &InotifyWatch::readEvents);
}

InotifyWatch::~InotifyWatch() {
    delete notifier_;
    if (fd_ >= 0) {
        ::close(fd_);
    }
}

int InotifyWatch::add(const std::filesystem::path& path, std::uint32_t mask) {
    if (fd_ < 0) {
        return -1;
    }
    return ::inotify_add_watch(fd_, path.c_str(), mask);
}

void InotifyWatch::remove(int watch) {
    if (fd_ >= 0 && watch >= 0) {
        ::inotify_rm_watch(fd_, watch);
    }
}

void InotifyWatch::readEvents() {
    alignas(inotify_event) std::array<char, 4096> buffer{};
    bool any = false;
    for (;;) {
        const ssize_t got = ::read(fd_, buffer.data(), buffer.size());
        if (got <= 0) {
            break;
        }
        for (ssize_t at = 0; at < got;) {
            const auto* raw = reinterpret_cast<const inotify_event*>(buffer.data() + at);
            at += static_cast<ssize_t>(sizeof(inotify_event) + raw->len);
            Event event{raw->wd, raw->mask, {}};
            if (raw->len > 0) {
                event.name.assign(raw->name, ::strnlen(raw->name, raw->len));
            }
            any = true;
            handler_(event);
        }
    }
    if (any && drained_) {
        drained_();
    }
}

} // namespace flexor::platform
