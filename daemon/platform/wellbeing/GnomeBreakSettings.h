// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

using GSettings = struct _GSettings;
using gpointer = void*;

namespace flexor::platform {

// GNOME 48's break reminder settings (schema org.gnome.desktop.break-reminders): whether its
// own movement breaks are on ('movement' in selected-breaks), read through GSettings and
// followed through its changed signal (delivered by the GLib loop Qt runs on). Where the
// schema does not exist (GNOME before 48, other desktops), nothing is watched.
class GnomeBreakSettings : public QObject {
    Q_OBJECT
public:
    explicit GnomeBreakSettings(QObject* parent = nullptr);
    ~GnomeBreakSettings() override;

    // False when the schema is not installed.
    bool start();
    bool movementBreaksOn() const { return movement_; }
    // Only on the user's request: GNOME stops its movement breaks, Flexor keeps reminding.
    void turnOffMovementBreaks();

signals:
    void movementBreaksChanged(bool on);

private:
    static void onChanged(GSettings* settings, const char* key, gpointer self);
    void read();

    GSettings* settings_ = nullptr;
    bool movement_ = false;
};

} // namespace flexor::platform
