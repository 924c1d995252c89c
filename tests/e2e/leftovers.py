# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Processes a test left behind: any that still refers to a test's folder.

A service autostarted inside a test's desktop (speech-dispatcher --spawn, a D-Bus activated
one) outlives the processes the harness started itself, bound to a folder that is about to be
removed. The harness ends them when a desktop closes (`end_processes_under`), and the e2e run
ends with a check that none is left (`python3 leftovers.py PREFIX...`).
"""

import os
import signal
import sys
import time
from pathlib import Path


def _refers_to(pid, marker):
    proc = Path("/proc") / str(pid)
    try:
        if marker in (proc / "environ").read_bytes() or marker in (proc / "cmdline").read_bytes():
            return True
        return marker.decode() in os.readlink(proc / "cwd")
    except (OSError, ValueError):
        return False  # gone meanwhile, or not ours to read


def processes_referring_to(text):
    """The pids (other than this one) whose environment, command line or folder mention text."""
    marker = text.encode()
    own = os.getpid()
    return [int(entry) for entry in os.listdir("/proc")
            if entry.isdigit() and int(entry) != own and _refers_to(int(entry), marker)]


def describe(pid):
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode(
            errors="replace").strip()
    except OSError:
        return "(gone)"


def end_processes_under(folder, grace=5.0):
    """Ends every process that refers to folder: SIGTERM, then SIGKILL after `grace` seconds."""
    pids = processes_referring_to(str(folder))
    for pid in pids:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + grace
    while pids and time.monotonic() < deadline:
        pids = [pid for pid in pids if _alive(pid)]
        time.sleep(0.02)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _alive(pid):
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    except (OSError, IndexError):
        return False


def main(prefixes):
    left = sorted({pid for prefix in prefixes for pid in processes_referring_to(prefix)})
    for pid in left:
        print(f"left behind: pid {pid}: {describe(pid)}")
    if left:
        print(f"{len(left)} process(es) still refer to a test folder ({', '.join(prefixes)})")
        return 1
    print(f"no process refers to a test folder ({', '.join(prefixes)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
