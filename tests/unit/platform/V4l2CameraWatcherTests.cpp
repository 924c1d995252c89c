// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A camera opened directly through V4L2, seen through inotify. No camera here: the devices are
// stand-in files in a temporary folder (inotify reports opens and closes of any file alike).

#include "platform/meeting/V4l2CameraWatcher.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryDir>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

using flexor::platform::V4l2CameraWatcher;

namespace {

// Runs Qt's event loop until `done` holds, for at most 5 s.
template <typename Condition>
bool processUntil(Condition done) {
    QDeadlineTimer deadline(5000);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return done();
}

void touch(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
}

} // namespace

TEST_CASE("a stand-in video device opened and closed turns the camera on and off") {
    QTemporaryDir dir;
    touch(dir.filePath("video0"));
    touch(dir.filePath("audio0"));
    V4l2CameraWatcher watcher(dir.path());
    REQUIRE(watcher.start());
    CHECK_FALSE(watcher.inUse());

    const int other = open(QFile::encodeName(dir.filePath("audio0")).constData(), O_RDONLY);
    QCoreApplication::processEvents();
    CHECK_FALSE(watcher.inUse());
    close(other);

    const int fd = open(QFile::encodeName(dir.filePath("video0")).constData(), O_RDONLY);
    REQUIRE(fd >= 0);
    CHECK(processUntil([&] { return watcher.inUse(); }));
    close(fd);
    CHECK(processUntil([&] { return !watcher.inUse(); }));
}

TEST_CASE("a stand-in device already open at start counts, and a new device is watched") {
    QTemporaryDir dir;
    touch(dir.filePath("video0"));
    const int early = open(QFile::encodeName(dir.filePath("video0")).constData(), O_RDONLY);
    V4l2CameraWatcher watcher(dir.path());
    REQUIRE(watcher.start());
    CHECK(watcher.inUse()); // seeded from /proc/self/fd
    close(early);
    CHECK(processUntil([&] { return !watcher.inUse(); }));

    touch(dir.filePath("video2")); // a camera plugged in
    REQUIRE(processUntil([&] { return watcher.watchedDevices() == 2; }));
    const int fd = open(QFile::encodeName(dir.filePath("video2")).constData(), O_RDONLY);
    CHECK(processUntil([&] { return watcher.inUse(); }));
    close(fd);
}
