// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Tells a KWin compositor "the user is active" through org_kde_kwin_idle_timeout's
// simulate_user_activity request, which KWin feeds to the same idle detection its input devices
// feed: the activity source for tests where no virtual keyboard protocol is offered.
// Connects to $WAYLAND_DISPLAY, sends the request, waits for the compositor to process it.
#include <cstdio>
#include <cstring>
#include <idle-client-protocol.h>
#include <wayland-client.h>

namespace {

struct Globals {
    wl_seat* seat = nullptr;
    org_kde_kwin_idle* idle = nullptr;
};

void onGlobal(void* data, wl_registry* registry, uint32_t name, const char* interface, uint32_t) {
    auto* globals = static_cast<Globals*>(data);
    if (std::strcmp(interface, wl_seat_interface.name) == 0) {
        globals->seat =
            static_cast<wl_seat*>(wl_registry_bind(registry, name, &wl_seat_interface, 1));
    } else if (std::strcmp(interface, org_kde_kwin_idle_interface.name) == 0) {
        globals->idle = static_cast<org_kde_kwin_idle*>(
            wl_registry_bind(registry, name, &org_kde_kwin_idle_interface, 1));
    }
}

void onGlobalRemove(void*, wl_registry*, uint32_t) {}

} // namespace

int main() {
    wl_display* display = wl_display_connect(nullptr);
    if (display == nullptr) {
        std::fprintf(stderr, "kwin_user_activity: cannot connect to the Wayland display\n");
        return 1;
    }
    Globals globals;
    const wl_registry_listener listener = {.global = onGlobal, .global_remove = onGlobalRemove};
    wl_registry* registry = wl_display_get_registry(display);
    wl_registry_add_listener(registry, &listener, &globals);
    wl_display_roundtrip(display);
    if (globals.seat == nullptr || globals.idle == nullptr) {
        std::fprintf(stderr, "kwin_user_activity: no wl_seat or org_kde_kwin_idle\n");
        return 1;
    }
    org_kde_kwin_idle_timeout* timeout =
        org_kde_kwin_idle_get_idle_timeout(globals.idle, globals.seat, 3600 * 1000);
    org_kde_kwin_idle_timeout_simulate_user_activity(timeout);
    wl_display_roundtrip(display);
    org_kde_kwin_idle_timeout_release(timeout);
    // Every proxy is freed before disconnecting: the sanitizer build fails the tool on a leak.
    org_kde_kwin_idle_destroy(globals.idle);
    wl_seat_destroy(globals.seat);
    wl_registry_destroy(registry);
    wl_display_disconnect(display);
    return 0;
}
