// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/wellbeing/BreakSettings.h"

namespace flexor::platform {

// GNOME's break reminder settings where they can exist: the plugin (and with it GIO) is loaded
// only when a compiled GSettings schema file GLib would read names their schema. Null where
// they cannot exist or the plugin does not load.
std::unique_ptr<BreakSettings> loadGnomeBreakSettings(std::function<void(bool on)> changed);

// GNOME's do-not-disturb switch, from the same plugin: loaded only in a GNOME session
// (XDG_CURRENT_DESKTOP) whose compiled schemas name org.gnome.desktop.notifications; null
// elsewhere, so no other desktop maps GIO for it.
std::unique_ptr<DoNotDisturbSetting> loadGnomeDoNotDisturb(std::function<void(bool on)> changed);

} // namespace flexor::platform
