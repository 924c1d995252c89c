// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ControlService.h"

#include "DaemonControl.h"
#include "Flexor1Adaptor.h"
#include "StatusMap.h"
#include "platform/SystemClock.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <spdlog/spdlog.h>

namespace flexor::dbus {

namespace {

constexpr uint kLongestRequest = 7 * 24 * 3600; // a week: anything longer is a typo

} // namespace

ControlService::ControlService(DaemonControl& daemon, QObject* parent)
    : QObject(parent)
    , daemon_(daemon) {
    new Flexor1Adaptor(this); // owned by this object; the D-Bus face that is exported
}

bool ControlService::claimTheSession() {
    auto bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        spdlog::error("no session bus: {}", bus.lastError().message().toStdString());
        return false;
    }
    const QString path = QString::fromLatin1(kObjectPath);
    if (!bus.registerObject(path, this, QDBusConnection::ExportAdaptors)) {
        spdlog::error("cannot export {} on the session bus", kObjectPath);
        return false;
    }
    // Asking whether the name is taken and taking it later would let two starts at the same
    // moment both go on: the claim itself is the test.
    const auto reply = bus.interface()->registerService(
        QString::fromLatin1(kBusName), QDBusConnectionInterface::DontQueueService,
        QDBusConnectionInterface::DontAllowReplacement);
    if (reply.isValid() && reply.value() == QDBusConnectionInterface::ServiceRegistered) {
        return true;
    }
    if (!reply.isValid()) {
        spdlog::error("cannot own {} on the session bus: {}", kBusName,
                      reply.error().message().toStdString());
    }
    bus.unregisterObject(path);
    return false;
}

bool ControlService::rejectTooLong(uint seconds) {
    if (seconds <= kLongestRequest) {
        return false;
    }
    sendErrorReply(QDBusError::InvalidArgs,
                   tr("%1 seconds is longer than a week; give a shorter duration.").arg(seconds));
    return true;
}

void ControlService::publishState(const QVariantMap& status) {
    const auto now = platform::now().mono;
    if (told_ && !changedBeyondTheClock(*told_, now - toldAt_, status)) {
        return;
    }
    told_ = status;
    toldAt_ = now;
    emit StateChanged(status);
}

QVariantMap ControlService::Status() {
    return daemon_.statusMap();
}

void ControlService::Snooze(uint seconds) {
    if (rejectTooLong(seconds)) {
        return;
    }
    daemon_.snooze(seconds == 0 ? std::nullopt
                                : std::optional<core::Duration>(std::chrono::seconds(seconds)));
}

void ControlService::StartRoutine(const QString& name) {
    if (const auto why = daemon_.startRoutine(name)) {
        sendErrorReply(QDBusError::InvalidArgs, *why);
    }
}

void ControlService::Skip() {
    daemon_.skip();
}

void ControlService::Pause(uint seconds) {
    if (rejectTooLong(seconds)) {
        return;
    }
    daemon_.pause(seconds == 0 ? std::nullopt
                               : std::optional<core::Duration>(std::chrono::seconds(seconds)));
}

void ControlService::Resume() {
    daemon_.resume();
}

void ControlService::SetStanding(bool standing) {
    daemon_.setStanding(standing);
}

void ControlService::SetMeeting(bool in_meeting) {
    daemon_.setMeeting(in_meeting);
}

void ControlService::Reload() {
    if (const auto why = daemon_.reload()) {
        sendErrorReply(QDBusError::InvalidArgs, *why);
    }
}

void ControlService::ShowWindow(const QString& page, const QString& activation_token) {
    if (const auto why = daemon_.showWindow(page, activation_token)) {
        sendErrorReply(QDBusError::InvalidArgs, *why);
    }
}

void ControlService::Quit() {
    daemon_.quit();
}

} // namespace flexor::dbus
