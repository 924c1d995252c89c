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

namespace flexor::app {

class DaemonControl;

inline constexpr const char* kBusName = FLEXOR_APP_ID;
inline constexpr const char* kObjectPath = "/io/github/flexor/Flexor";
inline constexpr const char* kInterfaceName = "io.github.flexor.Flexor1";

// The D-Bus face of the daemon: io.github.flexor.Flexor1 (see io.github.flexor.Flexor1.xml).
class ControlService : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.flexor.Flexor1")
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

public slots:
    QVariantMap Status();
    void Snooze(uint seconds);
    void StartRoutine(const QString& name);
    void Skip();
    void Pause(uint seconds);
    void Resume();
    void SetStanding(bool standing);
    // Parameters named as in the interface's XML: D-Bus introspection shows these names.
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

} // namespace flexor::app
