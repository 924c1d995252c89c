// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <cstdint>
#include <map>
#include <string>

namespace flexor::platform {

class InotifyWatch;

// A camera opened directly through V4L2 (programs that bypass PipeWire): inotify reports
// every open and close of /dev/video*, so the watcher wakes once per open or close and never
// in between. Who holds a device open when Flexor starts is read once, from /proc/*/fd.
// A device counts as in use while its opens outnumber its closes.
class V4l2CameraWatcher : public QObject {
    Q_OBJECT
public:
    // `deviceDir` is /dev; tests pass a folder of stand-in device files.
    explicit V4l2CameraWatcher(QString deviceDir = QStringLiteral("/dev"),
                               QObject* parent = nullptr);
    ~V4l2CameraWatcher() override;

    // False when inotify is not available or there is no video device to watch.
    bool start();
    bool inUse() const { return inUse_; }
    std::size_t watchedDevices() const { return devices_.size(); }

signals:
    void inUseChanged(bool inUse);

private:
    void watchDevice(const QString& name);
    void onEvent(int watch, std::uint32_t mask, const std::string& name);
    void seedFromProc();
    void update();

    QString deviceDir_;
    InotifyWatch* inotify_ = nullptr;
    int dirWatch_ = -1;
    std::map<int, QString> devices_; // watch descriptor -> device name
    std::map<QString, int> opens_;   // device name -> opens minus closes
    bool inUse_ = false;
};

} // namespace flexor::platform
