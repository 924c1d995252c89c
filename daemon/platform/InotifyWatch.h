// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

class QSocketNotifier;

namespace flexor::platform {

// One inotify instance read on Qt's event loop: add watches on paths (as bytes, no QString
// round trip), and every event reaches the callback; `drained`, when given, runs once after
// each batch of events (a watcher that decides on the batch, not on every event). Nothing runs
// between events. The one inotify read loop of the program: every file watcher uses it.
class InotifyWatch : public QObject {
    Q_OBJECT
public:
    struct Event {
        int watch = -1;
        std::uint32_t mask = 0;
        std::string name; // the entry in a watched folder, empty for the folder itself
    };
    using Handler = std::function<void(const Event&)>;
    using Drained = std::function<void()>;

    explicit InotifyWatch(Handler handler, QObject* parent = nullptr);
    InotifyWatch(Handler handler, Drained drained, QObject* parent = nullptr);
    ~InotifyWatch() override;

    bool valid() const { return fd_ >= 0; }
    // The watch's number, or -1 (the path is missing, or not allowed). Adding a path watched
    // already returns its number again.
    int add(const std::filesystem::path& path, std::uint32_t mask);
    void remove(int watch);

private:
    void readEvents();

    Handler handler_;
    Drained drained_;
    int fd_ = -1;
    QSocketNotifier* notifier_ = nullptr;
};

} // namespace flexor::platform
