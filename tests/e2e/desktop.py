# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A real, headless desktop for Flexor's end-to-end tests.

Starts Xvfb, a private session bus, dunst (the notification server) and optionally a tray
host (trayer for XEmbed, xfce4-panel for StatusNotifierItem), then the real flexor binary.
Everything lives in a temporary folder and is torn down at the end. Tests wait for
conditions with deadlines (wait_until), never for fixed times.

A test holds the desktop as a context: `self.desktop = self.enterContext(Desktop(...))` in
setUp (`cls.enterClassContext` in setUpClass), or `with Desktop(...) as desktop:` in the test.
The bus monitor parser (busmonitor.py), the window helpers (windows.py) and the screenshot
helpers (images.py) live in modules of their own and can be imported from here too.
"""

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

# The helpers that live in modules of their own, importable from here as they always were.
from busmonitor import notification, parse_monitor
from clock_env import clock_env
from leftovers import end_processes_under
from images import Picture, close_to, screenshot
from windows import selection_owner, visible_window, visible_windows, window_geometry

__all__ = [
    "FLEXOR_BIN", "Desktop", "Timeout", "stop_processes", "wait_until",
    "notification", "parse_monitor",
    "Picture", "close_to", "screenshot",
    "selection_owner", "visible_window", "visible_windows", "window_geometry",
]

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
    """Context manager: `with Desktop(tray="trayer") as d: d.start_flexor(config)`.
    tray: None, "trayer" (XEmbed) or "xfce4-panel" (StatusNotifierItem)."""

    def __init__(self, tray=None, notifications=True, monitor_bus=True, screen="1280x720",
                 clock=None):
        self.tray = tray
        # The local date and time Flexor's processes see (clock_env.py): a known one, never
        # the day the suite runs on.
        self.clock = clock
        # Xvfb's screen size ("1280x720"; 200 % scale tests need a bigger one), or a list of
        # sizes for one X screen each (a desktop with several monitors).
        self.screens = [screen] if isinstance(screen, str) else list(screen)
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
        # A returning user: the first start's welcome was already shown.
        (self.home / ".local" / "state" / "flexor" / "welcomed").touch()
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
            **clock_env(self.clock),
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
                self.start_dunst()
            if self.tray:
                self.start_tray(self.tray)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc):
        if self.flexor and self.flexor.poll() is None:
            self.stop_flexor()
        stop_processes(self.processes)
        # What the desktop's programs started by themselves (speech-dispatcher --spawn, say).
        end_processes_under(self.root)
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
        # -noreset: by default Xvfb resets when its last client leaves, and a program that
        # connects during the reset fails ("could not connect to display"); tests that run
        # one window after another with nothing else on the display hit that window.
        read_fd, write_fd = os.pipe()
        screens = []
        for number, size in enumerate(self.screens):
            screens += ["-screen", str(number), f"{size}x24"]
        proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), *screens, "-nolisten", "tcp", "-noreset"],
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

    def start_dunst(self):
        """Starts the notification server (also later, as one that appears after Flexor)."""
        pick = HERE / "pick-action"
        rc = (HERE / "dunstrc.in").read_text().replace("@PICK_ACTION@", str(pick))
        (self.root / "dunstrc").write_text(rc)
        self.spawn(["dunst", "-config", str(self.root / "dunstrc")], "dunst")
        self.wait_for_bus_name("org.freedesktop.Notifications")

    def start_tray(self, kind="trayer"):
        """Starts a tray host and waits until it is ready; also later, as a panel started after
        Flexor (kind: "trayer" or "xfce4-panel")."""
        starters = {"trayer": self._start_trayer, "xfce4-panel": self._start_xfce4_panel}
        if kind not in starters:
            raise ValueError(f"unknown tray host {kind!r}: one of {', '.join(starters)}")
        starters[kind]()

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

    def forget_welcome(self):
        """A first start: Flexor has not yet shown its welcome."""
        (self.home / ".local" / "state" / "flexor" / "welcomed").unlink()

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
            self.wait_until_serving()
        return self.flexor

    def wait_until_serving(self, timeout=15):
        """Waits until Flexor is fully up: it owns its bus name from the first moment (that is
        how one start wins over another), and answers a call once it is set up and runs its
        event loop."""
        self.wait_for_bus_name("io.github.flexor.Flexor", timeout=timeout)
        self.run(["gdbus", "call", "--session", "--dest", "io.github.flexor.Flexor",
                  "--object-path", "/io/github/flexor/Flexor", "--method",
                  "io.github.flexor.Flexor1.Status"], timeout=timeout)

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
        """Every Notify call on the bus, parsed from dbus-monitor, oldest first. A call that
        dbus-monitor is still writing (fewer than its eight arguments) is left for next time."""
        return [notification(c) for c in parse_monitor(self.log("bus-monitor"))
                if c["member"] == "Notify" and len(c["args"]) >= 8]

    def close_calls(self):
        return [c for c in parse_monitor(self.log("bus-monitor"))
                if c["member"] == "CloseNotification"]

    def invoke_action(self, key):
        """Answers the newest notification with action `key`, through dunst's context menu."""
        Path(self.env["FLEXOR_E2E_PICK"]).write_text(key)
        self.run(["dunstctl", "context"])

    def displayed_notifications(self):
        return int(self.run(["dunstctl", "count", "displayed"]).stdout.strip() or 0)
