// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// GIO before any Qt header: Qt's `signals` macro would break GIO's structs.
// clang-format off
#include <gio/gio.h>
#include "platform/wellbeing/GnomeBreakSettings.h"
// clang-format on

#include <algorithm>
#include <spdlog/spdlog.h>
#include <string_view>
#include <utility>
#include <vector>

namespace flexor::platform {

namespace {

constexpr const char* kSchema = "org.gnome.desktop.break-reminders";
constexpr const char* kSelected = "selected-breaks";
constexpr std::string_view kMovement = "movement";

std::vector<std::string> selectedBreaks(GSettings* settings) {
    std::vector<std::string> breaks;
    gchar** values = g_settings_get_strv(settings, kSelected);
    for (gchar** v = values; v && *v; ++v) {
        breaks.emplace_back(*v);
    }
    g_strfreev(values);
    return breaks;
}

} // namespace

GnomeBreakSettings::GnomeBreakSettings(std::function<void(bool on)> changed)
    : changed_(std::move(changed)) {}

GnomeBreakSettings::~GnomeBreakSettings() {
    if (settings_) {
        g_signal_handlers_disconnect_by_data(settings_, this);
        g_object_unref(settings_);
    }
}

bool GnomeBreakSettings::start() {
    GSettingsSchemaSource* source = g_settings_schema_source_get_default();
    GSettingsSchema* schema =
        source ? g_settings_schema_source_lookup(source, kSchema, TRUE) : nullptr;
    if (!schema) {
        return false;
    }
    g_settings_schema_unref(schema);
    settings_ = g_settings_new(kSchema);
    g_signal_connect(settings_, "changed::selected-breaks",
                     G_CALLBACK(&GnomeBreakSettings::onChanged), this);
    read();
    return true;
}

void GnomeBreakSettings::onChanged(GSettings*, const char*, gpointer self) {
    static_cast<GnomeBreakSettings*>(self)->read();
}

void GnomeBreakSettings::read() {
    const auto breaks = selectedBreaks(settings_);
    const bool on = std::find(breaks.begin(), breaks.end(), kMovement) != breaks.end();
    if (on == movement_) {
        return;
    }
    movement_ = on;
    spdlog::info("wellbeing: GNOME's own movement breaks are {}", on ? "on" : "off");
    changed_(on);
}

void GnomeBreakSettings::turnOffMovementBreaks() {
    if (!settings_) {
        return;
    }
    std::vector<const gchar*> kept;
    const auto breaks = selectedBreaks(settings_);
    for (const auto& b : breaks) {
        if (b != kMovement) {
            kept.push_back(b.c_str());
        }
    }
    kept.push_back(nullptr);
    g_settings_set_strv(settings_, kSelected, kept.data());
    spdlog::info("wellbeing: GNOME's movement breaks turned off at the user's request");
}

} // namespace flexor::platform
