// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <array>
#include <string_view>

namespace flexor::core {

// The names config.toml gives the ways of sensing presence, in one table: the loader's
// choices for `presence` and the platform's chooser both read it.
inline constexpr std::string_view kPresenceAutomatic = "auto";
inline constexpr std::string_view kPresenceNone = "none";

// In the order "auto" tries them: the desktop's own idle services before X11's, since X11
// sees only input sent to X clients under Wayland.
inline constexpr std::array<std::string_view, 3> kDesktopPresenceBackends{
    "gnome", "ext-idle-notify", "kde-idle"};
inline constexpr std::array<std::string_view, 2> kX11PresenceBackends{"x11-sync",
                                                                      "x11-screensaver"};

// Every value `presence` takes: auto, each backend, none.
inline constexpr auto kPresenceChoices = [] {
    std::array<std::string_view, 2 + kDesktopPresenceBackends.size() + kX11PresenceBackends.size()>
        names{};
    std::size_t i = 0;
    names[i++] = kPresenceAutomatic;
    for (auto name : kDesktopPresenceBackends) {
        names[i++] = name;
    }
    for (auto name : kX11PresenceBackends) {
        names[i++] = name;
    }
    names[i] = kPresenceNone;
    return names;
}();

} // namespace flexor::core
