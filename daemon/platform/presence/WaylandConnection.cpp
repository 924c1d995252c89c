// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/presence/WaylandConnection.h"

#include <QSocketNotifier>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <spdlog/spdlog.h>
#include <wayland-client.h>

namespace flexor::platform {

WaylandConnection::WaylandConnection(QObject* parent)
    : QObject(parent) {}

WaylandConnection::~WaylandConnection() {
    delete notifier_;
    if (seat_ != nullptr) {
        wl_seat_destroy(seat_);
    }
    if (registry_ != nullptr) {
        wl_registry_destroy(registry_);
    }
    if (display_ != nullptr) {
        wl_display_disconnect(display_);
    }
}

bool WaylandConnection::open() {
    if (qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        error_ = QStringLiteral("WAYLAND_DISPLAY is not set");
        return false;
    }
    display_ = wl_display_connect(nullptr);
    if (display_ == nullptr) {
        error_ = QStringLiteral("cannot connect to the Wayland display: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    static const wl_registry_listener listener = {
        .global = &WaylandConnection::onGlobal,
        .global_remove = &WaylandConnection::onGlobalRemove,
    };
    registry_ = wl_display_get_registry(display_);
    wl_registry_add_listener(registry_, &listener, this);
    if (wl_display_roundtrip(display_) < 0) {
        error_ = QStringLiteral("the Wayland display closed the connection");
        return false;
    }
    seat_ = static_cast<wl_seat*>(bind(&wl_seat_interface, 1));
    notifier_ = new QSocketNotifier(wl_display_get_fd(display_), QSocketNotifier::Read);
    connect(notifier_, &QSocketNotifier::activated, this, &WaylandConnection::readEvents);
    return true;
}

bool WaylandConnection::hasGlobal(const char* interface) const {
    return globals_.count(interface) != 0;
}

void* WaylandConnection::bind(const wl_interface* interface, uint32_t version) {
    auto found = globals_.find(interface->name);
    if (found == globals_.end()) {
        return nullptr;
    }
    return wl_registry_bind(registry_, found->second.name, interface,
                            std::min(version, found->second.version));
}

void WaylandConnection::flush() {
    // Events may have been queued while waiting in a roundtrip: hand them out first.
    wl_display_dispatch_pending(display_);
    if (wl_display_flush(display_) < 0 && errno != EAGAIN) {
        fail(QStringLiteral("flush"));
    }
}

void WaylandConnection::readEvents() {
    while (wl_display_prepare_read(display_) != 0) {
        wl_display_dispatch_pending(display_);
    }
    if (wl_display_read_events(display_) < 0) {
        fail(QStringLiteral("read"));
        return;
    }
    wl_display_dispatch_pending(display_);
    flush();
}

void WaylandConnection::fail(const QString& what) {
    int code = wl_display_get_error(display_);
    spdlog::error("presence: lost the Wayland connection ({} failed: {})", what.toStdString(),
                  std::strerror(code != 0 ? code : errno));
    notifier_->setEnabled(false);
    emit lost();
}

void WaylandConnection::onGlobal(void* data, wl_registry*, uint32_t name, const char* interface,
                                 uint32_t version) {
    static_cast<WaylandConnection*>(data)->globals_[interface] = {name, version};
}

void WaylandConnection::onGlobalRemove(void* data, wl_registry*, uint32_t name) {
    auto& globals = static_cast<WaylandConnection*>(data)->globals_;
    std::erase_if(globals, [name](const auto& entry) { return entry.second.name == name; });
}

} // namespace flexor::platform
