// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/wellbeing/BreakSettings.h"

using GSettings = struct _GSettings;
using gpointer = void*;

namespace flexor::platform {

// GNOME 48's break reminder settings (schema org.gnome.desktop.break-reminders): whether its
// own movement breaks are on ('movement' in selected-breaks), read through GSettings and
// followed through its changed signal (delivered by the GLib loop Qt runs on). Where the
// schema does not exist (GNOME before 48, other desktops), nothing is watched.
// Built into the plugin flexor-gnome-break-settings.so (GnomeBreakSettingsPlugin).
class GnomeBreakSettings : public BreakSettings {
public:
    explicit GnomeBreakSettings(std::function<void(bool on)> changed);
    ~GnomeBreakSettings() override;

    bool start() override;
    bool movementBreaksOn() const override { return movement_; }
    void turnOffMovementBreaks() override;

private:
    static void onChanged(GSettings* settings, const char* key, gpointer self);
    void read();

    std::function<void(bool on)> changed_;
    GSettings* settings_ = nullptr;
    bool movement_ = false;
};

} // namespace flexor::platform
