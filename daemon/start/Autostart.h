// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace flexor::start {

// Starting Flexor at login through an XDG autostart entry, the way most desktops expect it
// (GNOME, KDE, Xfce, LXQt, ...). Only the user's own entry is ever written or removed; an
// entry an administrator put into $XDG_CONFIG_DIRS/autostart is overridden with Hidden=true
// when the user turns autostart off, as the XDG autostart specification describes.
// None of this needs a QCoreApplication.

// $XDG_CONFIG_HOME/autostart/io.github.flexor.Flexor.desktop
QString autostartEntryPath();

// The text of the entry that `flexor autostart enable` writes.
QByteArray autostartEntryContents();

// True when the desktop will start Flexor at login through an autostart entry: the user's
// entry, or else a system-wide one, exists and is not switched off.
bool autostartEnabled();

// The entry that decides: the user's own if there is one, else the first system-wide one, else
// empty.
QString autostartEntryInForce();

// True when the systemd user unit flexor.service is enabled for the graphical session,
// the other way Flexor can start at login.
bool systemdUnitEnabled();

// Writes the user's entry (atomically) or removes it. Returns false and fills error (when
// given) with a sentence for the user if the file could not be written or removed.
bool setAutostart(bool enabled, QString* error = nullptr);

// The very first start of Flexor opens its window on a welcome (what Flexor does, the
// schedule, start at login), once, ever; a file in the state folder remembers it was shown.
// A start with that file, or with the flag of the older autostart offer, is not the first.
bool isFirstStart();

// Remembers that the welcome was shown. Returns false when the flag file could not be
// written (the welcome may then come back next start).
bool rememberWelcomed();

// $XDG_STATE_HOME/flexor/welcomed
QString welcomedFlagPath();

} // namespace flexor::start
