// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/wellbeing/GnomeBreakSettingsLoader.h"

#include "platform/Plugins.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <spdlog/spdlog.h>
#include <utility>

namespace flexor::platform {

namespace {

// The folders GLib reads compiled schemas from: GSETTINGS_SCHEMA_DIR, then glib-2.0/schemas
// in the user's data folder and in each of XDG_DATA_DIRS.
QStringList schemaFiles() {
    QStringList dirs =
        qEnvironmentVariable("GSETTINGS_SCHEMA_DIR").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    if (dataHome.isEmpty()) {
        dataHome = QDir::homePath() + QStringLiteral("/.local/share");
    }
    QStringList dataDirs =
        qEnvironmentVariable("XDG_DATA_DIRS").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (dataDirs.isEmpty()) {
        dataDirs = {QStringLiteral("/usr/local/share"), QStringLiteral("/usr/share")};
    }
    for (const QString& data : QStringList{dataHome} + dataDirs) {
        dirs << data + QStringLiteral("/glib-2.0/schemas");
    }
    QStringList files;
    for (const QString& dir : dirs) {
        files << dir + QStringLiteral("/gschemas.compiled");
    }
    return files;
}

// A compiled schema file holds each schema's name as plain bytes: where no file names it,
// GSettings would not find it either.
bool schemaMayExist(const QByteArray& name) {
    for (const QString& path : schemaFiles()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(name)) {
            return true;
        }
    }
    return false;
}

} // namespace

std::unique_ptr<BreakSettings> loadGnomeBreakSettings(std::function<void(bool on)> changed) {
    if (!schemaMayExist(QByteArrayLiteral("org.gnome.desktop.break-reminders"))) {
        spdlog::debug("wellbeing: no GNOME break reminder settings on this system");
        return nullptr;
    }
    auto* plugin =
        loadPlugin<BreakSettingsPlugin>(QStringLiteral("flexor-gnome-break-settings.so"));
    return plugin ? plugin->create(std::move(changed)) : nullptr;
}

std::unique_ptr<DoNotDisturbSetting> loadGnomeDoNotDisturb(std::function<void(bool on)> changed) {
    const auto desktops = qEnvironmentVariable("XDG_CURRENT_DESKTOP").split(QLatin1Char(':'));
    if (!desktops.contains(QStringLiteral("GNOME"), Qt::CaseInsensitive)) {
        spdlog::debug("do-not-disturb: not a GNOME session, GNOME's switch is not followed");
        return nullptr;
    }
    if (!schemaMayExist(QByteArrayLiteral("org.gnome.desktop.notifications"))) {
        spdlog::debug("do-not-disturb: no GNOME notification settings on this system");
        return nullptr;
    }
    auto* plugin =
        loadPlugin<BreakSettingsPlugin>(QStringLiteral("flexor-gnome-break-settings.so"));
    if (!plugin) {
        return nullptr;
    }
    auto setting = plugin->createDoNotDisturb(std::move(changed));
    return setting->start() ? std::move(setting) : nullptr;
}

} // namespace flexor::platform
