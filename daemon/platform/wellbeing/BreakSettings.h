// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtPlugin>
#include <functional>
#include <memory>

namespace flexor::platform {

// The desktop's own break reminder settings, in a plugin (GSettings brings GIO and GObject,
// over a megabyte, which only a desktop that has the settings should pay for). Plain
// interfaces, as MicrophoneWatcher's.
class BreakSettings {
public:
    virtual ~BreakSettings() = default;
    // False when the settings do not exist here.
    virtual bool start() = 0;
    virtual bool movementBreaksOn() const = 0;
    // Only on the user's request: the desktop stops its movement breaks, Flexor keeps reminding.
    virtual void turnOffMovementBreaks() = 0;
};

// GNOME's "Do Not Disturb" switch (show-banners in org.gnome.desktop.notifications), read
// through the same GSettings, so it lives in the same plugin.
class DoNotDisturbSetting {
public:
    virtual ~DoNotDisturbSetting() = default;
    // False when the setting does not exist here.
    virtual bool start() = 0;
    virtual bool isOn() const = 0;
};

class BreakSettingsPlugin {
public:
    virtual ~BreakSettingsPlugin() = default;
    // `changed` is called with the new value whenever movementBreaksOn() changes.
    virtual std::unique_ptr<BreakSettings> create(std::function<void(bool on)> changed) = 0;
    // `changed` is called with the new value whenever isOn() changes.
    virtual std::unique_ptr<DoNotDisturbSetting>
    createDoNotDisturb(std::function<void(bool on)> changed) = 0;
};

} // namespace flexor::platform

#define FLEXOR_BREAK_SETTINGS_PLUGIN_IID "io.github.flexor.BreakSettingsPlugin/2"
Q_DECLARE_INTERFACE(flexor::platform::BreakSettingsPlugin, FLEXOR_BREAK_SETTINGS_PLUGIN_IID)
