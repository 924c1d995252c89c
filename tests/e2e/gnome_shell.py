# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""GNOME Shell itself, headless, as the desktop of an end-to-end test.

Debian 12's GNOME Shell 43 runs as a headless Wayland compositor with one virtual monitor in
unsafe mode, so that the test can look inside it through org.gnome.Shell.Eval: which window has
the focus, which notifications and banner buttons the shell shows. It needs a system bus (an
empty private one is enough) and a session bus that starts services on demand: the shell's
notification helper (gjs, org.gnome.Shell.Notifications), which owns
org.freedesktop.Notifications, and dconf are started by the bus, from a service folder that
holds only those two (never an installed Flexor or dunst). Stock GNOME has no tray: no
StatusNotifier host runs. Xwayland is not started (--no-x11): the display names of the machine
stay free for other tests, and Flexor's programs are native Wayland clients (qt6-wayland).

`GnomeShell` is a `Desktop` (desktop.py): start_flexor, status, cli, wait_for_log and the bus
monitor work as there. Everything is ended, and the folder removed, when the context closes.
"""

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

from compositors import require_programs, tool
from desktop import FLEXOR_BIN, Desktop, wait_until

HERE = Path(__file__).resolve().parent
SOURCE_DIR = Path(os.environ.get("FLEXOR_SOURCE_DIR", HERE.parents[1]))
DESKTOP_FILE = "io.github.flexor.Flexor.desktop"
# Qt 6.4's Wayland platform never destroys the globals it bound (wl_compositor, wl_shm, ...):
# every Qt program on Wayland ends with a leak report from a sanitized build. The frames stop
# in libwayland-client (built without frame pointers), so that is the library to name.
LSAN_SUPPRESSIONS = HERE / "lsan-qt-wayland.supp"

SYSTEM_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>{listen}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

# The services the bus may start for the shell, and nothing else.
SESSION_SERVICES = ("org.gnome.Shell.Notifications.service", "ca.desrt.dconf.service")

# A window of another program, to stand in front of Flexor's (GTK 3 through gjs).
OTHER_WINDOW_JS = """
imports.gi.versions.Gtk = '3.0';
const Gtk = imports.gi.Gtk;
Gtk.init(null);
const window = new Gtk.Window({title: 'Another program', default_width: 900, default_height: 700});
window.connect('destroy', () => Gtk.main_quit());
window.show_all();
Gtk.main();
"""


class ShellError(AssertionError):
    pass


class GnomeShell(Desktop):
    """Context manager: `with GnomeShell() as shell: shell.start_flexor(config)`."""

    def __init__(self, clock=None, screen="1280x800"):
        super().__init__(tray=None, notifications=False, monitor_bus=True, clock=clock)
        self.screen = screen

    def __enter__(self):
        require_programs("gnome-shell", "gjs", "busctl")
        super().__enter__()
        try:
            self._start_shell()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    # ---- set-up -----------------------------------------------------------------------

    def _start_x(self):
        # No X server: the shell is the display server. The variables a GNOME session on
        # Wayland gives its programs; Qt picks its Wayland platform from them.
        self.env.pop("QT_QPA_PLATFORM", None)
        self.env.update({
            "XDG_SESSION_TYPE": "wayland",
            "XDG_CURRENT_DESKTOP": "GNOME",
            "XDG_SESSION_DESKTOP": "gnome",
            "WAYLAND_DISPLAY": "wayland-0",
            "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={self.root}/system-bus",
        })
        options = [o for o in self.env.get("LSAN_OPTIONS", "").split(":") if o]
        self.env["LSAN_OPTIONS"] = ":".join(options + [f"suppressions={LSAN_SUPPRESSIONS}"])

    def _start_bus(self):
        config = self.root / "system-bus.conf"
        config.write_text(SYSTEM_BUS_CONFIG.format(listen=self.env["DBUS_SYSTEM_BUS_ADDRESS"]))
        self.spawn(["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile"],
                   "system-bus")
        wait_until(lambda: (self.root / "system-bus").exists(), what="the system bus socket")
        super()._start_bus()
        services = self.root / "dbus-services"
        for name in SESSION_SERVICES:
            shutil.copy(Path("/usr/share/dbus-1/services") / name, services)
        # The bus reads its service folder when asked to (and on its own, via inotify).
        self.run(["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                  "--object-path", "/org/freedesktop/DBus",
                  "--method", "org.freedesktop.DBus.ReloadConfig"])

    def _start_shell(self):
        self._install_desktop_file()
        self.spawn(["gnome-shell", "--headless", "--wayland", "--no-x11", "--virtual-monitor",
                    self.screen, "--unsafe-mode"], "gnome-shell")
        wait_until(lambda: "org.gnome.Shell" in self.bus_names(), timeout=60,
                   what=f"GNOME Shell on the bus; log:\n{self.log('gnome-shell')}")
        # Started: the session mode is set up and the start-up animation is over.
        wait_until(lambda: self.eval_js("!Main.layoutManager._startingUp", check=False),
                   timeout=30, what="GNOME Shell to finish starting")
        # A session begins in the overview; a person leaves it to use windows.
        self.eval_js("Main.overview.hide()")
        wait_until(lambda: self.eval_js("!Main.overview.visible && !Main.overview.animationInProgress"),
                   what="the overview to close")

    def _install_desktop_file(self):
        """The packaged launcher, as installed, with Exec pointing at the binary under test."""
        text = (SOURCE_DIR / "packaging" / DESKTOP_FILE).read_text()
        flexor = shutil.which(FLEXOR_BIN) or FLEXOR_BIN
        lines = [f"{line.split('=', 1)[0]}={flexor}" if line.startswith(("Exec=", "TryExec="))
                 else line for line in text.splitlines()]
        applications = self.home / ".local" / "share" / "applications"
        applications.mkdir(parents=True, exist_ok=True)
        self.desktop_file = applications / DESKTOP_FILE
        self.desktop_file.write_text("\n".join(lines) + "\n")

    # ---- looking inside the shell -------------------------------------------------------

    def eval_js(self, code, check=True):
        """Runs code in the shell (org.gnome.Shell.Eval); returns the value of its last
        expression, decoded from JSON."""
        try:
            done = self.run(["busctl", f"--address={self.env['DBUS_SESSION_BUS_ADDRESS']}",
                             "--json=short", "--timeout=30", "call", "org.gnome.Shell",
                             "/org/gnome/Shell", "org.gnome.Shell", "Eval", "s", code],
                            check=False, timeout=40)
        except subprocess.TimeoutExpired:
            if check:
                raise
            return None  # a shell still busy starting
        if done.returncode != 0:
            if check:
                raise ShellError(f"Eval failed: {done.stderr}")
            return None
        ok, result = json.loads(done.stdout)["data"]
        if not ok:
            if check:
                raise ShellError(f"Eval raised: {result}\ncode: {code}")
            return None
        return json.loads(result) if result else None

    def focused_window(self):
        """(title, wm_class) of the window with the keyboard focus, or None."""
        return self.eval_js("""
            const w = global.display.focus_window;
            w ? [w.get_title(), w.get_wm_class()] : null""")

    def windows(self):
        """[title, wm_class, pid] of every window the shell manages."""
        return self.eval_js("""
            global.display.list_all_windows().map(w => [w.get_title(), w.get_wm_class(),
                                                        w.get_pid()])""")

    def focus_window_titled(self, title):
        self.eval_js(f"""
            const w = global.display.list_all_windows().find(w => w.get_title() === {json.dumps(title)});
            w.activate(global.get_current_time() || {self.event_time()}); true""")

    def event_time(self):
        """What the timestamp of an input event happening now is: Clutter's event times
        are CLOCK_MONOTONIC in milliseconds (a 32-bit number)."""
        return int(time.clock_gettime(time.CLOCK_MONOTONIC) * 1000) & 0xFFFFFFFF

    def launch_from_app_menu(self):
        """Starts Flexor as GNOME's application launcher does: the shell's launch context (a
        startup sequence at the time of the click) and GLib's launch of the desktop file, which
        hands the launched program its activation token when the file says StartupNotify=true.
        The program's output goes to the shell's log."""
        self.eval_js(f"""
            const Gio = imports.gi.Gio;
            const context = global.create_app_launch_context({self.event_time()}, -1);
            Gio.DesktopAppInfo.new_from_filename({json.dumps(str(self.desktop_file))})
                .launch([], context)""")

    def open_other_window(self):
        """Another program's window, which takes the focus when it opens."""
        script = self.root / "other-window.js"
        script.write_text(OTHER_WINDOW_JS)
        self.spawn(["gjs", str(script)], "other-window")
        wait_until(lambda: (self.focused_window() or [None])[0] == "Another program",
                   what="the other program's window to have the focus")

    def dismiss_shell_notices(self):
        """Dismisses the shell's own notices (running as root, no screen lock), so that a
        notification waiting behind them comes up and pictures show what the test is about."""
        self.eval_js("""
            for (const source of Main.messageTray.getSources()) {
                if (source.title === 'System Information')
                    source.destroy();
            }
            Main.messageTray._updateState(); true""")

    def banner(self):
        """The notification banner on screen: {source, title, body, buttons}, or None."""
        self.dismiss_shell_notices()
        return self.eval_js("""
            const banner = Main.messageTray._banner;
            banner ? {
                source: banner.notification.source.title,
                title: banner.notification.title,
                body: banner.notification.bannerBodyText,
                buttons: banner._buttonBox
                    ? banner._buttonBox.get_children().map(b => b.label) : [],
            } : null""")

    def expand_banner(self):
        """Opens the banner on screen as hovering it does, showing its buttons."""
        self.eval_js("Main.messageTray._expandBanner(false); true")
        wait_until(lambda: self.eval_js("Main.messageTray._banner.expanded"),
                   what="the banner to open")

    def click_banner_button(self, label):
        """Clicks a button of the banner on screen, as a person's click does ('clicked')."""
        return self.eval_js(f"""
            const button = Main.messageTray._banner._buttonBox.get_children()
                .find(b => b.label === {json.dumps(label)});
            button.emit('clicked', 1); true""")

    def user_input(self):
        """One key press through org.gnome.Mutter.RemoteDesktop, as a remote-desktop client
        types (tests/tools/mutter_remote_input)."""
        self.run([tool("mutter_remote_input"), "key"],
                 env={**self.env, "QT_QPA_PLATFORM": "offscreen"})

    def screenshot(self, path):
        """The whole screen through the shell's own screenshot service. The top bar's clock
        is hidden: it shows the machine's time, not the test clock Flexor runs on."""
        self.eval_js("Main.panel.statusArea.dateMenu.container.hide(); true")
        self.run(["gdbus", "call", "--session", "--dest", "org.gnome.Shell.Screenshot",
                  "--object-path", "/org/gnome/Shell/Screenshot", "--method",
                  "org.gnome.Shell.Screenshot.Screenshot", "false", "false", str(path)])
        wait_until(lambda: Path(path).exists() and Path(path).stat().st_size > 0,
                   what="the screenshot file")
        return path

    def pids_of(self, program):
        out = subprocess.run(["pgrep", "-f", program], capture_output=True, text=True).stdout
        return [int(pid) for pid in out.split()
                if f"XDG_RUNTIME_DIR={self.runtime}".encode() in _environ(int(pid))]


def _environ(pid):
    try:
        return Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return b""
