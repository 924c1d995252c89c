// SPDX-FileCopyrightText: 2026 Flexor contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A Wayland client that inhibits idle the way a video player does: it maps a small window
// (xdg_toplevel with a shared-memory buffer, since compositors honour an inhibitor only while
// its surface is visible) and holds a zwp_idle_inhibitor_v1 on it. It prints "inhibiting" once
// the compositor has the inhibitor, then waits; killing it (the client goes away) ends the
// inhibition, as closing the player would.

#include <cstdio>
#include <cstring>
#include <idle-inhibit-unstable-v1-client-protocol.h>
#include <sys/mman.h>
#include <unistd.h>
#include <wayland-client.h>
#include <xdg-shell-client-protocol.h>

namespace {

constexpr int kSize = 64;

struct Globals {
    wl_compositor* compositor = nullptr;
    wl_shm* shm = nullptr;
    xdg_wm_base* wmBase = nullptr;
    zwp_idle_inhibit_manager_v1* inhibitManager = nullptr;
    bool configured = false;
};

template <typename T>
T* bind(wl_registry* registry, uint32_t name, const wl_interface* interface, uint32_t version) {
    return static_cast<T*>(wl_registry_bind(registry, name, interface, version));
}

void onGlobal(void* data, wl_registry* registry, uint32_t name, const char* interface, uint32_t) {
    auto* globals = static_cast<Globals*>(data);
    if (std::strcmp(interface, wl_compositor_interface.name) == 0) {
        globals->compositor = bind<wl_compositor>(registry, name, &wl_compositor_interface, 1);
    } else if (std::strcmp(interface, wl_shm_interface.name) == 0) {
        globals->shm = bind<wl_shm>(registry, name, &wl_shm_interface, 1);
    } else if (std::strcmp(interface, xdg_wm_base_interface.name) == 0) {
        globals->wmBase = bind<xdg_wm_base>(registry, name, &xdg_wm_base_interface, 1);
    } else if (std::strcmp(interface, zwp_idle_inhibit_manager_v1_interface.name) == 0) {
        globals->inhibitManager = bind<zwp_idle_inhibit_manager_v1>(
            registry, name, &zwp_idle_inhibit_manager_v1_interface, 1);
    }
}

void onGlobalRemove(void*, wl_registry*, uint32_t) {}

const wl_registry_listener kRegistryListener = {onGlobal, onGlobalRemove};

void onPing(void*, xdg_wm_base* wmBase, uint32_t serial) {
    xdg_wm_base_pong(wmBase, serial);
}

const xdg_wm_base_listener kWmBaseListener = {onPing};

void onSurfaceConfigure(void* data, xdg_surface* surface, uint32_t serial) {
    xdg_surface_ack_configure(surface, serial);
    static_cast<Globals*>(data)->configured = true;
}

const xdg_surface_listener kSurfaceListener = {onSurfaceConfigure};

void onToplevelConfigure(void*, xdg_toplevel*, int32_t, int32_t, wl_array*) {}
void onToplevelClose(void*, xdg_toplevel*) {}
void onToplevelBounds(void*, xdg_toplevel*, int32_t, int32_t) {}
void onToplevelCapabilities(void*, xdg_toplevel*, wl_array*) {}

const xdg_toplevel_listener kToplevelListener = {onToplevelConfigure, onToplevelClose,
                                                 onToplevelBounds, onToplevelCapabilities};

wl_buffer* makeBuffer(wl_shm* shm) {
    const int stride = kSize * 4;
    const int length = stride * kSize;
    const int fd = memfd_create("idle-inhibit-client", MFD_CLOEXEC);
    if (fd < 0 || ftruncate(fd, length) < 0) {
        return nullptr;
    }
    void* pixels = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (pixels == MAP_FAILED) {
        close(fd);
        return nullptr;
    }
    std::memset(pixels, 0x80, length); // grey: any content makes the surface mapped
    munmap(pixels, length);
    wl_shm_pool* pool = wl_shm_create_pool(shm, fd, length);
    wl_buffer* buffer =
        wl_shm_pool_create_buffer(pool, 0, kSize, kSize, stride, WL_SHM_FORMAT_XRGB8888);
    wl_shm_pool_destroy(pool);
    close(fd);
    return buffer;
}

} // namespace

int main() {
    wl_display* display = wl_display_connect(nullptr);
    if (display == nullptr) {
        std::fprintf(stderr, "idle_inhibit_client: cannot connect to the Wayland display\n");
        return 1;
    }
    Globals globals;
    wl_registry* registry = wl_display_get_registry(display);
    wl_registry_add_listener(registry, &kRegistryListener, &globals);
    wl_display_roundtrip(display);
    if (!globals.compositor || !globals.shm || !globals.wmBase || !globals.inhibitManager) {
        std::fprintf(stderr, "idle_inhibit_client: the compositor lacks wl_compositor, wl_shm, "
                             "xdg_wm_base or zwp_idle_inhibit_manager_v1\n");
        return 2;
    }
    xdg_wm_base_add_listener(globals.wmBase, &kWmBaseListener, nullptr);
    wl_surface* surface = wl_compositor_create_surface(globals.compositor);
    xdg_surface* shellSurface = xdg_wm_base_get_xdg_surface(globals.wmBase, surface);
    xdg_surface_add_listener(shellSurface, &kSurfaceListener, &globals);
    xdg_toplevel* toplevel = xdg_surface_get_toplevel(shellSurface);
    xdg_toplevel_add_listener(toplevel, &kToplevelListener, nullptr);
    xdg_toplevel_set_title(toplevel, "video");
    wl_surface_commit(surface);
    while (!globals.configured && wl_display_dispatch(display) >= 0) {
    }
    wl_buffer* buffer = makeBuffer(globals.shm);
    if (!buffer) {
        std::fprintf(stderr, "idle_inhibit_client: no shared-memory buffer\n");
        return 1;
    }
    wl_surface_attach(surface, buffer, 0, 0);
    wl_surface_damage(surface, 0, 0, kSize, kSize);
    zwp_idle_inhibit_manager_v1_create_inhibitor(globals.inhibitManager, surface);
    wl_surface_commit(surface);
    wl_display_roundtrip(display);
    std::printf("inhibiting\n");
    std::fflush(stdout);
    while (wl_display_dispatch(display) >= 0) {
    }
    return 0;
}
