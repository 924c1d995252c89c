// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DesktopSignals.h"

#include "GnomeWellbeing.h"
#include "core/DurationSyntax.h"
#include "platform/SystemClock.h"
#include "platform/dnd/FullscreenWatcher.h"
#include "platform/inhibit/IdleInhibitWatcher.h"
#include "platform/meeting/MeetingDetector.h"
#include "platform/notify/NotificationClient.h"
#include "platform/presence/PresenceChooser.h"
#include "platform/session/DesktopSessionWatcher.h"
#include "platform/wellbeing/GnomeBreakSettingsLoader.h"

#include <spdlog/spdlog.h>

namespace flexor::service {

DesktopSignals::DesktopSignals(platform::NotificationClient& notifier, QObject* parent)
    : QObject(parent)
    , notifier_(notifier) {}

DesktopSignals::~DesktopSignals() = default;

void DesktopSignals::start(const config::Config& config) {
    config_ = config;
    connectDoNotDisturb();
    connectPresence();
    connectEyeIdle();
    connectIdleInhibitors();
    connectMeetings();
    connectGnomeBreaks();
    connectSession();
}

void DesktopSignals::apply(const config::Config& config) {
    const bool newPresence = config.presence != config_.presence;
    const bool newEyeIdle = newPresence || config.engine.eyeBreaks != config_.engine.eyeBreaks ||
                            config.engine.eyeBreakFor != config_.engine.eyeBreakFor;
    config_ = config;
    reportIdleInhibited();
    connectMeetings();
    if (newPresence) {
        spdlog::info("presence: preference changed to {}", config_.presence);
        connectPresence();
    } else {
        presence_->setIdleThreshold(config_.engine.awayAfter);
    }
    if (newEyeIdle) {
        connectEyeIdle();
    }
}

void DesktopSignals::setMeetingByHand(bool on) {
    meetingByHand_ = on;
    spdlog::info("meeting {} by hand", on ? "started" : "ended");
    reportMeeting();
}

QString DesktopSignals::presenceName() const {
    return presence_ ? presence_->name() : QString();
}

bool DesktopSignals::senses() const {
    return !presence_ || presence_->senses();
}

QStringList DesktopSignals::meetingWhy() const {
    QStringList why;
    if (config_.meetingDetection && meetings_) {
        why = meetings_->current().names();
    }
    if (meetingByHand_) {
        why << QStringLiteral("by-hand");
    }
    return why;
}

void DesktopSignals::connectPresence() {
    presence_ =
        platform::choosePresenceMonitor(QString::fromStdString(config_.presence), failedPresence_);
    presence_->setIdleThreshold(config_.engine.awayAfter);
    connect(
        presence_.get(), &platform::PresenceMonitor::failed, this,
        [this, monitor = presence_.get()] {
            if (presence_.get() != monitor) {
                return; // replaced meanwhile (a config change)
            }
            spdlog::warn("presence: {} failed after all: {}; choosing again",
                         presence_->name().toStdString(), presence_->reason().toStdString());
            failedPresence_ << presence_->name();
            connectPresence();
        },
        Qt::QueuedConnection); // not from inside the failing monitor's own signal
    connect(presence_.get(), &platform::PresenceMonitor::wentIdle, this,
            [this](std::chrono::milliseconds idleFor) {
                emit happened(core::event::UserIdle{platform::now().mono - idleFor});
            });
    connect(presence_.get(), &platform::PresenceMonitor::cameBack, this,
            [this] { emit happened(core::event::UserActive{}); });
    if (!presence_->senses()) {
        spdlog::warn("activity can't be sensed on this desktop: counting time while the "
                     "screen is unlocked");
    }
}

// Only while eye breaks are on: the backend that senses activity watches once more, for the
// shorter idle that rests the eyes.
void DesktopSignals::connectEyeIdle() {
    if (eyeIdle_) {
        emit happened(core::event::EyesResting{false});
    }
    eyeIdle_.reset();
    if (!config_.engine.eyeBreaks || !presence_->senses()) {
        return;
    }
    auto monitor = platform::makePresenceMonitor(presence_->name());
    if (!monitor || !monitor->start()) {
        spdlog::warn("eye breaks: looking away can't be sensed through {}",
                     presence_->name().toStdString());
        return;
    }
    monitor->setIdleThreshold(config_.engine.eyeBreakFor);
    connect(monitor.get(), &platform::PresenceMonitor::wentIdle, this,
            [this] { emit happened(core::event::EyesResting{true}); });
    connect(monitor.get(), &platform::PresenceMonitor::cameBack, this,
            [this] { emit happened(core::event::EyesResting{false}); });
    spdlog::info("eye breaks: looking away for {} is sensed through {}",
                 core::formatDuration(config_.engine.eyeBreakFor), presence_->name().toStdString());
    eyeIdle_ = std::move(monitor);
}

void DesktopSignals::connectIdleInhibitors() {
    inhibitors_ = new platform::IdleInhibitWatcher(this);
    connect(inhibitors_, &platform::IdleInhibitWatcher::inhibitedChanged, this,
            &DesktopSignals::reportIdleInhibited);
    inhibitors_->start();
}

void DesktopSignals::reportIdleInhibited() {
    const bool on = config_.idleInhibitors && inhibitors_->inhibited();
    emit happened(core::event::PresentWithoutInput{on});
}

// Started once meeting_detection is on; turning it off only stops counting what it sees.
void DesktopSignals::connectMeetings() {
    if (!meetings_) {
        meetings_ = new platform::MeetingDetector(this);
        connect(meetings_, &platform::MeetingDetector::changed, this,
                &DesktopSignals::reportMeeting);
    }
    if (config_.meetingDetection && !meetingsStarted_) {
        meetings_->start();
        meetingsStarted_ = true;
    }
    reportMeeting();
}

void DesktopSignals::reportMeeting() {
    const bool detected = config_.meetingDetection && meetings_->current().any();
    emit happened(core::event::Meeting{detected || meetingByHand_});
}

// A break taken in GNOME's own break overlay is a real break here too.
void DesktopSignals::connectGnomeBreaks() {
    auto* gnome = new GnomeWellbeing(notifier_, this);
    connect(gnome, &GnomeWellbeing::breakTaken, this,
            [this] { emit happened(core::event::ExternalBreak{}); });
    gnome->start();
}

void DesktopSignals::connectSession() {
    session_ = new platform::DesktopSessionWatcher(this);
    connect(session_, &platform::SessionWatcher::locked, this,
            [this] { emit happened(core::event::ScreenLocked{}); });
    connect(session_, &platform::SessionWatcher::unlocked, this,
            [this] { emit happened(core::event::ScreenUnlocked{}); });
    // Everything is on disk before the sleep inhibitor is released.
    connect(session_, &platform::SessionWatcher::aboutToSleep, this, [this] {
        emit happened(core::event::SleepStarted{});
        emit aboutToSleep();
    });
    connect(session_, &platform::SessionWatcher::resumed, this,
            [this] { emit happened(core::event::Resumed{}); });
    session_->start();
}

// Do-not-disturb (the notification server's, GNOME's switch) and fullscreen are one reason for a
// due reminder to wait (core::ReminderHold).
void DesktopSignals::connectDoNotDisturb() {
    fullscreen_ = new platform::FullscreenWatcher(this);
    fullscreen_->start();
    const auto report = [this] { emit happened(core::event::DoNotDisturb{doNotDisturb()}); };
    connect(fullscreen_, &platform::FullscreenWatcher::fullscreenChanged, this, report);
    connect(&notifier_, &platform::NotificationClient::inhibitedChanged, this, report);
    gnomeDnd_ = platform::loadGnomeDoNotDisturb([report](bool) { report(); });
    report();
}

bool DesktopSignals::doNotDisturb() const {
    return notifier_.inhibited() || fullscreen_->isFullscreen() || (gnomeDnd_ && gnomeDnd_->isOn());
}

} // namespace flexor::service
