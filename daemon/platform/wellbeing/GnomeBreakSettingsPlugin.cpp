// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/wellbeing/GnomeBreakSettingsPlugin.h"

#include "platform/dnd/GnomeDoNotDisturb.h"
#include "platform/wellbeing/GnomeBreakSettings.h"

#include <utility>

namespace flexor::platform {

std::unique_ptr<BreakSettings>
GnomeBreakSettingsPlugin::create(std::function<void(bool on)> changed) {
    return std::make_unique<GnomeBreakSettings>(std::move(changed));
}

std::unique_ptr<DoNotDisturbSetting>
GnomeBreakSettingsPlugin::createDoNotDisturb(std::function<void(bool on)> changed) {
    return std::make_unique<GnomeDoNotDisturb>(std::move(changed));
}

} // namespace flexor::platform
