// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BuildInfo.h"
#include "core/Time.h"

#include <QDBusContext>
#include <QObject>
#include <QVariantMap>
#include <optional>

namespace flexor::dbus {

class DaemonControl;

inline constexpr const char* kBusName = FLEXOR_APP_ID;
inline constexpr const char* kObjectPath = "/io/github/flexor/Flexor";

// The D-Bus face of the daemon: io.github.flexor.Flexor1. The adaptor that D-Bus calls
// (Flexor1Adaptor) is generated from io.github.flexor.Flexor1.xml and forwards each method to
// the member of the same name here; StateChanged is relayed by it.
class ControlService : public QObject, protected QDBusContext {
    Q_OBJECT
public:
    explicit ControlService(DaemonControl& daemon, QObject* parent = nullptr);

    // The one start: exports the object and claims the bus name in one step, before the daemon
    // opens its history or starts a watcher. False when there is no bus or another Flexor owns
    // the name (then nothing stays exported). Calls that arrive meanwhile wait in the event
    // queue until the daemon is set up and its event loop runs.
    bool claimTheSession();
    // Tells every client the new state (StateChanged), unless only the clock moved it since
    // the last signal (a tray ring step): clients compute that themselves
    // (projectedStatusMap), so the bus and the clients stay asleep.
    void publishState(const QVariantMap& status);

    // The interface's methods, named as in the XML (the generated adaptor calls them).
    QVariantMap Status();
    void Snooze(uint seconds);
    void StartRoutine(const QString& name);
    void Skip();
    void Pause(uint seconds);
    void Resume();
    void SetStanding(bool standing);
    void SetMeeting(bool in_meeting);
    void Reload();
    void Quit();
    void ShowWindow(const QString& page, const QString& activation_token);

signals:
    void StateChanged(const QVariantMap& status);

private:
    bool rejectTooLong(uint seconds);

    DaemonControl& daemon_;
    std::optional<QVariantMap> told_; // the status of the last StateChanged
    core::MonoTime toldAt_{};
};

} // namespace flexor::dbus
