// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A server's socket reappearing in its folder (PipeWire's pipewire-0 after a restart), seen
// through inotify: a real Unix socket bound in a temporary folder.

#include "platform/meeting/SocketAppearanceWatcher.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstring>
#include <doctest/doctest.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using flexor::platform::SocketAppearanceWatcher;

namespace {

// A listening Unix socket at `path`, as a server makes it; closed (the file stays) at the end.
class BoundSocket {
public:
    explicit BoundSocket(const QString& path)
        : fd_(socket(AF_UNIX, SOCK_STREAM, 0)) {
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        std::strncpy(address.sun_path, name.constData(), sizeof(address.sun_path) - 1);
        REQUIRE(bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
        REQUIRE(listen(fd_, 1) == 0);
    }
    ~BoundSocket() { close(fd_); }
    BoundSocket(const BoundSocket&) = delete;
    BoundSocket& operator=(const BoundSocket&) = delete;

private:
    int fd_;
};

// Counts appearances while Qt's event loop runs until `count` reaches `want`, at most 5 s.
bool processUntil(const int& count, int want) {
    QDeadlineTimer deadline(5000);
    while (count < want && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return count >= want;
}

} // namespace

TEST_CASE("the creation of the watched socket is reported and not that of other files") {
    QTemporaryDir dir;
    SocketAppearanceWatcher watcher;
    int appeared = 0;
    QObject::connect(&watcher, &SocketAppearanceWatcher::appeared, [&] { ++appeared; });
    REQUIRE(watcher.watch(dir.path(), QStringLiteral("pipewire-0")));
    // A second watcher for a file made last: once it has heard of that one, the first has
    // read every earlier creation too (the same poll saw both ready), so a silence is real.
    SocketAppearanceWatcher sentinel;
    int sentinelSeen = 0;
    QObject::connect(&sentinel, &SocketAppearanceWatcher::appeared, [&] { ++sentinelSeen; });
    REQUIRE(sentinel.watch(dir.path(), QStringLiteral("sentinel")));

    {
        BoundSocket other(dir.filePath("pipewire-0-manager"));
        QFile lock(dir.filePath("pipewire-0.lock"));
        REQUIRE(lock.open(QIODevice::WriteOnly));
        BoundSocket last(dir.filePath("sentinel"));
        REQUIRE(processUntil(sentinelSeen, 1));
        CHECK(appeared == 0);
    }
    BoundSocket server(dir.filePath("pipewire-0"));
    CHECK(processUntil(appeared, 1));
    CHECK(appeared == 1);
}

TEST_CASE("a stopped watcher says nothing") {
    QTemporaryDir dir;
    SocketAppearanceWatcher watcher;
    int appeared = 0;
    QObject::connect(&watcher, &SocketAppearanceWatcher::appeared, [&] { ++appeared; });
    REQUIRE(watcher.watch(dir.path(), QStringLiteral("pipewire-0")));
    watcher.stop();
    CHECK_FALSE(watcher.watching());
    BoundSocket server(dir.filePath("pipewire-0"));
    QCoreApplication::processEvents();
    CHECK(appeared == 0);
}

TEST_CASE("a folder that cannot be watched is refused") {
    SocketAppearanceWatcher watcher;
    CHECK_FALSE(watcher.watch(QStringLiteral("/nonexistent/flexor"), QStringLiteral("pipewire-0")));
    CHECK_FALSE(watcher.watching());
}

TEST_CASE("after the socket appears it is announced again a few times, until stopped") {
    QTemporaryDir dir;
    SocketAppearanceWatcher watcher;
    int appeared = 0;
    QObject::connect(&watcher, &SocketAppearanceWatcher::appeared, [&] { ++appeared; });
    REQUIRE(watcher.watch(dir.path(), QStringLiteral("pipewire-0")));
    BoundSocket server(dir.filePath("pipewire-0"));
    // The server may not listen yet: the client is told to try again.
    REQUIRE(processUntil(appeared, 3));
    watcher.stop(); // the client has its server back
    const int told = appeared;
    QDeadlineTimer quiet(600);
    while (!quiet.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    CHECK(appeared == told);
}
