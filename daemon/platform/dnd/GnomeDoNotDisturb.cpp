// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// GIO before any Qt header: Qt's `signals` macro would break GIO's structs.
// clang-format off
#include <gio/gio.h>
#include "platform/dnd/GnomeDoNotDisturb.h"
// clang-format on

#include <QStringList>
#include <spdlog/spdlog.h>
#include <utility>

namespace flexor::platform {

namespace {
constexpr const char* kSchema = "org.gnome.desktop.notifications";
constexpr const char* kShowBanners = "show-banners";
} // namespace

GnomeDoNotDisturb::GnomeDoNotDisturb(std::function<void(bool on)> changed)
    : changed_(std::move(changed)) {}

GnomeDoNotDisturb::~GnomeDoNotDisturb() {
    if (settings_) {
        g_signal_handlers_disconnect_by_data(settings_, this);
        g_object_unref(settings_);
    }
}

bool GnomeDoNotDisturb::start() {
    // Only GNOME has this switch. Elsewhere the key, where its schema is installed at all,
    // means nothing, and reading it would load GSettings' dconf backend (three more threads).
    const auto desktops = qEnvironmentVariable("XDG_CURRENT_DESKTOP").split(QLatin1Char(':'));
    if (!desktops.contains(QStringLiteral("GNOME"), Qt::CaseInsensitive)) {
        spdlog::debug("do-not-disturb: not a GNOME session, GNOME's switch is not followed");
        return false;
    }
    GSettingsSchemaSource* source = g_settings_schema_source_get_default();
    GSettingsSchema* schema =
        source ? g_settings_schema_source_lookup(source, kSchema, TRUE) : nullptr;
    if (!schema) {
        spdlog::debug("do-not-disturb: no {} schema, GNOME's switch is not followed", kSchema);
        return false;
    }
    const bool hasKey = g_settings_schema_has_key(schema, kShowBanners);
    g_settings_schema_unref(schema);
    if (!hasKey) {
        spdlog::debug("do-not-disturb: {} has no {} key", kSchema, kShowBanners);
        return false;
    }
    settings_ = g_settings_new(kSchema);
    g_signal_connect(settings_, "changed::show-banners", G_CALLBACK(&GnomeDoNotDisturb::onChanged),
                     this);
    read();
    return true;
}

void GnomeDoNotDisturb::onChanged(GSettings*, const char*, gpointer self) {
    static_cast<GnomeDoNotDisturb*>(self)->read();
}

void GnomeDoNotDisturb::read() {
    const bool on = !g_settings_get_boolean(settings_, kShowBanners);
    if (on == on_) {
        return;
    }
    on_ = on;
    spdlog::info("do-not-disturb: GNOME's switch is {}", on ? "on" : "off");
    changed_(on);
}

} // namespace flexor::platform
