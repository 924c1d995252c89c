// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <map>
#include <string>

struct wl_display;
struct wl_registry;
struct wl_seat;
struct wl_interface;
class QSocketNotifier;

namespace flexor::platform {

// Flexor's own connection to the Wayland compositor, independent of the Qt platform plugin.
// Its socket is watched by the Qt event loop: events are read and dispatched only when the
// compositor sends something.
class WaylandConnection : public QObject {
    Q_OBJECT
public:
    explicit WaylandConnection(QObject* parent = nullptr);
    ~WaylandConnection() override;

    // Connects to $WAYLAND_DISPLAY and learns the globals; false (with error()) otherwise.
    bool open();
    QString error() const { return error_; }

    bool hasGlobal(const char* interface) const;
    // Binds a global advertised by the compositor; nullptr when it is not offered.
    void* bind(const wl_interface* interface, uint32_t version);
    wl_seat* seat() const { return seat_; }

    // Sends the requests made since the last flush.
    void flush();

signals:
    void lost();

private:
    struct Global {
        uint32_t name;
        uint32_t version;
    };

    void readEvents();
    void fail(const QString& what);
    static void onGlobal(void* data, wl_registry* registry, uint32_t name, const char* interface,
                         uint32_t version);
    static void onGlobalRemove(void* data, wl_registry* registry, uint32_t name);

    wl_display* display_ = nullptr;
    wl_registry* registry_ = nullptr;
    wl_seat* seat_ = nullptr;
    QSocketNotifier* notifier_ = nullptr;
    std::map<std::string, Global> globals_;
    QString error_;
};

} // namespace flexor::platform
