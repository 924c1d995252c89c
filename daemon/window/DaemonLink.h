// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Time.h"

#include <QObject>
#include <QTimer>
#include <QVariantMap>
#include <functional>
#include <memory>
#include <optional>

class Flexor1Proxy;
class QDBusPendingCall;

namespace flexor::window {

// The window's only way to the daemon: its D-Bus interface (io.github.flexor.Flexor1). The
// status is asked for once (Status) and then told by StateChanged; between two signals the
// running streak and the countdowns move with the clock alone, so statusNow() computes them
// from the last status, and one single-shot timer (armed by the page for the next moment its
// words change) is all that wakes the window. Nothing waits for the daemon: the status and
// the calls go through the generated proxy (Flexor1Proxy) asynchronously, and the daemon's
// StateChanged shows what the calls did. The proxy speaks to the daemon's unique name, so the
// window never starts a daemon by D-Bus activation.
class DaemonLink : public QObject {
    Q_OBJECT
public:
    explicit DaemonLink(QObject* parent = nullptr);
    ~DaemonLink() override;

    // Subscribes to the daemon's changes and asks for its status, without waiting:
    // statusChanged follows when it answers.
    void connectToDaemon();
    bool connected() const { return connected_; }

    // The status as of now: the last one told, moved on by the clock.
    QVariantMap statusNow() const;
    // When the meeting in the status was first seen on, if the window saw it start.
    std::optional<core::LocalTime> meetingSince() const { return meetingSince_; }

    void startRoutine(const QString& name); // empty: the configured one
    void snooze();
    void pause(std::chrono::seconds length); // 0: until tomorrow
    void resume();
    void setStanding(bool standing);
    void setMeeting(bool inMeeting);

signals:
    void statusChanged(); // a StateChanged arrived, or the daemon came or went
    void callFailed(const QString& message);

private slots:
    void onStateChanged(const QVariantMap& status);
    void onOwnerChanged(const QString& name, const QString& oldOwner, const QString& newOwner);

private:
    void subscribe();
    void speakTo(const QString& uniqueName); // empty: no daemon runs
    void askStatus();
    void told(const QVariantMap& status);
    // Sends one call through the proxy and logs its failure when the answer comes.
    void call(const char* method, const std::function<QDBusPendingCall(Flexor1Proxy&)>& send);

    std::unique_ptr<Flexor1Proxy> daemon_; // at the running daemon's unique name
    QVariantMap told_;
    core::MonoTime toldAt_{};
    bool connected_ = false;
    bool subscribed_ = false;
    std::optional<core::LocalTime> meetingSince_;
};

} // namespace flexor::window
