// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace flexor::platform {

class InotifyWatch;

// Says when a server's socket file appears in its folder (PipeWire's `pipewire-0` in the
// runtime folder coming back after a restart). inotify reports the file's creation, so a
// client that lost its server waits without polling and reconnects the moment it is back.
// A socket file exists a moment before its server listens, so appeared() comes again a few
// times, 200 ms apart, until the client has its server back and calls stop().
class SocketAppearanceWatcher : public QObject {
    Q_OBJECT
public:
    explicit SocketAppearanceWatcher(QObject* parent = nullptr);
    ~SocketAppearanceWatcher() override;

    // Starts watching `dir` for `name`; false when inotify cannot watch the folder.
    bool watch(const QString& dir, const QString& name);
    void stop();
    bool watching() const { return watch_ >= 0; }

signals:
    void appeared(); // the socket is there: try to connect (again)

private:
    void retry();

    InotifyWatch* inotify_ = nullptr; // made on the first watch(), kept: stop() may come from
                                      // a slot of appeared(), inside its read
    int watch_ = -1;
    bool seen_ = false; // in the batch being read
    QTimer retry_;
    int retriesLeft_ = 0;
    QString name_;
};

} // namespace flexor::platform
