// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/wellbeing/BreakSettings.h"

#include <functional>

using GSettings = struct _GSettings;
using gpointer = void*;

namespace flexor::platform {

// GNOME's "Do Not Disturb" switch: show-banners = false in org.gnome.desktop.notifications
// (GNOME's notification server has no Inhibited property to read). Read through GSettings and
// followed through its changed signal, delivered by the GLib loop Qt runs on. Outside a GNOME
// session (XDG_CURRENT_DESKTOP) or where the schema is not installed, nothing is watched and
// do-not-disturb is never on from here. Built into the GNOME settings plugin (GIO).
class GnomeDoNotDisturb : public DoNotDisturbSetting {
public:
    explicit GnomeDoNotDisturb(std::function<void(bool on)> changed);
    ~GnomeDoNotDisturb() override;

    // False when the schema is not installed.
    bool start() override;
    bool isOn() const override { return on_; }

private:
    static void onChanged(GSettings* settings, const char* key, gpointer self);
    void read();

    std::function<void(bool on)> changed_;
    GSettings* settings_ = nullptr;
    bool on_ = false;
};

} // namespace flexor::platform
