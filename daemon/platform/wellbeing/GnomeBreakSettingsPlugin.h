// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "platform/wellbeing/BreakSettings.h"

#include <QObject>

namespace flexor::platform {

// The root object of flexor-gnome-break-settings.so: only it links GIO.
class GnomeBreakSettingsPlugin : public QObject, public BreakSettingsPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID FLEXOR_BREAK_SETTINGS_PLUGIN_IID)
    Q_INTERFACES(flexor::platform::BreakSettingsPlugin)
public:
    std::unique_ptr<BreakSettings> create(std::function<void(bool on)> changed) override;
    std::unique_ptr<DoNotDisturbSetting>
    createDoNotDisturb(std::function<void(bool on)> changed) override;
};

} // namespace flexor::platform
