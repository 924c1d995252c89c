# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The real Evolution Data Server on a test desktop's private session bus.

Debian's evolution-data-server: the source registry and the calendar factory, started directly
(the test bus starts no service by itself), with HOME and the XDG folders in the desktop's
temporary folder. A local calendar ("Flexor test", selected) is created for the test as a
.source key file, as Evolution and GNOME Calendar write them. Events are added and removed
through EDS's own client library (eds_tool.py, a child process per call: GDBus keeps one
session bus per process, and each test has a bus of its own)."""

import os
import subprocess
from pathlib import Path

from desktop import stop_processes

HERE = Path(__file__).resolve().parent
LIBEXEC = Path("/usr/libexec")
REGISTRY = "org.gnome.evolution.dataserver.Sources5"
FACTORY = "org.gnome.evolution.dataserver.Calendar8"
SOURCE_UID = "flexor-test"

SOURCE = """[Data Source]
DisplayName=Flexor test
Enabled=true
Parent=local-stub

[Calendar]
BackendName=local
Selected=true
"""


def utc(moment):
    return moment.strftime("%Y%m%dT%H%M%SZ")


class Evolution:
    def __init__(self, desktop):
        self.desktop = desktop
        self.processes = []
        self.env = dict(desktop.env, GSETTINGS_BACKEND="memory")

    def source_file(self, uid):
        """Where the registry keeps the calendar `uid` (it follows the folder as it changes)."""
        return self.desktop.home / ".config" / "evolution" / "sources" / f"{uid}.source"

    def start(self):
        self.source_file(SOURCE_UID).parent.mkdir(parents=True, exist_ok=True)
        self.source_file(SOURCE_UID).write_text(SOURCE)
        self.processes.append(self.desktop.spawn(
            [str(LIBEXEC / "evolution-source-registry")], "eds-registry", env=self.env))
        self.desktop.wait_for_bus_name(REGISTRY, timeout=30)
        self.processes.append(self.desktop.spawn(
            [str(LIBEXEC / "evolution-calendar-factory")], "eds-calendar", env=self.env))
        self.desktop.wait_for_bus_name(FACTORY, timeout=30)
        return self

    def stop(self):
        """Ends the registry and the calendar factory (and the factory's backend processes)."""
        stop_processes(self.processes)
        self.processes.clear()

    def tool(self, *args):
        return subprocess.run(["/usr/bin/python3", str(HERE / "eds_tool.py"), SOURCE_UID, *args],
                              env=self.env, capture_output=True, text=True, check=True,
                              timeout=60).stdout

    def add(self, uid, title, start, end, *lines):
        """start, end: UTC datetimes; lines: more properties ("RRULE:FREQ=WEEKLY")."""
        self.tool("add", uid, title, utc(start), utc(end), *lines)

    def remove(self, uid):
        self.tool("remove", uid)
