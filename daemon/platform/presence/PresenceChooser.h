// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/presence/PresenceMonitor.h"

#include <QStringList>
#include <memory>

namespace flexor::platform {

// Every value the config's `presence` key accepts, "auto" first.
QStringList presencePreferences();

// The backend called `name` ("gnome", "x11-sync", ...), not yet started; nullptr if unknown.
std::unique_ptr<PresenceMonitor> makePresenceMonitor(const QString& name);

// The backends to try, best first: the desktop interfaces (GNOME, then the Wayland protocols),
// then X11 (under Wayland, XWayland sees only X clients' input), then "none". A forced name
// goes first; the rest stay as the fallback when it cannot start.
QStringList presenceCandidates(const QString& preference);

// Starts the candidates in order and returns the first that works, started; "none" when
// nothing else does. Logs which one won and why each other one was passed over. ruledOut:
// backends that started before and then failed(), not tried again.
std::unique_ptr<PresenceMonitor> choosePresenceMonitor(const QString& preference,
                                                       const QStringList& ruledOut = {});

} // namespace flexor::platform
