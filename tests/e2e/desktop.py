# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A real, headless desktop for Flexor's end-to-end tests.

Starts Xvfb, a private session bus, dunst (the notification server) and optionally a tray
host (trayer for XEmbed, xfce4-panel for StatusNotifierItem), then the real flexor binary.
Everything lives in a temporary folder and is torn down at the end. Tests wait for
conditions with deadlines (wait_until), never for fixed times.
"""

import ctypes
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLEXOR_BIN = os.environ.get("FLEXOR_BIN", "flexor")


BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>{listen}</listen>
  <keep_umask/>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class Timeout(AssertionError):
    pass


def wait_until(condition, timeout=10.0, interval=0.02, what="condition"):
    """Polls condition() until it returns something truthy; returns that value."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise Timeout(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


def stop_processes(processes):
    """Stops each process group, newest first: SIGTERM, then SIGKILL after 5 s."""
    for proc in reversed(processes):
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


class Desktop:
    """Context manager: `with Desktop(tray="trayer") as d: d.start_flexor(config)`."""

    def __init__(self, tray=None, notifications=True, monitor_bus=True, screen="1280x720"):
        self.tray = tray
        self.screen = screen  # Xvfb's screen size; 200 % scale tests need a bigger one
        self.notifications = notifications
        self.monitor_bus = monitor_bus
        self.processes = []
        self.flexor = None

    # ---- set-up and tear-down -------------------------------------------------------

    def __enter__(self):
        self.root = Path(tempfile.mkdtemp(prefix="flexor-e2e-"))
        self.runtime = self.root / "runtime"
        self.runtime.mkdir(mode=0o700)
        self.home = self.root / "home"
        (self.home / ".config" / "flexor").mkdir(parents=True)
        (self.home / ".local" / "state" / "flexor").mkdir(parents=True)
        # A returning user: the one-time "start at login?" offer was already made.
        (self.home / ".local" / "state" / "flexor" / "autostart-offered").touch()
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_STATE_HOME": str(self.home / ".local" / "state"),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "DBUS_SESSION_BUS_ADDRESS": f"unix:path={self.runtime}/bus",
            "QT_QPA_PLATFORM": "xcb",
            "NO_AT_BRIDGE": "1",
            "LANG": "C.UTF-8",
            "FLEXOR_E2E_PICK": str(self.root / "pick"),
        }
        for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if key in os.environ:
                self.env[key] = os.environ[key]
        try:
            self._start_x()
            self._start_bus()
            if self.monitor_bus:
                self._start_bus_monitor()
            if self.notifications:
                self._start_dunst()
            if self.tray == "trayer":
                self._start_trayer()
            elif self.tray == "xfce4-panel":
                self._start_xfce4_panel()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc):
        if self.flexor and self.flexor.poll() is None:
            self.stop_flexor()
        stop_processes(self.processes)
        if os.environ.get("FLEXOR_E2E_KEEP"):
            print(f"kept {self.root}")
        else:
            shutil.rmtree(self.root, ignore_errors=True)
        return False

    def spawn(self, args, log_name, env=None):
        with open(self.root / f"{log_name}.log", "ab") as log:
            proc = subprocess.Popen(
                args, env=env or self.env, stdout=log, stderr=subprocess.STDOUT, cwd=self.root,
                start_new_session=True)
        self.processes.append(proc)
        return proc

    def log(self, name):
        path = self.root / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _start_x(self):
        read_fd, write_fd = os.pipe()
        proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{self.screen}x24", "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        self.processes.append(proc)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise RuntimeError("Xvfb did not report a display")
        self.env["DISPLAY"] = f":{display}"

    def _start_bus(self):
        # A bus of our own that starts no service by itself (the standard session config would
        # start dunst's default config, for one), except the xfconf settings daemon.
        services = self.root / "dbus-services"
        services.mkdir()
        xfconf = Path("/usr/share/dbus-1/services/org.xfce.Xfconf.service")
        if xfconf.exists():
            shutil.copy(xfconf, services)
        config = self.root / "session-bus.conf"
        config.write_text(BUS_CONFIG.format(services=services,
                                            listen=self.env["DBUS_SESSION_BUS_ADDRESS"]))
        self.spawn(["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile"], "dbus")
        wait_until(lambda: (self.runtime / "bus").exists(), what="the session bus socket")

    def _start_bus_monitor(self):
        self.spawn(["dbus-monitor", "--session"], "bus-monitor")
        wait_until(lambda: "NameAcquired" in self.log("bus-monitor"), what="dbus-monitor")

    def _start_dunst(self):
        pick = HERE / "pick-action"
        rc = (HERE / "dunstrc.in").read_text().replace("@PICK_ACTION@", str(pick))
        (self.root / "dunstrc").write_text(rc)
        self.spawn(["dunst", "-config", str(self.root / "dunstrc")], "dunst")
        self.wait_for_bus_name("org.freedesktop.Notifications")

    def _start_trayer(self):
        self.spawn(["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "request",
                    "--height", "32"], "trayer")
        wait_until(self._tray_selection_owned, timeout=30,
                   what="trayer to own _NET_SYSTEM_TRAY_S0")

    def _tray_selection_owned(self):
        return selection_owner(self.env["DISPLAY"], "_NET_SYSTEM_TRAY_S0") != 0

    def _start_xfce4_panel(self):
        config = self.home / ".config" / "xfce4" / "xfconf" / "xfce-perchannel-xml"
        config.mkdir(parents=True)
        shutil.copy(HERE / "xfce4-panel.xml", config / "xfce4-panel.xml")
        self.spawn(["xfce4-panel", "--disable-wm-check"], "xfce4-panel")
        wait_until(lambda: self.gdbus_property(
            "org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
            "org.kde.StatusNotifierWatcher", "IsStatusNotifierHostRegistered") == "true",
            timeout=20, what="xfce4-panel's StatusNotifier host")

    # ---- helpers for tests ----------------------------------------------------------

    def run(self, args, check=True, timeout=20, env=None):
        return subprocess.run(args, env=env or self.env, capture_output=True, text=True,
                              check=check, timeout=timeout)

    def bus_names(self):
        out = self.run(["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                        "--object-path", "/org/freedesktop/DBus",
                        "--method", "org.freedesktop.DBus.ListNames"], check=False).stdout
        return re.findall(r"'([^']+)'", out)

    def wait_for_bus_name(self, name, timeout=10):
        wait_until(lambda: name in self.bus_names(), timeout=timeout, what=f"bus name {name}")

    def gdbus_property(self, dest, path, interface, prop):
        out = self.run(["gdbus", "call", "--session", "--dest", dest, "--object-path", path,
                        "--method", "org.freedesktop.DBus.Properties.Get", interface, prop],
                       check=False).stdout.strip()
        match = re.match(r"^\(<(.*)>,\)$", out)
        return match.group(1) if match else None

    def forget_autostart_offer(self):
        """A first start: Flexor has not yet offered to start at login."""
        (self.home / ".local" / "state" / "flexor" / "autostart-offered").unlink()

    def write_config(self, text):
        path = self.home / ".config" / "flexor" / "config.toml"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(text)
        os.replace(tmp, path)  # like an editor's save-by-rename
        return path

    def start_flexor(self, config=None, args=(), wait_ready=True):
        if config is not None:
            self.write_config(config)
        self.flexor = self.spawn([FLEXOR_BIN, "--verbose", *args], "flexor")
        if wait_ready:
            self.wait_for_bus_name("io.github.flexor.Flexor", timeout=15)
        return self.flexor

    def stop_flexor(self):
        self.flexor.send_signal(signal.SIGTERM)
        try:
            return self.flexor.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.flexor.kill()
            raise

    def flexor_log(self):
        return self.log("flexor")

    def wait_for_log(self, pattern, timeout=10, after=0):
        """Waits until flexor's log (from offset `after`) matches pattern; returns the match."""
        regex = re.compile(pattern)
        return wait_until(lambda: regex.search(self.flexor_log(), after), timeout=timeout,
                          what=f"flexor log line /{pattern}/")

    def cli(self, *args, check=False):
        return self.run([FLEXOR_BIN, *args], check=check)

    def status(self):
        result = self.cli("status", "--json")
        if result.returncode != 0:
            raise AssertionError(f"flexor status failed: {result.stdout}{result.stderr}")
        return json.loads(result.stdout)

    def xdotool(self, *args):
        return self.run(["xdotool", *args])

    def keep_active(self):
        """One piece of real input, as a person moving the mouse."""
        self.xdotool("mousemove_relative", "--", "1", "0")

    # ---- notifications as seen on the bus -------------------------------------------

    def notify_calls(self):
        """Every Notify call on the bus, parsed from dbus-monitor, oldest first."""
        return [notification(c) for c in parse_monitor(self.log("bus-monitor"))
                if c["member"] == "Notify"]

    def close_calls(self):
        return [c for c in parse_monitor(self.log("bus-monitor"))
                if c["member"] == "CloseNotification"]

    def invoke_action(self, key):
        """Answers the newest notification with action `key`, through dunst's context menu."""
        Path(self.env["FLEXOR_E2E_PICK"]).write_text(key)
        self.run(["dunstctl", "context"])

    def displayed_notifications(self):
        return int(self.run(["dunstctl", "count", "displayed"]).stdout.strip() or 0)


def selection_owner(display, selection):
    """The X window owning a selection (0 for none), asked through libX11 itself."""
    xlib = ctypes.CDLL("libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XGetSelectionOwner.restype = ctypes.c_ulong
    xlib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    dpy = xlib.XOpenDisplay(display.encode())
    if not dpy:
        return 0
    try:
        atom = xlib.XInternAtom(dpy, selection.encode(), 0)
        return xlib.XGetSelectionOwner(dpy, atom)
    finally:
        xlib.XCloseDisplay(dpy)


_HEADER_RE = re.compile(r"^(method call|method return|signal|error) ")
_CALL_RE = re.compile(r"^method call .*member=(\w+)")
_VALUE_RE = re.compile(r'^(string|uint32|int32|boolean|byte|variant\s+\w+) "?(.*?)"?$')


def parse_monitor(text):
    """Splits dbus-monitor output into method calls. Each call has `member` and `args`:
    top-level arguments as strings, or as lists of the strings/values inside an array.
    A string with line breaks continues on lines of its own."""
    calls = []
    current = None
    open_string = None  # (container list, index) of a string still waiting for its quote

    def add(container, body):
        nonlocal open_string
        value = _VALUE_RE.match(body)
        if body.startswith('string "') and not (body.endswith('"') and len(body) > 8):
            container.append(body[len('string "'):])
            open_string = (container, len(container) - 1)
        elif value:
            container.append(value.group(2))
        elif container is current["args"]:
            container.append(body)

    for line in text.splitlines():
        if open_string is not None:
            container, index = open_string
            if line.endswith('"'):
                container[index] += "\n" + line[:-1]
                open_string = None
            else:
                container[index] += "\n" + line
            continue
        if _HEADER_RE.match(line):
            head = _CALL_RE.match(line)
            current = {"member": head.group(1), "args": []} if head else None
            if current:
                calls.append(current)
            continue
        if current is None or not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        body = line.strip()
        if indent == 3:
            if body.startswith("array ["):
                current["args"].append([])
            elif body != "]":
                add(current["args"], body)
        elif current["args"] and isinstance(current["args"][-1], list):
            add(current["args"][-1], body)
    return calls


def notification(call):
    """A Notify call as a dict: app, replaces_id, icon, summary, body, actions, hints, timeout."""
    a = call["args"]
    actions = a[5]
    hints = a[6]
    return {
        "app": a[0], "replaces_id": int(a[1]), "icon": a[2], "summary": a[3], "body": a[4],
        "actions": dict(zip(actions[0::2], actions[1::2])),
        "hints": dict(zip(hints[0::2], hints[1::2])),
        "timeout": int(a[7]),
    }


# ---- windows and screenshots (routine window tests, README screenshots) ---------------

def visible_window(desktop, title):
    """The id of the visible top-level window with exactly this title, or None."""
    result = desktop.run(["xdotool", "search", "--onlyvisible", "--name", f"^{re.escape(title)}$"],
                         check=False)
    ids = result.stdout.split()
    return ids[0] if ids else None


def window_geometry(desktop, window_id):
    """(x, y, width, height) of a window on the root window."""
    out = desktop.run(["xdotool", "getwindowgeometry", "--shell", window_id]).stdout
    values = dict(line.split("=", 1) for line in out.split())
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


class Picture:
    """An RGB image read from a binary PPM, with the few measurements the tests need."""

    def __init__(self, ppm):
        header = []
        rest = ppm
        while len(header) < 4:  # "P6", width, height, maxval (comments are not written by IM)
            token, rest = rest.split(None, 1)
            header.append(token)
        self.width, self.height = int(header[1]), int(header[2])
        self.pixels = rest[: self.width * self.height * 3]

    def pixel(self, x, y):
        i = (y * self.width + x) * 3
        return tuple(self.pixels[i:i + 3])

    def count(self, box, matches):
        """How many pixels in box (x0, y0, x1, y1) satisfy matches(rgb)."""
        x0, y0, x1, y1 = box
        return sum(1 for y in range(y0, y1) for x in range(x0, x1) if matches(self.pixel(x, y)))


def screenshot(desktop, path, crop=None):
    """The whole screen through ImageMagick's `import`, saved to path (PNG) and returned as a
    Picture (cropped to (x, y, w, h) when crop is given)."""
    desktop.run(["import", "-window", "root", str(path)])
    args = ["convert", str(path)]
    if crop:
        x, y, w, h = crop
        args += ["-crop", f"{w}x{h}+{x}+{y}", "+repage"]
    ppm = subprocess.run(args + ["ppm:-"], capture_output=True, check=True).stdout
    return Picture(ppm)


def close_to(color, tolerance=24):
    return lambda rgb: all(abs(a - b) <= tolerance for a, b in zip(rgb, color))
