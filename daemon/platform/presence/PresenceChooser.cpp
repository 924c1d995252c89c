// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/presence/PresenceChooser.h"

#include "core/PresenceNames.h"
#include "platform/presence/ExtIdleNotifyMonitor.h"
#include "platform/presence/GnomeIdleMonitor.h"
#include "platform/presence/KdeIdleMonitor.h"
#include "platform/presence/NoPresenceMonitor.h"
#include "platform/presence/X11ScreenSaverMonitor.h"
#include "platform/presence/X11SyncMonitor.h"

#include <spdlog/spdlog.h>

namespace flexor::platform {

namespace {
QString nameOf(std::string_view name) {
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

template <std::size_t N>
QStringList namesOf(const std::array<std::string_view, N>& names) {
    QStringList list;
    for (auto name : names) {
        list.append(nameOf(name));
    }
    return list;
}

const QString automatic = nameOf(core::kPresenceAutomatic);
const QString none = nameOf(core::kPresenceNone);
const QStringList desktopBackends = namesOf(core::kDesktopPresenceBackends);
const QStringList x11Backends = namesOf(core::kX11PresenceBackends);

bool onWayland() {
    return !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}
} // namespace

QStringList presencePreferences() {
    return namesOf(core::kPresenceChoices);
}

std::unique_ptr<PresenceMonitor> makePresenceMonitor(const QString& name) {
    if (name == QLatin1String("gnome")) {
        return std::make_unique<GnomeIdleMonitor>();
    }
    if (name == QLatin1String("ext-idle-notify")) {
        return std::make_unique<ExtIdleNotifyMonitor>();
    }
    if (name == QLatin1String("kde-idle")) {
        return std::make_unique<KdeIdleMonitor>();
    }
    if (name == QLatin1String("x11-sync")) {
        return std::make_unique<X11SyncMonitor>();
    }
    if (name == QLatin1String("x11-screensaver")) {
        return std::make_unique<X11ScreenSaverMonitor>();
    }
    if (name == none) {
        return std::make_unique<NoPresenceMonitor>();
    }
    return nullptr;
}

QStringList presenceCandidates(const QString& preference) {
    QStringList candidates = desktopBackends + x11Backends;
    if (preference != automatic && presencePreferences().contains(preference)) {
        candidates.removeAll(preference);
        candidates.prepend(preference);
    }
    candidates.removeAll(none);
    candidates.append(none);
    return candidates;
}

std::unique_ptr<PresenceMonitor> choosePresenceMonitor(const QString& preference,
                                                       const QStringList& ruledOut) {
    if (!presencePreferences().contains(preference)) {
        spdlog::warn("presence: unknown preference \"{}\", choosing automatically",
                     preference.toStdString());
    }
    const bool forced = preference != automatic && presencePreferences().contains(preference);
    if (preference == none) {
        spdlog::info("presence: none (set in the config): only lock and sleep are sensed");
        auto monitor = std::make_unique<NoPresenceMonitor>();
        monitor->start();
        return monitor;
    }
    for (const QString& name : presenceCandidates(preference)) {
        if (ruledOut.contains(name)) {
            continue;
        }
        std::unique_ptr<PresenceMonitor> monitor = makePresenceMonitor(name);
        if (!monitor->start()) {
            spdlog::info("presence: passed over {}: {}", name.toStdString(),
                         monitor->reason().toStdString());
            continue;
        }
        spdlog::info("presence: using {}{}", name.toStdString(),
                     forced && name == preference ? " (set in the config)" : "");
        if (onWayland() && x11Backends.contains(name)) {
            spdlog::warn("presence: {} under Wayland sees only input sent to X clients "
                         "(XWayland): idle may be reported while you work in Wayland windows",
                         name.toStdString());
        }
        return monitor;
    }
    auto fallback = std::make_unique<NoPresenceMonitor>();
    fallback->start();
    return fallback;
}

} // namespace flexor::platform
