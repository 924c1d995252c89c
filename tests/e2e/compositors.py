# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Headless Wayland compositors (sway, mutter, KWin) and probes for the presence tests.

Each compositor is a context manager that starts the real program in a temporary folder with
its own runtime dir and session bus, offers `env` for clients, `user_input()` to inject one piece
of input the way that compositor allows, and `probe(...)` to run a tool against it. Tests wait for
conditions with deadlines (wait_until), never for fixed times.
"""

import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import unittest
from pathlib import Path

from clock_env import clock_env
from desktop import stop_processes, wait_until
from leftovers import end_processes_under

HERE = Path(__file__).resolve().parent
NOBODY = 65534
# Idle and return are events, not polls: reported in milliseconds on a quiet machine. The bound
# leaves room for sanitizers on a loaded one; the wake-up counts catch a poll.
RETURN_REPORTED_WITHIN = 2.0


def tool(name):
    """The path of a test tool from tests/tools, built into bin/ beside the flexor binary."""
    tools = os.environ.get("FLEXOR_TOOLS_DIR")
    if not tools:
        tools = Path(os.environ.get("FLEXOR_BIN", "flexor")).resolve().parent
    return str(Path(tools) / name)


def require_programs(*programs):
    """Skips the test, loudly, when a compositor's package is not installed."""
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        raise unittest.SkipTest(f"not installed: {', '.join(missing)} (see packaging/debian-deps.txt)")


class Probe:
    """A running tool printing one line per event; its lines are collected as they come."""

    def __init__(self, args, env, user=None):
        prefix = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] if user else []
        self.proc = subprocess.Popen(prefix + args, env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     bufsize=1, start_new_session=True)
        self.events = []  # (monotonic time, line)
        self.stderr = []
        self._lock = threading.Lock()
        self._readers = [
            threading.Thread(target=self._collect, args=(self.proc.stdout, self.events), daemon=True),
            threading.Thread(target=self._collect, args=(self.proc.stderr, self.stderr), daemon=True)]
        for reader in self._readers:
            reader.start()

    def _collect(self, stream, into):
        for line in stream:
            with self._lock:
                into.append((time.monotonic(), line.rstrip("\n")))

    def lines(self):
        with self._lock:
            return [line for _, line in self.events]

    def log(self):
        with self._lock:
            return "\n".join(line for _, line in self.stderr)

    def wait_for(self, pattern, timeout=10, after=0):
        """Waits for an event line (from index `after`) matching pattern; returns (time, match)."""
        regex = re.compile(pattern)

        def found():
            with self._lock:
                for when, line in self.events[after:]:
                    match = regex.fullmatch(line)
                    if match:
                        return when, match
            return None
        try:
            return wait_until(found, timeout=timeout, what=f"probe line /{pattern}/")
        except AssertionError as error:
            raise AssertionError(f"{error}; lines so far: {self.lines()}\nlog:\n{self.log()}")

    def send(self, line):
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def context_switches(self):
        """Voluntary + non-voluntary context switches of every thread: how often it woke up."""
        total = 0
        for task in Path(f"/proc/{self.proc.pid}/task").iterdir():
            status = (task / "status").read_text()
            total += sum(int(n) for n in re.findall(r"ctxt_switches:\s+(\d+)", status))
        return total

    def wait_until_quiet(self, quiet_for=0.25, timeout=10):
        """Waits until the tool has not woken up (no context switch) for quiet_for seconds, i.e.
        its start-up or last event is over; returns the switch count at that point. Reading
        /proc does not wake it."""
        last = {"count": self.context_switches(), "since": time.monotonic()}

        def quiet():
            count, now = self.context_switches(), time.monotonic()
            if count != last["count"]:
                last.update(count=count, since=now)
                return None
            return count if now - last["since"] >= quiet_for else None
        return wait_until(quiet, timeout=timeout, interval=0.05,
                          what=f"the probe to sleep for {quiet_for} s")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc.stdin.close()
        for reader in self._readers:
            reader.join(timeout=5)
        self.proc.stdout.close()
        self.proc.stderr.close()


class Compositor:
    """Common set-up: temp folder, runtime dir (owned by `user`), a private session bus."""

    user = None
    socket = "flexor-test"

    def __enter__(self):
        self.root = Path(tempfile.mkdtemp(prefix=f"flexor-{self.name}-"))
        self.root.chmod(0o755)
        self.runtime = self.root / "runtime"
        self.runtime.mkdir(mode=0o700)
        if self.user is not None:
            os.chown(self.runtime, self.user, self.user)
        self.processes = []
        self.probes = []
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.root),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "DBUS_SESSION_BUS_ADDRESS": f"unix:path={self.runtime}/bus",
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            **clock_env(),
        }
        try:
            self._spawn(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                         f"--address={self.env['DBUS_SESSION_BUS_ADDRESS']}"], "dbus")
            wait_until(lambda: (self.runtime / "bus").exists(), what="the session bus")
            self.start()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc):
        for probe in self.probes:
            probe.stop()
        stop_processes(self.processes)
        end_processes_under(self.root)
        shutil.rmtree(self.root, ignore_errors=True)
        return False

    def _spawn(self, args, log_name, env=None):
        if self.user is not None:
            args = ["setpriv", f"--reuid={self.user}", f"--regid={self.user}", "--clear-groups"] + args
        with open(self.root / f"{log_name}.log", "wb") as log:
            proc = subprocess.Popen(args, env=env or self.env, stdout=log,
                                    stderr=subprocess.STDOUT, cwd=self.root,
                                    start_new_session=True)
        self.processes.append(proc)
        return proc

    def log(self, name):
        path = self.root / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def wait_for_wayland_socket(self, timeout=20):
        wait_until(lambda: (self.runtime / self.socket).exists(), timeout=timeout,
                   what=f"{self.name}'s Wayland socket; log:\n{self.log(self.name)}")
        self.env["WAYLAND_DISPLAY"] = self.socket

    def run(self, args):
        if self.user is not None:
            args = ["setpriv", f"--reuid={self.user}", f"--regid={self.user}", "--clear-groups"] + args
        done = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=20)
        if done.returncode != 0:
            # The tool's stderr (its own message, or a sanitizer report) is the diagnosis.
            raise AssertionError(f"{args} exited with {done.returncode}:\n{done.stderr}")
        return done

    def probe(self, args):
        probe = Probe(args, self.env, user=self.user)
        self.probes.append(probe)
        return probe

    def presence_probe(self, threshold_ms, preference="auto"):
        return self.probe([tool("presence_probe"), str(threshold_ms), preference])


class Sway(Compositor):
    """sway 1.7 headless (org_kde_kwin_idle). It refuses root: it runs as nobody, and so must
    its clients. Input comes from wtype (virtual keyboard protocol)."""

    name = "sway"
    user = NOBODY

    def start(self):
        require_programs("sway", "wtype")
        config = self.root / "sway.config"
        config.write_text("xwayland disable\n")
        env = dict(self.env, WLR_BACKENDS="headless", WLR_LIBINPUT_NO_DEVICES="1",
                   WLR_RENDERER="pixman")
        self._spawn(["sway", "-c", str(config)], "sway", env=env)
        wait_until(self._find_socket, timeout=20, what=f"sway's socket; log:\n{self.log('sway')}")

    def _find_socket(self):
        sockets = list(self.runtime.glob("wayland-*[0-9]"))
        if sockets:
            self.socket = sockets[0].name
            self.env["WAYLAND_DISPLAY"] = self.socket
        return bool(sockets)

    def user_input(self):
        self.run(["wtype", "-k", "Shift_L"])


class Mutter(Compositor):
    """mutter 43 headless, GNOME's IdleMonitor on the session bus; input through
    org.gnome.Mutter.RemoteDesktop (tests/tools/mutter_remote_input)."""

    name = "mutter"

    def start(self):
        require_programs("mutter")
        self._spawn(["mutter", "--headless", "--wayland", "--no-x11", "--virtual-monitor",
                     "1280x720", f"--wayland-display={self.socket}"], "mutter")
        wait_until(lambda: "org.gnome.Mutter.IdleMonitor" in self.bus_names(), timeout=20,
                   what=f"mutter's IdleMonitor; log:\n{self.log('mutter')}")
        wait_until(lambda: "org.gnome.Mutter.RemoteDesktop" in self.bus_names(), timeout=20,
                   what="mutter's RemoteDesktop")

    def bus_names(self):
        out = subprocess.run(["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                              "--object-path", "/org/freedesktop/DBus",
                              "--method", "org.freedesktop.DBus.ListNames"],
                             env=self.env, capture_output=True, text=True).stdout
        return re.findall(r"'([^']+)'", out)

    def user_input(self, kind="key"):
        self.run([tool("mutter_remote_input"), kind])


class KWin(Compositor):
    """KWin 5.27 `kwin_wayland --virtual` (ext_idle_notifier_v1 and org_kde_kwin_idle).

    Debian ships kwin_wayland with the file capability cap_sys_resource, which a container
    without that capability cannot exec: the harness runs a copy without it, named
    kwin_wayland (KWin loads its own Qt platform plugin only under that name). KWin 5.27 offers
    no virtual-keyboard protocol to ordinary clients, so activity is reported through
    org_kde_kwin_idle_timeout.simulate_user_activity, which KWin routes to the same idle
    detection its input devices reset (tests/tools/kwin_user_activity)."""

    name = "kwin"

    def start(self):
        require_programs("kwin_wayland")
        copy = self.root / "bin" / "kwin_wayland"
        copy.parent.mkdir()
        shutil.copyfile(shutil.which("kwin_wayland"), copy)
        copy.chmod(0o755)
        env = dict(self.env)
        env.pop("QT_QPA_PLATFORM")  # KWin picks its own
        self._spawn([str(copy), "--virtual", "--socket", self.socket, "--no-lockscreen",
                     "--no-global-shortcuts"], "kwin", env=env)
        self.wait_for_wayland_socket()

    def user_input(self):
        self.run([tool("kwin_user_activity")])


class PresenceChecks:
    """Assertions shared by the compositor tests: a probe on `compositor` with a short threshold
    reports idle once the user stops, and activity at the next input."""

    threshold_ms = 1000
    # KWin arms its idle timers as Qt coarse timers, which may fire up to 5 % early.
    timer_slack = 0.05

    def check_idle_and_return(self, compositor, backend):
        probe = compositor.presence_probe(self.threshold_ms)
        probe.wait_for(f"backend {backend}")
        # A fresh compositor has been idle since it started, maybe longer than the threshold
        # before the probe's watch existed (Mutter then never fires it). One input restarts the
        # idle time after the watch is in place; the idle that follows ends a known period.
        warm_up = len(probe.lines())
        compositor.user_input()
        wait_until(lambda: probe.lines()[warm_up:] and probe.lines()[-1].startswith("idle "),
                   timeout=10, what="the idle period after the warm-up input")

        before = len(probe.lines())
        input_started = time.monotonic()
        compositor.user_input()
        active_at, _ = probe.wait_for("active", timeout=5, after=before)
        idle_at, idle = probe.wait_for(r"idle (\d+)", timeout=5, after=before)
        self.assertEqual(probe.lines()[before:], ["active", idle.group(0)])
        # The compositor handled the input somewhere between the moment the input tool was started
        # and the moment the probe reported the return: those bound the real input time from
        # either side, whatever the tool's own start-up and exit cost (slow under sanitizers).
        threshold = self.threshold_ms / 1000
        self.assertGreaterEqual(idle_at - input_started, threshold * (1 - self.timer_slack))
        self.assertLess(idle_at - active_at, threshold + RETURN_REPORTED_WITHIN)
        self.assertGreaterEqual(int(idle.group(1)), self.threshold_ms)

        before = len(probe.lines())
        compositor.user_input()
        input_done = time.monotonic()  # the latest moment the input can have been handled
        back_at, _ = probe.wait_for("active", timeout=5, after=before)
        self.assertLess(back_at - input_done, RETURN_REPORTED_WITHIN)
        self.assertEqual(probe.lines()[before], "active")
        self.assertEqual(probe.lines()[before:].count("active"), 1)
        return probe
