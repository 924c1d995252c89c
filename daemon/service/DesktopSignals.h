// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "config/Config.h"
#include "core/EngineEvent.h"

#include <QObject>
#include <QStringList>
#include <memory>

namespace flexor::platform {
class FullscreenWatcher;
class DoNotDisturbSetting;
class IdleInhibitWatcher;
class MeetingDetector;
class NotificationClient;
class PresenceMonitor;
class SessionWatcher;
} // namespace flexor::platform

namespace flexor::service {

// Everything the desktop knows about the person at it, turned into engine events: activity
// and idle, idle inhibitors (a video or a call), meetings, a break taken in GNOME's overlay,
// lock and sleep, do-not-disturb and fullscreen windows. Each source is event-driven.
class DesktopSignals : public QObject {
    Q_OBJECT
public:
    // notifier: the reminder's notification client, whose server says when do-not-disturb is on.
    explicit DesktopSignals(platform::NotificationClient& notifier, QObject* parent = nullptr);
    ~DesktopSignals() override;

    void start(const config::Config& config);
    // After a reload: a new presence backend, threshold, inhibitor or meeting setting.
    void apply(const config::Config& config);

    // "I'm in a meeting" from the tray, for a call on another device.
    void setMeetingByHand(bool on);
    bool meetingByHand() const { return meetingByHand_; }

    QString presenceName() const;
    bool senses() const;
    // Why a meeting is on: camera, microphone, screen, by-hand.
    QStringList meetingWhy() const;

signals:
    void happened(const core::EngineEvent& event);
    // Sent after SleepStarted: what must be on disk goes there now.
    void aboutToSleep();

private:
    void connectPresence();
    void connectEyeIdle();
    void connectIdleInhibitors();
    void reportIdleInhibited();
    void connectMeetings();
    void reportMeeting();
    void connectGnomeBreaks();
    void connectSession();
    void connectDoNotDisturb();
    bool doNotDisturb() const;

    platform::NotificationClient& notifier_;
    config::Config config_;
    std::unique_ptr<platform::PresenceMonitor> presence_;
    QStringList failedPresence_; // backends that started, then failed: not chosen again
    // A second watch on the same backend, at eye_break_for: the eyes rested (eye breaks only).
    std::unique_ptr<platform::PresenceMonitor> eyeIdle_;
    platform::IdleInhibitWatcher* inhibitors_ = nullptr;
    platform::MeetingDetector* meetings_ = nullptr;
    bool meetingsStarted_ = false;
    bool meetingByHand_ = false;
    platform::SessionWatcher* session_ = nullptr;
    platform::FullscreenWatcher* fullscreen_ = nullptr;
    std::unique_ptr<platform::DoNotDisturbSetting> gnomeDnd_; // GNOME's switch (a plugin)
};

} // namespace flexor::service
