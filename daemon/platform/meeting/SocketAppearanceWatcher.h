// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace flexor::platform {

// Says when a server's socket file appears in its folder (PipeWire's `pipewire-0` in the
// runtime folder coming back after a restart). inotify reports the file's creation, so a
// client that lost its server waits without polling and reconnects the moment it is back.
class SocketAppearanceWatcher : public QObject {
    Q_OBJECT
public:
    explicit SocketAppearanceWatcher(QObject* parent = nullptr);
    ~SocketAppearanceWatcher() override;

    // Starts watching `dir` for `name`; false when inotify cannot watch the folder.
    bool watch(const QString& dir, const QString& name);
    void stop();
    bool watching() const { return fd_ >= 0; }

signals:
    void appeared();

private:
    void readEvents();

    int fd_ = -1;
    QSocketNotifier* notifier_ = nullptr;
    QString name_;
};

} // namespace flexor::platform
